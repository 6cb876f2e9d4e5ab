"""The editable part of a ticket on the detail screen; knows what the user changed."""
from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget,
)

from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.categories import CategoryOption
from aftersales_desktop.services.ticket_queries import TicketView
from ui.field_errors import error_text, with_error
from ui.labels import QT_TRANSLATE_NOOP, labels

EDITABLE = [("priority", QT_TRANSLATE_NOOP("TicketEditor", "优先级")), ("category", QT_TRANSLATE_NOOP("TicketEditor", "投诉类别")), ("subcategory", QT_TRANSLATE_NOOP("TicketEditor", "细分类别")),
            ("problem.description", QT_TRANSLATE_NOOP("TicketEditor", "问题描述")), ("order.number", QT_TRANSLATE_NOOP("TicketEditor", "订单号")),
            ("order.product", QT_TRANSLATE_NOOP("TicketEditor", "商品")), ("order.model", QT_TRANSLATE_NOOP("TicketEditor", "型号")),
            ("logistics.waybill", QT_TRANSLATE_NOOP("TicketEditor", "运单号")), ("logistics.carrier", QT_TRANSLATE_NOOP("TicketEditor", "承运商"))]


def view_value(view: TicketView, key: str):
    if "." in key:
        section, name = key.split(".", 1)
        return view.sections.get(section, {}).get(name)
    return getattr(view, key)


class TicketEditor(QGroupBox):
    changed = Signal()

    def __init__(self, categories: list[CategoryOption], parent=None):
        super().__init__(self.tr("可修改的内容"), parent)
        self.categories = categories
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, label in EDITABLE:
            widget = self._widget(key)
            self.fields[key] = widget
            box, self.errors[key] = with_error(widget)
            form.addRow(self.tr(label), box)
        self.fields["category"].currentIndexChanged.connect(self._fill_subcategories)

    def _widget(self, key: str) -> QWidget:
        if key in ("priority", "category", "subcategory"):
            combo = QComboBox()
            choices = labels("channels", PRIORITIES) if key == "priority" else (
                {c.code: c.name for c in self.categories} if key == "category" else {})
            if key != "priority":
                combo.addItem(self.tr("（未选）"), None)
            for code, label in choices.items():
                combo.addItem(label, code)
            combo.currentIndexChanged.connect(self.changed)
            return combo
        if key == "problem.description":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(90)
            edit.textChanged.connect(self.changed)
            return edit
        edit = QLineEdit()
        edit.textChanged.connect(self.changed)
        return edit

    def _fill_subcategories(self) -> None:
        combo, code = self.fields["subcategory"], self.fields["category"].currentData()
        combo.clear()
        combo.addItem(self.tr("（未选）"), None)
        for option in self.categories:
            if option.code == code:
                for sub_code, name in option.children:
                    combo.addItem(name, sub_code)

    def value(self, key: str):
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            return widget.currentData()
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        return text.strip() or None

    def set_view(self, view: TicketView) -> None:
        for key, _ in EDITABLE:
            self._set(key, view_value(view, key))
        self.clear_errors()

    def _set(self, key: str, value) -> None:
        widget = self.fields[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)) if value else 0)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        else:
            widget.setText(value or "")

    def rebase(self, old: TicketView, new: TicketView) -> None:
        """Take the other person's values where this user changed nothing; keep the rest."""
        for key, _ in EDITABLE:
            if self.value(key) == (view_value(old, key) or None):
                self._set(key, view_value(new, key))

    def changes(self, view: TicketView) -> dict:
        """The edit in the services' ticket JSON shape: only what differs from `view`."""
        data: dict = {}
        for key, _ in EDITABLE:
            new = self.value(key)
            if new == (view_value(view, key) or None):
                continue
            if "." in key:
                section, name = key.split(".", 1)
                data.setdefault(section, {})[name] = new or ""
            elif new is not None:
                data[key] = new
        if "subcategory" in data and "category" not in data and self.value("category"):
            data["category"] = self.value("category")
        return data

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def show_error(self, error: ValidationError) -> bool:
        if error.field not in self.errors:
            return False
        self.errors[error.field].setText(error_text(error))
        self.errors[error.field].show()
        return True
