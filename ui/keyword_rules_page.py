"""设置 › 分类建议关键词: which words in a description suggest which category, and a try-out."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.category_suggestion import suggest
from aftersales_desktop.services import classification_rules as rules
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.taxonomy import list_taxonomy
from ui.field_errors import error_label
from ui.rules_messages import run_rule_action

RETIRED_COLOUR = QColor("#9e9e9e")


class KeywordRulesPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[rules.RuleRow] = []
        self.names: dict[str, str] = {}
        self.labels = {"keyword": self.tr("关键词"), "category_code": self.tr("类别"),
                       "subcategory_code": self.tr("细分类别"), "weight": self.tr("权重")}
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("关键词"), self.tr("建议的类别"),
                                              self.tr("权重"), self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)

        self.keyword = QLineEdit()
        self.keyword.setMaxLength(40)
        self.keyword.setPlaceholderText(self.tr("如 破损"))
        self.category = QComboBox()
        self.category.currentIndexChanged.connect(self._fill_subcategories)
        self.subcategory = QComboBox()
        self.weight = QSpinBox()
        self.weight.setRange(1, 10)
        self.weight.setToolTip(self.tr("同一描述命中多条规则时，权重之和高的类别排在前面"))
        self.add_button = QPushButton(self.tr("新增"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save)
        self.retire_button = QPushButton(self.tr("停用"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.error = error_label()
        form = QGroupBox(self.tr("关键词规则"))
        grid = QGridLayout(form)
        for col, (text, widget) in enumerate(((self.tr("关键词"), self.keyword),
                                              (self.tr("类别"), self.category),
                                              (self.tr("细分类别"), self.subcategory),
                                              (self.tr("权重"), self.weight))):
            grid.addWidget(QLabel(text), 0, 2 * col)
            grid.addWidget(widget, 0, 2 * col + 1)
        for col, button in enumerate((self.add_button, self.save_button, self.retire_button), 8):
            grid.addWidget(button, 0, col)
        grid.addWidget(self.error, 1, 0, 1, 11)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)

        self.sample = QLineEdit()
        self.sample.setPlaceholderText(self.tr("输入一段客户描述，看看系统会建议什么类别"))
        self.sample.textChanged.connect(self._try)
        self.result = QLabel()
        self.result.setWordWrap(True)
        trial = QGroupBox(self.tr("试一试"))
        column = QVBoxLayout(trial)
        column.addWidget(self.sample)
        column.addWidget(self.result)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("描述中出现关键词时，分类页面会建议对应的类别，并说明依据。"
                                        "不限细分的规则只为大类加分。")))
        layout.addWidget(self.table, 1)
        layout.addWidget(form)
        layout.addWidget(trial)
        layout.addWidget(self.message)

    def showEvent(self, event) -> None:  # another tab may have changed the taxonomy or rules
        self.refresh()
        super().showEvent(event)

    # data ---------------------------------------------------------------------------------
    def refresh(self, keep: int | None = None) -> None:
        keep = keep or self.selected_id()
        self.names = {e.code: e.name for e in list_taxonomy()}
        category = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.options = active_categories()
        for option in self.options:
            self.category.addItem(option.name, option.code)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        self.category.blockSignals(False)
        self._fill_subcategories()
        self.rows = rules.list_rules("keyword", include_retired=True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        for index, rule in enumerate(self.rows):
            values = rule.values
            cells = (values["keyword"], self.target(values["category_code"],
                                                    values["subcategory_code"]),
                     str(values["weight"]), self.tr("已停用") if rule.retired else self.tr("在用"))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if rule.retired:
                    item.setForeground(QBrush(RETIRED_COLOUR))
                self.table.setItem(index, col, item)
            if rule.id == keep:
                self.table.selectRow(index)
        self.table.resizeColumnToContents(0)
        self._selected()
        self._try()

    def target(self, category: str, subcategory: str | None) -> str:
        name = self.names.get(category, category)
        if subcategory is None:
            return name + self.tr("（不限细分）")
        return f"{name} › {self.names.get(subcategory, subcategory)}"

    def _fill_subcategories(self) -> None:
        self.subcategory.clear()
        self.subcategory.addItem(self.tr("（不限细分）"), None)
        option = next((o for o in self.options if o.code == self.category.currentData()), None)
        for code, name in option.children if option else []:
            self.subcategory.addItem(name, code)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()].id if rows else None

    def _selected(self) -> None:
        rule = next((r for r in self.rows if r.id == self.selected_id()), None)
        self.save_button.setEnabled(rule is not None)
        self.retire_button.setEnabled(rule is not None)
        self.retire_button.setText(self.tr("恢复") if rule and rule.retired else self.tr("停用"))
        if rule is not None:
            self.error.hide()
            self.keyword.setText(rule.values["keyword"])
            self.category.setCurrentIndex(self.category.findData(rule.values["category_code"]))
            self.subcategory.setCurrentIndex(
                max(0, self.subcategory.findData(rule.values["subcategory_code"])))
            self.weight.setValue(rule.values["weight"])

    def _try(self) -> None:
        text = self.sample.text().strip()
        found = suggest(text, rules.keyword_rules()) if text else []
        lines = [f"{self.target(s.category, s.subcategory)}　{s.why()}"
                 + self.tr("（得分 %1）").replace("%1", str(s.score))
                 for s in found]
        self.result.setText("\n".join(lines) if lines else
                            self.tr("没有建议：描述中没有出现任何在用的关键词。") if text else "")

    # actions ------------------------------------------------------------------------------
    def _values(self) -> dict:
        return {"keyword": self.keyword.text(), "category_code": self.category.currentData(),
                "subcategory_code": self.subcategory.currentData(), "weight": self.weight.value()}

    def _run(self, action, done: str, keep: int | None = None) -> None:
        run_rule_action(self, action, done, keep)

    def add(self) -> None:
        self._run(lambda: rules.add_rule("keyword", self._values(), actor=self.session.actor),
                  self.tr("已新增关键词“%1”。").replace("%1", self.keyword.text().strip()))

    def save(self) -> None:
        rule_id = self.selected_id()
        self._run(lambda: rules.edit_rule("keyword", rule_id, self._values(),
                                          actor=self.session.actor),
                  self.tr("已保存。"), keep=rule_id)

    def toggle_retired(self) -> None:
        rule = next(r for r in self.rows if r.id == self.selected_id())
        self._run(lambda: rules.set_rule_retired("keyword", rule.id, not rule.retired,
                                                 actor=self.session.actor),
                  (self.tr("已恢复。") if rule.retired else self.tr("已停用。")), keep=rule.id)
