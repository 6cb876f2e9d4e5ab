"""设置 › 自动分派规则: category / sub-category (and branch, for logistics) → handling department."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit

from aftersales_desktop.services import classification_rules as rules
from ui.labels import QT_TRANSLATE_NOOP, label
from ui.rule_editor import ANY, CategoryPicker, RuleEditorPage

KIND = "assignment"


class AssignmentRulesPage(RuleEditorPage):
    COLUMNS = (QT_TRANSLATE_NOOP("AssignmentRulesPage", "类别"), QT_TRANSLATE_NOOP("AssignmentRulesPage", "子类"), QT_TRANSLATE_NOOP("AssignmentRulesPage", "分公司/网点"), QT_TRANSLATE_NOOP("AssignmentRulesPage", "处理部门"))
    LABELS = {"category_code": QT_TRANSLATE_NOOP("AssignmentRulesPage", "类别"), "subcategory_code": QT_TRANSLATE_NOOP("AssignmentRulesPage", "子类"), "branch": QT_TRANSLATE_NOOP("AssignmentRulesPage", "分公司/网点"),
              "department": QT_TRANSLATE_NOOP("AssignmentRulesPage", "处理部门")}

    def build_form(self, grid: QGridLayout) -> None:
        self.categories = CategoryPicker(allow_any=False)
        self.categories.category.currentIndexChanged.connect(self._category_changed)
        self.branch = QLineEdit()
        self.branch.setPlaceholderText(self.tr("仅物流类：与工单的分公司/网点完全一致，如 浦东"))
        self.branch.setMaxLength(40)
        self.department = QComboBox()
        self.department.addItems(rules.department_names())
        cells = ((self.tr("类别"), self.categories.category),
                 (self.tr("子类"), self.categories.subcategory),
                 (self.tr("分公司/网点"), self.branch), (self.tr("处理部门"), self.department))
        for index, (label, widget) in enumerate(cells):
            grid.addWidget(QLabel(label), index // 2, (index % 2) * 2)
            grid.addWidget(widget, index // 2, (index % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        hint = QLabel(self.tr("工单分到处理部门后，由部门内未缺勤、手头未结工单最少的人员处理；"
                              "子类或分公司更具体的规则优先。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        grid.addWidget(hint, 2, 0, 1, 4)
        self._category_changed()

    def _category_changed(self) -> None:
        logistics = self.categories.category.currentData() == "logistics"
        self.branch.setEnabled(logistics)
        if not logistics:
            self.branch.clear()

    def load_rows(self, include_retired: bool) -> list:
        return rules.list_rules(KIND, include_retired)

    def cells(self, row) -> list[str]:
        v = row.values
        return [self.categories.name(v["category_code"]),
                self.categories.name(v["subcategory_code"]),
                v["branch"] or (label("CategoryPicker", ANY) if v["category_code"] == "logistics" else ""),
                v["department"]]

    def fill_form(self, row) -> None:
        v = row.values
        self.categories.set(v["category_code"], v["subcategory_code"])
        self.branch.setText(v["branch"] or "")
        self.department.setCurrentIndex(max(self.department.findText(v["department"]), 0))

    def form_values(self) -> dict:
        return {**self.categories.values(), "branch": self.branch.text(),
                "department": self.department.currentText()}

    def add(self, values: dict) -> tuple[int, str]:
        rule_id = rules.add_rule(KIND, values, actor=self.session.actor)
        return rule_id, self.tr("已新增分派规则：%1 → %2。").replace(
            "%1", self.categories.name(values["subcategory_code"] or values["category_code"])
        ).replace("%2", values["department"])

    def edit(self, rule_id: int, values: dict) -> tuple[int, str]:
        rules.edit_rule(KIND, rule_id, values, actor=self.session.actor)
        return rule_id, self.tr("已保存修改，新分派的工单按此规则。")

    def set_retired(self, rule_id: int, retired: bool) -> tuple[int, str]:
        rules.set_rule_retired(KIND, rule_id, retired, actor=self.session.actor)
        return rule_id, self.tr("已停用。") if retired else self.tr("已恢复。")
