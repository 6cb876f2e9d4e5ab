"""登录: login name and password before the main window opens. A wrong password, an unknown
login and a lockout are said under the password field; the login name stays as typed."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from aftersales_desktop.domain.errors import AuthenticationError
from aftersales_desktop.services import auth
from aftersales_desktop.services.staff import StaffRow
from ui.messages import message_text
from ui.dialog_message import message_label, password_field, say


class LoginDialog(QDialog):
    def __init__(self, login: str = "", database: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("售后工单台 · 登录"))
        self.signed_in: StaffRow | None = None
        self.password_dialog = None
        title = QLabel(self.tr("售后工单台"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        where = QLabel(self.tr("数据库：%1").replace("%1", database))
        where.setStyleSheet("color: #555;")
        where.setWordWrap(True)
        self.login = QLineEdit(login)
        self.login.setPlaceholderText(self.tr("例如 clerk01"))
        self.password = password_field()
        self.message = message_label()
        form = QFormLayout()
        form.addRow(self.tr("登录名"), self.login)
        form.addRow(self.tr("密码"), self.password)
        form.addRow("", self.message)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        (self.password if login else self.login).setFocus(Qt.FocusReason.OtherFocusReason)

    def try_login(self) -> None:
        login = self.login.text().strip()
        if not login:
            self._say(self.tr("请填写登录名"), self.login)
            return
        try:
            signed = auth.login(login, self.password.text())
        except AuthenticationError as exc:
            self.password.clear()
            self._say(message_text(exc), self.password)
            return
        if signed.must_change_password:
            from ui.password_dialog import PasswordDialog

            # The administrator gave this password: the person chooses their own before working.
            self.password_dialog = PasswordDialog(login, self, current=self.password.text())
            if self.password_dialog.exec() != QDialog.DialogCode.Accepted:
                self.password.clear()
                self._say(self.tr("须先设置自己的新密码才能登录"), self.password)
                return
        self.signed_in = signed.staff
        self.accept()

    def _say(self, text: str, field: QLineEdit) -> None:
        say(self.message, text, field)
