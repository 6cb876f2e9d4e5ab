"""设置 › 影响评估规则: four answers → suggested priority; the first matching row decides."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.impact import QUESTIONS
from aftersales_desktop.services import classification_rules as rules
from aftersales_desktop.services.rule_order import move_rule
from ui.field_errors import error_label
from ui.labels import label, labels
from ui.rules_messages import run_rule_action

RETIRED_COLOUR = QColor("#9e9e9e")


class ImpactRulesPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[rules.RuleRow] = []
        self.labels = {q: label("impact", text) for q, (text, _) in QUESTIONS.items()}
        self.labels["priority"] = self.tr("建议优先级")
        self._build()
        self.refresh()

    def _build(self) -> None:
        headers = [self.tr("顺序")] + list(self.labels.values()) + [self.tr("状态")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (0, 1, len(headers) - 2, len(headers) - 1):  # order, loss, priority, state
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)

        self.answers: dict[str, QComboBox] = {}
        form = QGroupBox(self.tr("规则"))
        grid = QGridLayout(form)
        for index, (question, (caption, options)) in enumerate(QUESTIONS.items()):
            combo = QComboBox()
            combo.addItem(self.tr("任意"), None)
            for code, text in options.items():
                combo.addItem(label("impact", text), code)
            self.answers[question] = combo
            grid.addWidget(QLabel(label("impact", caption)), index // 2, (index % 2) * 2)
            grid.addWidget(combo, index // 2, (index % 2) * 2 + 1)
        self.priority = QComboBox()
        for code, text in labels("channels", PRIORITIES).items():
            self.priority.addItem(self.tr(text), code)
        grid.addWidget(QLabel(self.labels["priority"]), 2, 0)
        grid.addWidget(self.priority, 2, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.add_button = QPushButton(self.tr("新增"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save)
        self.retire_button = QPushButton(self.tr("停用"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.up_button = QPushButton(self.tr("上移"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("下移"))
        self.down_button.clicked.connect(lambda: self.move(1))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.save_button, self.retire_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 2, 2, 1, 2)
        self.error = error_label()
        grid.addWidget(self.error, 3, 0, 1, 4)

        self.message = QLabel()
        self.message.setWordWrap(True)
        note = QLabel(self.tr("自上而下比较，第一条符合的在用规则给出建议优先级；“任意”表示不看这一项。"
                              "新规则放在最后一条“全部任意”的兜底规则之前。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(form)
        layout.addWidget(self.message)

    def showEvent(self, event) -> None:  # another tab may have changed the taxonomy or rules
        self.refresh()
        super().showEvent(event)

    # data ---------------------------------------------------------------------------------
    def refresh(self, keep: int | None = None) -> None:
        keep = keep or self.selected_id()
        self.rows = rules.list_rules("impact", include_retired=True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for index, rule in enumerate(self.rows):
            cells = [str(index + 1)]
            for question, (_, options) in QUESTIONS.items():
                value = rule.values[question]
                cells.append(label("impact", options.get(value, value)) if value else self.tr("任意"))
            cells.append(self.tr(label("channels", PRIORITIES.get(rule.values["priority"], ""))))
            cells.append(self.tr("已停用") if rule.retired else self.tr("在用"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if rule.retired:
                    item.setForeground(QBrush(RETIRED_COLOUR))
                self.table.setItem(index, col, item)
            if rule.id == keep:
                self.table.selectRow(index)
        self._selected()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()].id if rows else None

    def _selected(self) -> None:
        rule = next((r for r in self.rows if r.id == self.selected_id()), None)
        for button in (self.save_button, self.retire_button, self.up_button, self.down_button):
            button.setEnabled(rule is not None)
        self.retire_button.setText(self.tr("恢复") if rule and rule.retired else self.tr("停用"))
        if rule is not None:
            self.error.hide()
            for question, combo in self.answers.items():
                combo.setCurrentIndex(max(0, combo.findData(rule.values[question])))
            self.priority.setCurrentIndex(self.priority.findData(rule.values["priority"]))

    # actions ------------------------------------------------------------------------------
    def _values(self) -> dict:
        values = {q: combo.currentData() for q, combo in self.answers.items()}
        values["priority"] = self.priority.currentData()
        return values

    def _run(self, action, done: str, keep: int | None = None) -> None:
        run_rule_action(self, action, done, keep)

    def _add(self) -> int:
        rule_id = rules.add_rule("impact", self._values(), actor=self.session.actor)
        ids = [r.id for r in rules.list_rules("impact", include_retired=True)]
        fallback = [r.id for r in self.rows if not r.retired
                    and not any(r.values[q] for q in QUESTIONS)]
        if fallback and any(self._values()[q] for q in QUESTIONS):
            move_rule("impact", rule_id, ids.index(fallback[-1]) - ids.index(rule_id),
                      actor=self.session.actor)
        return rule_id

    def add(self) -> None:
        self._run(self._add, self.tr("已新增规则。"))

    def save(self) -> None:
        rule_id = self.selected_id()
        self._run(lambda: rules.edit_rule("impact", rule_id, self._values(),
                                          actor=self.session.actor),
                  self.tr("已保存。"), keep=rule_id)

    def toggle_retired(self) -> None:
        rule = next(r for r in self.rows if r.id == self.selected_id())
        self._run(lambda: rules.set_rule_retired("impact", rule.id, not rule.retired,
                                                 actor=self.session.actor),
                  self.tr("已恢复。") if rule.retired else self.tr("已停用。"), keep=rule.id)

    def move(self, step: int) -> None:
        rule_id = self.selected_id()
        self._run(lambda: move_rule("impact", rule_id, step, actor=self.session.actor) and None,
                  self.tr("已调整顺序。"), keep=rule_id)
