"""At start, when the database cannot be used: an SQLite file on a network path (refused, with
the reason), or a server that does not answer. Says why, and offers the way out: connect to a
PostgreSQL server (the 数据库连接 form), go back to the local file, or try again."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout,
)

from aftersales_desktop.services import server_setup
from aftersales_desktop.storage.remembered import remembered_url
from ui.connection_page import ConnectionPage


class DatabaseProblemDialog(QDialog):
    def __init__(self, problem: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("售后工单台：无法打开数据库"))
        self.resize(720, 560)
        self.problem = text = QLabel(problem)
        text.setWordWrap(True)
        text.setStyleSheet("color: #c62828; padding: 4px;")
        self.page = ConnectionPage(None)
        self.page.chosen.connect(lambda _: self.accept())
        buttons = QDialogButtonBox()
        self.retry = buttons.addButton(self.tr("重试(&R)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.local = QPushButton(self.tr("改用本机数据库(&L)"))
        self.local.clicked.connect(self.use_local)
        buttons.addButton(self.local, QDialogButtonBox.ButtonRole.ActionRole)
        self.local.setVisible(remembered_url() is not None)  # after adding: the box shows it
        buttons.addButton(self.tr("退出(&Q)"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)

    def use_local(self) -> None:
        server_setup.use_local()
        self.accept()
