"""The red line of the sign-in dialogs that says what was refused, and the field to retry."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from aftersales_desktop.services.auth import MIN_LENGTH

ERROR_STYLE = "color: #c62828;"


def message_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def password_field() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def say(label: QLabel, text: str, field: QLineEdit) -> None:
    label.setText(text)
    label.show()
    field.setFocus(Qt.FocusReason.OtherFocusReason)


def password_hint() -> QLabel:
    """What a new password must be, under the password fields."""
    hint = QLabel(QCoreApplication.translate("Passwords", "至少 %1 个字符，混用字母、数字或符号")
                  .replace("%1", str(MIN_LENGTH)))
    hint.setStyleSheet("color: #555;")
    return hint
