"""Inline validation messages: a red line under the field the error names."""
from __future__ import annotations


from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from aftersales_desktop.domain.errors import ValidationError
from ui.labels import QT_TRANSLATE_NOOP
from ui.messages import message_text

# Chinese wording for the domain's messages that a clerk meets most often.
_CHINESE = (
    ("customer.phone", "expected a mainland", QT_TRANSLATE_NOOP("FieldErrors", "请输入大陆手机号（1 开头的 11 位）或带区号的固话，如 021-62345678")),
    ("customer.phone", "a phone number or a name", QT_TRANSLATE_NOOP("FieldErrors", "请填写客户电话或姓名")),
    ("customer.email", "", QT_TRANSLATE_NOOP("FieldErrors", "请输入有效的电子邮箱，如 name@example.com")),
    ("customer.postcode", "", QT_TRANSLATE_NOOP("FieldErrors", "邮编为 6 位数字")),
    ("problem.description", "", QT_TRANSLATE_NOOP("FieldErrors", "请填写问题描述（客户反映的情况）")),
    ("", "lies in the future", QT_TRANSLATE_NOOP("FieldErrors", "日期不能晚于今天")),
    ("", "expected a date", QT_TRANSLATE_NOOP("FieldErrors", "日期格式为 YYYY-MM-DD，如 2026-11-20")),
)


def error_text(error: ValidationError) -> str:
    for field, start, text in _CHINESE:
        if (not field or field == error.field) and error.message.startswith(start):
            return QCoreApplication.translate("FieldErrors", text)
    return message_text(error)


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(widget: QWidget) -> tuple[QWidget, QLabel]:
    """`widget` with an (initially hidden) error line below it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    label = error_label()
    layout.addWidget(label)
    return box, label


def show_form_error(form, exc: Exception) -> None:
    """Put a refusal under the field it names (`form.errors`/`form.fields` by field), or in the
    form's message line (`form._say`) when no field of the form matches; focus that field."""
    label = form.errors.get(getattr(exc, "field", None))
    text = message_text(exc) if isinstance(exc, ValidationError) else str(exc)
    if label is None:
        form._say(text, error=True)
        return
    label.setText(text)
    label.show()
    form.fields[exc.field].setFocus(Qt.FocusReason.OtherFocusReason)
