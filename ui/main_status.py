"""The main window's status bar: database, signed-in person, 修改密码…, overdue count, notices,
and the messages of a silent database or a failed deadline check."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


class StatusBarParts:
    """Mixed into MainWindow (needs self.session, self.notices, self.location_label)."""

    def _status_bar(self) -> None:
        from PySide6.QtWidgets import QPushButton

        from ui.notice_panel import NoticeBadge
        from ui.overdue_status import OverdueLabel

        bar = self.statusBar()
        self.location_label.setText(QCoreApplication.translate("MainWindow", "数据库：%1").replace(
            "%1", self.session.location.display))
        self.staff_label = QLabel(QCoreApplication.translate("MainWindow", "当前人员：%1（%2，%3）")
                                  .replace("%1", self.session.actor_name)
                                  .replace("%2", self.session.actor)
                                  .replace("%3", self.session.role_label))
        self.password_button = QPushButton(QCoreApplication.translate("MainWindow", "修改密码…"))
        self.password_button.setFlat(True)
        self.password_button.clicked.connect(self.change_password)
        self.overdue_label = OverdueLabel(self.session.actor)
        bar.addPermanentWidget(self.staff_label)
        bar.addPermanentWidget(self.password_button)
        bar.addPermanentWidget(self.overdue_label)
        self.notice_badge = NoticeBadge(self.notices)
        bar.addPermanentWidget(self.notice_badge)

    def change_password(self) -> None:
        from ui.password_dialog import PasswordDialog

        self.password_dialog = PasswordDialog(self.session.actor, self)
        self.password_dialog.open()

    def _connection_lost(self, text: str) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "数据库没有响应：%1").replace("%1", text))

    def _tick_failed(self, text: str) -> None:
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "自动检查时限失败：%1").replace("%1", text))
