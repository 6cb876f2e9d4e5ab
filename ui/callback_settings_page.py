"""设置 › 回访设置: the callback time limit and who calls, retries when not reached, what counts
as satisfied, revisits after closing per resolution kind, and the two call scripts."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.callback_rules import RESOLUTION_KINDS
from aftersales_desktop.domain.callback_script import PLACEHOLDERS
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import callback_settings as cs
from aftersales_desktop.services.classification_rules import department_names
from ui.field_errors import show_form_error, with_error
from ui.queue_layout import frameless_scroll
from ui.sla_page import UNIT_TEXT


class CallbackSettingsPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._timing())
        column.addWidget(self._revisits())
        column.addWidget(self._scripts())
        column.addStretch(1)
        scroll = frameless_scroll(body)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存回访设置"))
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.refresh()

    def _field(self, name: str, widget: QWidget) -> QWidget:
        box, self.errors[name] = with_error(widget)
        self.fields[name] = widget
        return box

    def _spin(self, name: str, low: int, high: int, suffix: str = "") -> QWidget:
        box = QSpinBox()
        box.setRange(low, high)
        box.setSuffix(suffix)
        return self._field(name, box)

    def _units(self, name: str) -> QWidget:
        combo = QComboBox()
        for unit, text in UNIT_TEXT.items():
            combo.addItem(self.tr(text), unit)
        return self._field(name, combo)

    def _timing(self) -> QGroupBox:
        box = QGroupBox(self.tr("回访时限、分配与重拨"))
        grid = QGridLayout(box)
        assign, group = QComboBox(), QComboBox()
        for code, text in cs.ASSIGN_TO.items():
            assign.addItem(self.tr(text), code)
        group.addItems(department_names())
        rows = [
            (self.tr("回访时限（解决后）"), self._spin("limit_amount", 1, cs.MAX_AMOUNT),
             self._units("limit_unit")),
            (self.tr("回访分配给"), self._field("assign_to", assign), None),
            (self.tr("回访组（部门）"), self._field("group", group), None),
            (self.tr("未接通重拨间隔"), self._spin("retry_amount", 1, cs.MAX_AMOUNT),
             self._units("retry_unit")),
            (self.tr("最多拨打次数"), self._spin("max_attempts", 1, cs.MAX_ATTEMPTS, self.tr(" 次")),
             None),
            (self.tr("满意标准"), self._spin("satisfied_min", 1, 5, self.tr(" 分及以上")), None),
        ]
        for row, (label, first, second) in enumerate(rows):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(first, row, 1)
            if second is not None:
                grid.addWidget(second, row, 2)
        note = QLabel(self.tr(
            "“受理工单的客服”不在岗时由回访组回访。两项满意度都达到满意标准且问题真正解决，"
            "工单才关闭，否则重开给处理人。达到最多拨打次数仍未接通，按未接通结案并提醒主管。"
            "修改只影响之后新建的回访，队列中已有的回访保持原时限。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        grid.addWidget(note, 0, 3, len(rows), 1)
        grid.setColumnStretch(3, 1)
        return box

    def _revisits(self) -> QGroupBox:
        box = QGroupBox(self.tr("关闭后再次回访"))
        grid = QGridLayout(box)
        hint = QLabel(self.tr("按处理方式填写工单关闭后第几天再次回访，逗号分隔，如 7,30；留空则不回访。"))
        hint.setStyleSheet("color: #555;")
        grid.addWidget(hint, 4, 0, 1, 4)
        for index, (kind, text) in enumerate(RESOLUTION_KINDS.items()):
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("不回访"))
            grid.addWidget(QLabel(self.tr(text)), index // 2, (index % 2) * 2)
            grid.addWidget(self._field(f"revisit_days.{kind}", edit), index // 2,
                           (index % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _scripts(self) -> QGroupBox:
        box = QGroupBox(self.tr("回访话术"))
        grid = QGridLayout(box)
        for column, (name, title) in enumerate((("callback_script", self.tr("回访")),
                                                ("revisit_script", self.tr("再次回访")))):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(220)
            grid.addWidget(QLabel(title), 0, column)
            grid.addWidget(self._field(name, edit), 1, column)
        hint = QLabel(self.tr("可用占位符：") + "、".join("{" + p + "}" for p in PLACEHOLDERS))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        grid.addWidget(hint, 2, 0, 1, 2)
        return box

    # load / save ---------------------------------------------------------------------------
    def refresh(self) -> None:
        values = cs.load_settings().as_values()
        f = self.fields
        for name in ("limit_amount", "retry_amount", "max_attempts", "satisfied_min"):
            f[name].setValue(values[name])
        for name in ("limit_unit", "retry_unit", "assign_to"):
            f[name].setCurrentIndex(max(0, f[name].findData(values[name])))
        f["group"].setCurrentText(values["group"])
        for kind, days in values["revisit_days"].items():
            f[f"revisit_days.{kind}"].setText(days)
        for name in ("callback_script", "revisit_script"):
            f[name].setPlainText(values[name])
        self._clear_errors()

    def values(self) -> dict:
        f = self.fields
        out = {name: f[name].value() for name in
               ("limit_amount", "retry_amount", "max_attempts", "satisfied_min")}
        out.update({name: f[name].currentData() for name in
                    ("limit_unit", "retry_unit", "assign_to")})
        out["group"] = f["group"].currentText()
        out["revisit_days"] = {kind: f[f"revisit_days.{kind}"].text() for kind in RESOLUTION_KINDS}
        out.update({name: f[name].toPlainText() for name in ("callback_script", "revisit_script")})
        return out

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def save(self) -> None:
        self._clear_errors()
        try:
            changed = cs.save_settings(self.values(), actor=self.session.actor)
        except ValidationError as exc:
            show_form_error(self, exc)
            return
        self._say(self.tr("已保存 %1 项设置，之后新建的回访按新设置执行。").replace("%1", str(len(changed)))
                  if changed else self.tr("没有改动。"))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#2e7d32'};")
        self.message.setText(text)
