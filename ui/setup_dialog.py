"""首次启动: the new database's administrator (admin) gets a password before anything else;
a one-person office may switch on single-user mode (start without login) at the same time."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import auth
from aftersales_desktop.services.staff import StaffRow
from ui.dialog_message import message_label, password_field, password_hint, say
from ui.messages import message_text


class SetupDialog(QDialog):
    def __init__(self, database: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("售后工单台 · 首次启动"))
        self.admin: StaffRow | None = None
        intro = QLabel(self.tr(
            "这是一个新的数据库。请先为系统管理员（登录名 admin）设置密码：之后每位员工"
            "用自己的登录名和密码登录，所见所做由其角色决定。\n数据库：%1").replace("%1", database))
        intro.setWordWrap(True)
        self.password = password_field()
        self.again = password_field()
        self.single_user = QCheckBox(self.tr("单人使用：启动时不需要登录（以后可在 设置 › 人员与角色 中关闭）"))
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("管理员密码"), self.password)
        form.addRow(self.tr("再次输入"), self.again)
        form.addRow("", self.message)
        hint = password_hint()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("设置并开始使用"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.single_user)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.password.setFocus()

    def save(self) -> None:
        if self.password.text() != self.again.text():
            self._say(self.tr("两次输入的密码不一致"), self.again)
            return
        try:
            self.admin = auth.setup_administrator(self.password.text(),
                                                  self.single_user.isChecked())
            auth.login(self.admin.login, self.password.text())  # recorded as the first login
        except ValidationError as exc:
            self._say(message_text(exc), self.password)
            return
        self.accept()

    def _say(self, text: str, field: QLineEdit) -> None:
        say(self.message, text, field)
