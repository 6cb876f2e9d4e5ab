"""设置 › 升级链: each department's levels above the handler, lowest first; a level is added on
top, changed in place, and only the top one can be removed so the levels stay contiguous."""
from __future__ import annotations


from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import escalation_chain as chains
from aftersales_desktop.services.classification_rules import department_names
from aftersales_desktop.services.staff import list_staff
from ui.labels import QT_TRANSLATE_NOOP
from ui.rules_messages import rule_error

ROLES = {"supervisor": QT_TRANSLATE_NOOP("EscalationChainPage", "主管/客服经理"), "branch_manager": QT_TRANSLATE_NOOP("EscalationChainPage", "分公司经理"),
         "company_manager": QT_TRANSLATE_NOOP("EscalationChainPage", "公司经理")}
BY_ROLE = QT_TRANSLATE_NOOP("EscalationChainPage", "（不指定，由该角色的在岗人员接收）")


class EscalationChainPage(QWidget):
    COLUMNS = (QT_TRANSLATE_NOOP("EscalationChainPage", "级别"), QT_TRANSLATE_NOOP("EscalationChainPage", "职务"), QT_TRANSLATE_NOOP("EscalationChainPage", "角色"), QT_TRANSLATE_NOOP("EscalationChainPage", "指定人员"), QT_TRANSLATE_NOOP("EscalationChainPage", "部门负责人"))
    LABELS = {"department": QT_TRANSLATE_NOOP("EscalationChainPage", "部门"), "level": QT_TRANSLATE_NOOP("EscalationChainPage", "级别"), "title": QT_TRANSLATE_NOOP("EscalationChainPage", "职务名称"), "role": QT_TRANSLATE_NOOP("EscalationChainPage", "角色"),
              "staff": QT_TRANSLATE_NOOP("EscalationChainPage", "指定人员"), "as": QT_TRANSLATE_NOOP("EscalationChainPage", "操作人")}

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.levels: list[chains.ChainLevel] = []
        self.labels = {k: self.tr(v) for k, v in self.LABELS.items()}
        self.department = QComboBox()
        self.department.addItems(department_names())
        self.department.currentIndexChanged.connect(lambda: self.refresh())
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.level = QSpinBox()
        self.level.setRange(1, 1)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如 客服经理"))
        self.role = QComboBox()
        for code, text in ROLES.items():
            self.role.addItem(self.tr(text), code)
        self.staff = QComboBox()
        self.staff.addItem(self.tr(BY_ROLE), None)
        for person in list_staff():
            if person.active:
                self.staff.addItem(f"{person.name}（{person.login}）", person.login)
        for combo in (self.role, self.staff):  # as wide as the form gives, not the longest item
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.is_head = QCheckBox(self.tr("该级为部门负责人"))
        self.new_button = QPushButton(self.tr("新增一级"))
        self.new_button.clicked.connect(self.new_level)
        self.save_button = QPushButton(self.tr("保存该级"))
        self.save_button.clicked.connect(self.save_level)
        self.remove_button = QPushButton(self.tr("删除最高一级"))
        self.remove_button.clicked.connect(self.remove_top)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("部门：")))
        top.addWidget(self.department)
        top.addStretch(1)
        hint = QLabel(self.tr("第 0 级是工单的处理人；升级时逐级向上。只能删除最高一级，"
                              "以保持级别连续。"))
        hint.setWordWrap(True)
        form = QGridLayout()
        cells = ((self.tr("级别"), self.level), (self.tr("职务名称"), self.title),
                 (self.tr("角色"), self.role), (self.tr("指定人员"), self.staff))
        for index, (label, widget) in enumerate(cells):
            form.addWidget(QLabel(label), index // 2, (index % 2) * 2)
            form.addWidget(widget, index // 2, (index % 2) * 2 + 1)
        form.addWidget(self.is_head, 2, 1)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.new_button, self.save_button, self.remove_button):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(hint)
        column.addWidget(self.table, 1)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addLayout(buttons)
        column.addWidget(self.message)

    def refresh(self, keep: int | None = None) -> None:
        self.levels = chains.chain(self.department.currentText())
        self.table.setRowCount(len(self.levels))
        for row, level in enumerate(self.levels):
            texts = (str(level.level), level.title, self._role_text(level.role),
                     level.staff_name or self.tr("（按角色）"),
                     self.tr("是") if level.is_head else "")
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.level.setRange(1, len(self.levels) + 1)
        numbers = [level.level for level in self.levels]
        if keep in numbers:
            self.table.selectRow(numbers.index(keep))
        else:
            self.table.clearSelection()
            self.new_level()
        self._row_selected()

    def _role_text(self, role: str) -> str:
        return self.tr(ROLES[role]) if role in ROLES else role

    def selected(self) -> chains.ChainLevel | None:
        rows = self.table.selectionModel().selectedRows()
        return self.levels[rows[0].row()] if rows else None

    def _row_selected(self) -> None:
        level = self.selected()
        top = bool(self.levels) and level is not None and level.level == self.levels[-1].level
        self.remove_button.setEnabled(top)
        if level is None:
            return
        self.level.setValue(level.level)
        self.title.setText(level.title)
        if self.role.findData(level.role) < 0:
            self.role.addItem(level.role, level.role)
        self.role.setCurrentIndex(self.role.findData(level.role))
        self.staff.setCurrentIndex(max(self.staff.findData(level.staff_login), 0))
        self.is_head.setChecked(level.is_head)

    def new_level(self) -> None:
        """Empty the form for a level on top of the chain."""
        self.table.clearSelection()
        self.level.setValue(len(self.levels) + 1)
        self.title.clear()
        self.role.setCurrentIndex(min(len(self.levels), self.role.count() - 1))
        self.staff.setCurrentIndex(0)
        self.is_head.setChecked(not self.levels)
        self.title.setFocus()

    def save_level(self) -> None:
        number = self.level.value()
        self._run(lambda: chains.set_level(
            self.department.currentText(), number, self.title.text(), self.role.currentData(),
            self.staff.currentData(), self.is_head.isChecked(), actor=self.session.actor),
            self.tr("已保存第 %1 级").replace("%1", str(number)), keep=number)

    def remove_top(self) -> None:
        level = self.selected()
        if level is None:
            return
        self._run(lambda: chains.remove_level(self.department.currentText(), level.level,
                                              actor=self.session.actor),
                  self.tr("已删除第 %1 级").replace("%1", str(level.level)), keep=None)

    def _run(self, action, done: str, keep: int | None) -> None:
        """A refusal shows under the form, naming the field, and keeps what was typed."""
        self.message.clear()
        self.error.hide()
        try:
            action()
        except ValidationError as exc:
            self.error.setText(rule_error(exc, self.labels))
            self.error.show()
            field = {"level": self.level, "title": self.title, "role": self.role,
                     "staff": self.staff}.get(exc.field)
            if field is not None:
                field.setFocus()
            return
        self.refresh(keep=keep)
        self.message.setStyleSheet("color: #2e7d32;")
        self.message.setText(done)
