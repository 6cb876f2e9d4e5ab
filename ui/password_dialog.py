"""修改密码: the signed-in person sets their own password (also right after the
administrator reset it, then without asking for the current one again)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import auth
from ui.dialog_message import message_label, password_field, password_hint, say
from ui.messages import message_text


class PasswordDialog(QDialog):
    def __init__(self, login: str, parent=None, current: str | None = None):
        """`current`: the password just used to log in (after a reset), not asked again."""
        super().__init__(parent)
        self.login = login
        self.given = current
        self.setWindowTitle(self.tr("修改密码"))
        self.current = password_field()
        self.new = password_field()
        self.again = password_field()
        self.message = message_label()
        intro = QLabel(self.tr("系统管理员重置了您的密码，请设置自己的新密码。") if current
                       else self.tr("为 %1 设置新密码。").replace("%1", login))
        intro.setWordWrap(True)
        form = QFormLayout()
        if current is None:
            form.addRow(self.tr("当前密码"), self.current)
        form.addRow(self.tr("新密码"), self.new)
        form.addRow(self.tr("再次输入新密码"), self.again)
        form.addRow("", self.message)
        hint = password_hint()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)
        (self.new if current else self.current).setFocus()

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self._say(self.tr("两次输入的新密码不一致"), self.again)
            return
        current = self.given if self.given is not None else self.current.text()
        try:
            auth.change_password(self.login, current, self.new.text())
        except ValidationError as exc:
            self._say(message_text(exc), self.current if exc.field == "current" else self.new)
            return
        self.accept()

    def _say(self, text: str, field: QLineEdit) -> None:
        say(self.message, text, field)
