"""The report to a superior (seed 004 6.1): cause analysis, proposed solution, urgency, the
level it goes to (越级 needs a reason) and, for a new report, "likely serious consequence"."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.escalation_views import URGENCIES
from ui.field_errors import with_error
from ui.labels import labels
from ui.messages import message_text, text_of


def _text_box(placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(64)
    return box


class EscalateForm(QWidget):
    def __init__(self, serious_choice: bool = True, parent=None):
        super().__init__(parent)
        self.current = 0
        self.cause = _text_box(self.tr("调查问题出现的原因，分析客诉关键点"))
        self.solution = _text_box(self.tr("以解决问题为出发点，提出迅速可行的方案"))
        self.urgency = QComboBox()
        for code, text in labels("escalation_views", URGENCIES).items():
            self.urgency.addItem(text, code)
        self.urgency.setCurrentIndex(self.urgency.findData("normal"))
        self.level = QComboBox()
        self.level.currentIndexChanged.connect(self._level_changed)
        self.skip_reason = QLineEdit()
        self.skip_reason.setPlaceholderText(self.tr("越级上报须写明理由，如上级无法解决"))
        self.serious = QCheckBox(self.tr("预计会产生严重后果，立即向部门主管汇报"))
        self.serious.setVisible(serious_choice)
        self.serious.toggled.connect(self._serious_toggled)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for field, label, widget in (
                ("cause_analysis", self.tr("原因分析(&Y)："), self.cause),
                ("proposed_solution", self.tr("解决方案(&F)："), self.solution),
                ("urgency", self.tr("紧急程度："), self.urgency),
                ("level", self.tr("上报给："), self.level),
                ("skip_reason", self.tr("越级理由："), self.skip_reason)):
            box, self.errors[field] = with_error(widget)
            form.addRow(label, box)
            form.labelForField(box).setBuddy(widget)
        form.addRow("", self.serious)
        self._level_changed()

    def set_levels(self, current: int, levels) -> None:
        """`levels`: the chain levels above the ticket's current level, lowest first."""
        self.current = current
        self.level.clear()
        for level in levels:
            self.level.addItem(text_of(level.text()), level.level)
        if not levels:
            self.level.addItem(self.tr("已到升级链最高一级"), None)
        self.level.setEnabled(bool(levels) and not self.serious.isChecked())
        self._level_changed()

    def _skipping(self) -> bool:
        chosen = self.level.currentData()
        return chosen is not None and chosen > self.current + 1 and not self.serious.isChecked()

    def _level_changed(self, _index=None) -> None:
        self.skip_reason.setEnabled(self._skipping())

    def _serious_toggled(self, checked: bool) -> None:
        if checked:
            self.urgency.setCurrentIndex(self.urgency.findData("urgent"))
        self.urgency.setEnabled(not checked)
        self.level.setEnabled(not checked and self.level.currentData() is not None)
        self._level_changed()

    def values(self) -> dict:
        return {"cause_analysis": self.cause.toPlainText(),
                "proposed_solution": self.solution.toPlainText(),
                "urgency": self.urgency.currentData(), "level": self.level.currentData(),
                "skip_reason": self.skip_reason.text() if self._skipping() else None,
                "serious": self.serious.isChecked()}

    def show_error(self, error: ValidationError) -> bool:
        """Show `error` under its field; False when no field of this form is named."""
        self.clear_errors()
        label = self.errors.get(error.field)
        if label is None:
            return False
        label.setText(message_text(error))
        label.show()
        {"cause_analysis": self.cause, "proposed_solution": self.solution,
         "urgency": self.urgency, "level": self.level,
         "skip_reason": self.skip_reason}[error.field].setFocus()
        return True

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def clear(self) -> None:
        self.cause.clear()
        self.solution.clear()
        self.skip_reason.clear()
        self.serious.setChecked(False)
        self.urgency.setCurrentIndex(self.urgency.findData("normal"))
        self.clear_errors()
