"""The right side of 分类: category with its suggestion, impact questions, policy review."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.impact import QUESTIONS
from ui.messages import text_of
from ui.labels import label, labels

PASS_STYLE = "color: #1b5e20;"
FAIL_STYLE = "color: #c62828;"


def _buddy(text: str, widget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def _wrapping_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class ClassificationForm(QWidget):
    changed = Signal()

    def __init__(self, categories, parent=None):
        super().__init__(parent)
        self.categories = categories
        self.suggested: str | None = None
        self._suggestion = None
        self._priority_touched = False
        self.failed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._category_box())
        layout.addWidget(self._impact_box())
        layout.addWidget(self._review_box())

    # building -----------------------------------------------------------------------------
    def _category_box(self) -> QGroupBox:
        self.category = QComboBox()
        self.category.addItem(self.tr("请选择…"), None)
        for option in self.categories:
            self.category.addItem(option.name, option.code)
        self.subcategory = QComboBox()
        self.category.currentIndexChanged.connect(self._fill_subcategories)
        self.subcategory.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.suggestion_label = _wrapping_label()
        self.use_suggestion = QPushButton(self.tr("采用建议(&A)"))
        self.use_suggestion.clicked.connect(self.apply_suggestion)
        hint = QHBoxLayout()
        hint.addWidget(self.suggestion_label, 1)
        hint.addWidget(self.use_suggestion)
        box = QGroupBox(self.tr("投诉类别"))
        grid = QGridLayout(box)
        grid.addWidget(_buddy(self.tr("类别(&C)："), self.category), 0, 0)
        grid.addWidget(self.category, 0, 1)
        grid.addWidget(_buddy(self.tr("细分类别(&S)："), self.subcategory), 0, 2)
        grid.addWidget(self.subcategory, 0, 3)
        grid.addWidget(QLabel(self.tr("系统建议：")), 1, 0)
        grid.addLayout(hint, 1, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _impact_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("影响评估"))
        grid = QGridLayout(box)
        self.answers: dict[str, QComboBox] = {}
        for index, (question, (caption, options)) in enumerate(QUESTIONS.items()):
            combo = QComboBox()
            combo.addItem(self.tr("请选择…"), None)
            for code, text in options.items():
                combo.addItem(label("impact", text), code)
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            self.answers[question] = combo
            row, column = divmod(index, 2)
            grid.addWidget(QLabel(self.tr("%1：").replace("%1", label("impact", caption))), row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
        self.suggested_label = _wrapping_label()
        self.priority = QComboBox()
        for code, text in labels("channels", PRIORITIES).items():
            self.priority.addItem(text, code)
        self.priority.activated.connect(self._priority_chosen)
        self.override_reason = QLineEdit()
        self.override_reason.setPlaceholderText(self.tr("与建议不同时必须填写"))
        grid.addWidget(QLabel(self.tr("建议优先级：")), 2, 0)
        grid.addWidget(self.suggested_label, 2, 1, 1, 3)
        grid.addWidget(_buddy(self.tr("优先级(&P)："), self.priority), 3, 0)
        grid.addWidget(self.priority, 3, 1)
        grid.addWidget(_buddy(self.tr("调整原因(&R)："), self.override_reason), 3, 2)
        grid.addWidget(self.override_reason, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _review_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("政策审核"))
        form = QFormLayout(box)
        self.delivered_on = QLineEdit()
        self.delivered_on.setPlaceholderText(self.tr("例如 2026-11-20，可不填（按购买日期）"))
        self.delivered_on.editingFinished.connect(self.changed.emit)
        self.review_label = _wrapping_label()
        self.reject_choice = QRadioButton(self.tr("驳回申请，并向客户宣读上述原因"))
        self.pass_choice = QRadioButton(self.tr("人工放行（须写明原因）"))
        self.decision = QButtonGroup(self)
        self.decision.addButton(self.reject_choice)
        self.decision.addButton(self.pass_choice)
        self.reject_choice.setChecked(True)
        self.review_override = QLineEdit()
        self.review_override.setPlaceholderText(self.tr("放行原因，例如：经理特批"))
        self.pass_choice.toggled.connect(self._decision_changed)
        self.assignment_label = _wrapping_label()
        form.addRow(self.tr("签收日期(&D)："), self.delivered_on)
        form.addRow(self.tr("审核结果："), self.review_label)
        choices = QHBoxLayout()
        choices.addWidget(self.reject_choice)
        choices.addWidget(self.pass_choice)
        choices.addStretch(1)
        form.addRow("", choices)
        form.addRow(self.tr("放行原因(&O)："), self.review_override)
        form.addRow(self.tr("将分派给："), self.assignment_label)
        return box

    # filling ------------------------------------------------------------------------------
    def _fill_subcategories(self) -> None:
        self.subcategory.blockSignals(True)
        self.subcategory.clear()
        code = self.category.currentData()
        children = next((o.children for o in self.categories if o.code == code), [])
        self.subcategory.addItem(self.tr("请选择…") if children else self.tr("（无细分）"), None)
        for sub_code, name in children:
            self.subcategory.addItem(name, sub_code)
        self.subcategory.setEnabled(bool(children))
        self.subcategory.blockSignals(False)
        self.changed.emit()

    def select_category(self, category: str | None, subcategory: str | None) -> None:
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.subcategory.setCurrentIndex(max(0, self.subcategory.findData(subcategory)))

    def set_case(self, case) -> None:
        self._suggestion = case.suggestions[0] if case.suggestions else None
        if self._suggestion is None:
            self.suggestion_label.setText(self.tr("描述中没有匹配的关键词"))
        else:
            self.suggestion_label.setText(f"{self._names(self._suggestion)}"
                                          f"（{self._suggestion.why()}）")
        self.use_suggestion.setEnabled(self._suggestion is not None)
        if case.category:
            self.select_category(case.category, case.subcategory)
        elif self._suggestion:
            self.apply_suggestion()
        else:
            self.select_category(None, None)
        for question, combo in self.answers.items():
            combo.setCurrentIndex(max(0, combo.findData(case.impact.get(question))))
        self._priority_touched = False
        self.priority.setCurrentIndex(self.priority.findData(case.priority))
        self.override_reason.clear()
        self.delivered_on.setText(case.delivered_on.isoformat() if case.delivered_on else "")
        self.review_override.clear()
        self.reject_choice.setChecked(True)

    def _names(self, suggestion) -> str:
        option = next((o for o in self.categories if o.code == suggestion.category), None)
        if option is None:
            return suggestion.category
        sub = dict(option.children).get(suggestion.subcategory)
        return option.name + (f" / {sub}" if sub else "")

    def apply_suggestion(self) -> None:
        if self._suggestion:
            self.select_category(self._suggestion.category, self._suggestion.subcategory)

    def set_suggested_priority(self, suggestion) -> None:
        self.suggested = suggestion.priority if suggestion else None
        if suggestion is None:
            self.suggested_label.setText(self.tr("请回答以上四个问题"))
        else:
            self.suggested_label.setText(f"<b>{label('channels', suggestion.label)}</b>　{text_of(suggestion.reason)}")
            if not self._priority_touched:
                self.priority.setCurrentIndex(self.priority.findData(suggestion.priority))
        self._update_override()

    def _priority_chosen(self) -> None:
        self._priority_touched = True
        self._update_override()

    def _update_override(self) -> None:
        differs = self.suggested is not None and self.priority.currentData() != self.suggested
        self.override_reason.setEnabled(differs)

    def set_review(self, outcome) -> None:
        failed = outcome is not None and not outcome.passed
        if outcome is None:
            self.review_label.setText(self.tr("选择类别后自动审核"))
            self.review_label.setStyleSheet("")
        elif failed:
            self.review_label.setText(self.tr("未通过：") + "\n" + outcome.reason_text())
            self.review_label.setStyleSheet(FAIL_STYLE)
        else:
            notes = "\n".join(outcome.notes)
            self.review_label.setText(self.tr("通过") + (f"（{notes}）" if notes else ""))
            self.review_label.setStyleSheet(PASS_STYLE)
        for widget in (self.reject_choice, self.pass_choice):
            widget.setVisible(failed)
        self.review_override.setEnabled(failed and self.pass_choice.isChecked())
        self.failed = failed

    def _decision_changed(self) -> None:
        self.review_override.setEnabled(self.pass_choice.isChecked())
        self.changed.emit()

    def rejecting(self) -> bool:
        return self.failed and self.reject_choice.isChecked()

    def values(self) -> dict:
        return {"category": self.category.currentData(),
                "subcategory": self.subcategory.currentData(),
                "priority": self.priority.currentData(),
                "impact": {q: c.currentData() for q, c in self.answers.items()},
                "override_reason": self.override_reason.text(),
                "review_override": None if self.rejecting() else self.review_override.text(),
                "delivered_on": self.delivered_on.text().strip() or None}
