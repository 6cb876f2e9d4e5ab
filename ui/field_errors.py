"""Inline validation messages: a red line under the field the error names."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from aftersales_desktop.domain.errors import ValidationError
from ui.messages import message_text


def error_text(error: ValidationError) -> str:
    """The service's message in the chosen language (it names what is expected)."""
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
