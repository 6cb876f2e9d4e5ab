"""A settings group's scalar settings, built from the registry: each with its editor, its
default and 恢复默认; 保存 stores the page (a refusal goes under its field, nothing is saved),
本页恢复默认 resets the whole page after asking."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain import settings_registry as reg
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import settings
from aftersales_desktop.services.staff_admin import department_names
from ui.field_errors import show_form_error, with_error
from ui.queue_layout import frameless_scroll

# where the registry's texts are translated: its own (marked under SettingsFormPage), the
# resolution kinds of the revisit settings, the time units of the time-limit page
_CONTEXTS = ("SettingsFormPage", "callback_rules", "SlaPage")


def shown(text: str) -> str:
    """A label, help, choice or default of the registry in the chosen language."""
    for context in _CONTEXTS:
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text


def editor_for(defn: reg.SettingDef) -> QWidget:
    if defn.kind == reg.INT and not defn.optional:
        box = QSpinBox()
        box.setRange(defn.low, defn.high)
        if defn.suffix:
            box.setSuffix(" " + shown(defn.suffix))
        return box
    if defn.kind in (reg.CHOICE, reg.DEPARTMENT):
        combo = QComboBox()
        items = defn.choices.items() if defn.kind == reg.CHOICE else \
            ((name, name) for name in department_names())
        for code, text in items:
            combo.addItem(shown(text), code)
        return combo
    if defn.kind == reg.TIME:
        edit = QTimeEdit()
        edit.setDisplayFormat("HH:mm")
        return edit
    if defn.kind == reg.BOOL:
        return QCheckBox()
    if defn.kind == reg.SCRIPT:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(180)
        return edit
    edit = QLineEdit()
    edit.setPlaceholderText(QCoreApplication.translate("SettingsFormPage", "（未设置）")
                            if defn.optional else "")
    return edit


def show_value(widget: QWidget, stored: str, shown: str) -> None:
    if isinstance(widget, QSpinBox):
        widget.setValue(int(stored))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(stored)))
    elif isinstance(widget, QTimeEdit):
        widget.setTime(QTime.fromString(stored, "HH:mm"))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(stored == "1")
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(stored)
    else:
        widget.setText(shown if stored else "")


def typed_value(widget: QWidget):
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QTimeEdit):
        return widget.time().toString("HH:mm")
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()


class SettingsFormPage(QWidget):
    def __init__(self, session, group: str, parent=None):
        super().__init__(parent)
        self.session, self.group = session, group
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.defaults: dict[str, QLabel] = {}
        self.reset_buttons: dict[str, QPushButton] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        sections: dict[str, QGridLayout] = {}
        for defn in reg.group_settings(group):
            if defn.section not in sections:
                box = QGroupBox(shown(defn.section) if defn.section else "")
                sections[defn.section] = QGridLayout(box)
                sections[defn.section].setColumnStretch(4, 1)
                column.addWidget(box)
            self._row(sections[defn.section], defn)
        column.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.reset_page_button = QPushButton(self.tr("本页恢复默认"))
        self.reset_page_button.clicked.connect(self.reset_page)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.reset_page_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(frameless_scroll(body), 1)
        layout.addLayout(bottom)
        self.refresh()

    def _row(self, grid: QGridLayout, defn: reg.SettingDef) -> None:
        row = grid.rowCount()
        editor = editor_for(defn)
        if not isinstance(editor, QPlainTextEdit):
            editor.setMaximumWidth(420 if isinstance(editor, QLineEdit) else 220)
        if isinstance(editor, QLineEdit):
            editor.setMinimumWidth(320)  # a company name of 20 characters shows whole
        box, self.errors[defn.key] = with_error(editor)
        self.fields[defn.key] = editor
        if isinstance(editor, QLineEdit):
            editor.returnPressed.connect(self.save)
        label = QLabel(shown(defn.label))
        label.setBuddy(editor)
        default = QLabel()
        default.setStyleSheet("color: #555;")
        button = QPushButton(self.tr("恢复默认"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, key=defn.key: self.reset_one(key))
        self.defaults[defn.key], self.reset_buttons[defn.key] = default, button
        grid.addWidget(label, row, 0)
        grid.addWidget(box, row, 1)
        grid.addWidget(default, row, 2)
        grid.addWidget(button, row, 3)
        if defn.help:
            hint = QLabel(shown(defn.help))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            grid.addWidget(hint, row + 1, 1, 1, 4)

    def refresh(self, only: str | None = None) -> None:
        for value in settings.group_values(self.group):
            key = value.defn.key
            if only is None or key == only:
                show_value(self.fields[key], value.stored, value.shown)
                self.errors[key].hide()
            if value.defn.kind == reg.SCRIPT:
                self.defaults[key].setText(self.tr("默认：内置话术"))
            else:
                self.defaults[key].setText(self.tr("默认：") + shown(value.default_shown))
            self.reset_buttons[key].setEnabled(not value.is_default)

    def values(self) -> dict:
        return {key: typed_value(widget) for key, widget in self.fields.items()}

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.clear()

    def save(self) -> bool:
        self._clear_errors()
        try:
            saved = settings.set_values(self.values(), self.session.actor)
        except ValidationError as exc:
            show_form_error(self, exc)
            return False
        self.refresh()
        text = self.tr("已保存 %1 项设置。").replace("%1", str(len(saved.changed))) \
            if saved.changed else self.tr("没有改动。")
        if saved.recomputed:
            text += self.tr("已重新计算 %1 张未结工单的时限。").replace("%1", str(saved.recomputed))
        self._say(text)
        return True

    def reset_one(self, key: str) -> None:
        self._clear_errors()
        try:
            settings.reset([key], self.session.actor)
        except ValidationError as exc:
            show_form_error(self, exc)
            return
        self.refresh(only=key)
        self._say(self.tr("“%1”已恢复默认。").replace("%1", shown(reg.setting(key).label)))

    def reset_page(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("本页恢复默认"),
            self.tr("把本页的所有设置恢复为默认值？未保存的修改也会丢弃。"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._clear_errors()
        try:
            saved = settings.reset_group(self.group, self.session.actor)
        except ValidationError as exc:
            show_form_error(self, exc)
            return
        self.refresh()
        self._say(self.tr("已恢复默认（%1 项有变化）。").replace("%1", str(len(saved.changed))))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#2e7d32'};")
        self.message.setText(text)
