"""The fields of the 受理 form, grouped in sections; values in and out as plain dicts."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QWidget,
)

from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.intake_layout import CALL_TITLE, EVIDENCE_TITLE, LABELS, SECTIONS
from aftersales_desktop.domain.phrases import STANDARD_PHRASES
from aftersales_desktop.services.categories import CategoryOption
from ui.evidence_panel import EvidencePanel
from ui.field_errors import error_text, with_error
from ui.labels import label, labels

CHOICES = ("channel", "priority", "category", "subcategory")


class EntryForm(QWidget):
    changed = Signal()
    enter_pressed = Signal()

    def __init__(self, categories: list[CategoryOption], parent=None):
        super().__init__(parent)
        self.categories = categories
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.groups = {CALL_TITLE: self._call_group()}
        for title, spec in SECTIONS.items():
            self.groups[title] = self._section(title, spec)
        self.evidence = EvidencePanel()
        self.evidence.changed.connect(self.changed)
        box = QGroupBox(label("intake_layout", EVIDENCE_TITLE))
        QHBoxLayout(box).addWidget(self.evidence)
        self.groups["证据"] = box

    # building -----------------------------------------------------------------------------
    def _add(self, form: QFormLayout, key: str, caption: str, widget: QWidget) -> None:
        self.fields[key] = widget
        box, self.errors[key] = with_error(widget)
        form.addRow(label("intake_layout", caption), box)
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.changed)
            widget.returnPressed.connect(self.enter_pressed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.changed)

    def _combo(self, choices: dict[str, str], blank: str | None = None) -> QComboBox:
        combo = QComboBox()
        if blank is not None:
            combo.addItem(self.tr(blank), None)
        for code, label in choices.items():
            combo.addItem(label, code)
        return combo

    def _call_group(self) -> QGroupBox:
        box = QGroupBox(label("intake_layout", CALL_TITLE))
        form = QFormLayout(box)
        phone = QLineEdit()
        phone.setPlaceholderText(self.tr("手机或固话，如 138 1234 5678"))
        self._add(form, "customer.phone", label("intake_layout", LABELS["customer.phone"]), phone)
        self._add(form, "customer.name", label("intake_layout", LABELS["customer.name"]), QLineEdit())
        description = QPlainTextEdit()
        description.setTabChangesFocus(True)
        description.setPlaceholderText(self.tr("客户反映的问题（Ctrl+Enter 保存）"))
        description.setFixedHeight(84)
        self._add(form, "problem.description", label("intake_layout", LABELS["problem.description"]), description)
        self._add(form, "channel", label("intake_layout", LABELS["channel"]), self._combo(labels("channels", CHANNELS)))
        priority = self._combo(labels("channels", PRIORITIES))
        priority.setCurrentIndex(list(PRIORITIES).index("normal"))
        self._add(form, "priority", label("intake_layout", LABELS["priority"]), priority)
        category = self._combo({c.code: c.name for c in self.categories}, self.tr("（暂不分类）"))
        category.currentIndexChanged.connect(self._fill_subcategories)
        self._add(form, "category", label("intake_layout", LABELS["category"]), category)
        self._add(form, "subcategory", label("intake_layout", LABELS["subcategory"]), self._combo({}, self.tr("（不细分）")))
        self.phrases = QComboBox()
        self.phrases.addItems(STANDARD_PHRASES)
        insert = QPushButton(self.tr("插入"))
        insert.clicked.connect(self.insert_phrase)
        row = QHBoxLayout()
        row.addWidget(self.phrases, 1)
        row.addWidget(insert)
        form.addRow(self.tr("话术"), row)
        self.insert_button = insert
        return box

    def _section(self, title: str, spec) -> QGroupBox:
        box = QGroupBox(label("intake_layout", title))
        form = QFormLayout(box)
        for key, caption, kind in spec:
            if kind == "gender":
                widget = self._combo(labels("channels", GENDERS), self.tr("（未填）"))
            elif kind == "check":
                widget = QCheckBox()
            else:
                widget = QLineEdit()
                if kind == "date":
                    widget.setPlaceholderText("YYYY-MM-DD")
            self._add(form, key, caption, widget)
        return box

    def _fill_subcategories(self) -> None:
        combo = self.fields["subcategory"]
        code = self.fields["category"].currentData()
        combo.clear()
        combo.addItem(self.tr("（不细分）"), None)
        for option in self.categories:
            if option.code == code:
                for sub_code, name in option.children:
                    combo.addItem(name, sub_code)

    def insert_phrase(self) -> None:
        self.fields["problem.description"].insertPlainText(self.phrases.currentText())

    def tab_chain(self) -> list[QWidget]:
        chain = []
        for key, widget in self.fields.items():
            chain.append(widget)
            if key == "subcategory":
                chain += [self.phrases, self.insert_button]
        return chain + [self.evidence.add_button]

    # values -------------------------------------------------------------------------------
    def values(self) -> dict:
        """Everything typed, flat (for drafts)."""
        out = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                out[key] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            else:
                out[key] = widget.isChecked()
        out["attachments"] = self.evidence.paths()
        return out

    def set_values(self, values: dict) -> None:
        for key in ("category", *[k for k in self.fields if k != "category"]):
            widget, value = self.fields[key], values.get(key)
            if isinstance(widget, QLineEdit):
                widget.setText(value or "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else (
                    0 if widget.itemData(0) is None else -1)
                if index >= 0:
                    widget.setCurrentIndex(index)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
        self.evidence.clear()
        self.evidence.add_paths(values.get("attachments") or [])

    def ticket_json(self) -> dict:
        """The ticket JSON of the services: empty fields left out."""
        data: dict = {}
        for key, value in self.values().items():
            if key == "attachments" or value in (None, "", False):
                continue
            if isinstance(value, str):
                value = value.strip()
                if not value:
                    continue
            if "." in key:
                section, name = key.split(".", 1)
                data.setdefault(section, {})[name] = value
            else:
                data[key] = value
        if self.evidence.paths():
            data["attachments"] = self.evidence.paths()
        return data

    def minimum_present(self) -> bool:
        v = self.values()
        return bool((v["customer.phone"].strip() or v["customer.name"].strip())
                    and v["problem.description"].strip())

    def clear(self) -> None:
        self.set_values({"priority": "normal", "channel": self.fields["channel"].currentData()})
        self.fields["category"].setCurrentIndex(0)
        self.fields["customer.gender"].setCurrentIndex(0)
        self.clear_errors()

    # errors -------------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def show_error(self, error: ValidationError) -> bool:
        """Show the message next to its field and focus it; False if no field matches."""
        key = error.field if error.field in self.errors else None
        if key is None:
            return False
        self.errors[key].setText(error_text(error))
        self.errors[key].show()
        self.fields[key].setFocus()
        return True
