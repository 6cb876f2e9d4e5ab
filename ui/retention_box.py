"""The retention period of personal data on 设置 › 个人信息: set it (修改设置), see what is due,
run the job now (删除客户个人信息), and what the last run did. The program also runs the job at
the first start of each day, after the daily backup (ui.daily_jobs)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import ANONYMISE, EDIT_SETTINGS
from aftersales_desktop.services import retention, settings
from ui.background import run_in_background
from ui.caller_panel import local_time
from ui.messages import message_text, text_of


class RetentionBox(QGroupBox):
    def __init__(self, session, parent=None):
        super().__init__(self.tr("个人信息保留期限"), parent)
        self.session = session
        self._job = None
        self.years = QSpinBox()
        self.years.setRange(0, retention.MAX_YEARS)
        self.years.setSpecialValueText(self.tr("不自动删除"))
        self.years.setSuffix(self.tr(" 年"))
        self.years.setEnabled(session.can(EDIT_SETTINGS))
        self.save_button = QPushButton(self.tr("保存期限"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(session.can(EDIT_SETTINGS))
        self.default_button = QPushButton(self.tr("恢复默认"))
        self.default_button.setToolTip(self.tr("默认：不自动删除"))
        self.default_button.clicked.connect(self.reset)
        self.default_button.setVisible(session.can(EDIT_SETTINGS))
        self.preview_button = QPushButton(self.tr("查看到期工单"))
        self.preview_button.clicked.connect(lambda: self.run(dry_run=True))
        self.run_button = QPushButton(self.tr("立即执行"))
        self.run_button.clicked.connect(lambda: self.run(dry_run=False))
        self.run_button.setVisible(session.can(ANONYMISE))
        row = QHBoxLayout()
        label = QLabel(self.tr("已关闭满(&Y)"))
        label.setBuddy(self.years)
        row.addWidget(label)
        row.addWidget(self.years)
        row.addWidget(QLabel(self.tr("的工单删除客户个人信息")))
        for button in (self.save_button, self.default_button, self.preview_button,
                       self.run_button):
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(self.tr("默认不自动删除。删除无法撤销；电子商务经营者须保存交易信息不少于三年"
                              "（《电子商务法》第三十一条），请按本公司的规定设置。每天第一次启动时，"
                              "在自动备份之后执行。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.last = QLabel()
        self.last.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.last)
        self.refresh()

    def refresh(self) -> None:
        self.years.setValue(retention.retention_years() or 0)
        self.default_button.setEnabled(retention.retention_years() is not None)
        last = retention.last_run()
        self.last.setStyleSheet("")
        self.last.setText(self.tr("上次执行（%1）：%2").replace("%1", local_time(last.at))
                          .replace("%2", text_of(last.text())) if last else self.tr("尚未执行过。"))

    def _say(self, text: str, error: bool = False) -> None:
        self.last.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        self.last.setText(text)

    def save(self) -> None:
        try:
            years = retention.set_retention_years(self.years.value(), self.session.actor)
        except ValidationError as exc:
            self._say(message_text(exc), error=True)
            return
        self.default_button.setEnabled(years is not None)
        self._say(self.tr("已保存：关闭满 %1 年的工单将删除客户个人信息。").replace("%1", str(years))
                  if years else self.tr("已保存：不自动删除个人信息。"))

    def reset(self) -> None:
        settings.reset([retention.YEARS_KEY], self.session.actor)
        self.refresh()
        self._say(self.tr("已恢复默认：不自动删除个人信息。"))

    def run(self, dry_run: bool) -> None:
        if not dry_run:
            answer = QMessageBox.warning(
                self, self.tr("删除到期的个人信息"),
                self.tr("现在删除所有到期工单中的客户个人信息？此操作无法撤销。"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor = self.session.actor if not dry_run else None
        self.preview_button.setEnabled(False)
        self.run_button.setEnabled(False)
        self._job = run_in_background(
            self, lambda: retention.run_retention(actor, dry_run=dry_run), self._ran, self._failed)

    def _ran(self, report) -> None:
        self.preview_button.setEnabled(True)
        self.run_button.setEnabled(True)
        self._say(text_of(report.text()))

    def _failed(self, exc) -> None:
        self.preview_button.setEnabled(True)
        self.run_button.setEnabled(True)
        self._say(message_text(exc), error=True)
