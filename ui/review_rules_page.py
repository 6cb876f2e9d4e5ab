"""设置 › 政策审核规则: the automatic policy review checked when a ticket is classified (seed 001)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox

from aftersales_desktop.domain.policy_review import KINDS
from aftersales_desktop.services import classification_rules as rules
from ui.labels import QT_TRANSLATE_NOOP, label, labels
from ui.rule_editor import CategoryPicker, RuleEditorPage

KIND = "review"


class ReviewRulesPage(RuleEditorPage):
    COLUMNS = (QT_TRANSLATE_NOOP("ReviewRulesPage", "代码"), QT_TRANSLATE_NOOP("ReviewRulesPage", "检查内容"), QT_TRANSLATE_NOOP("ReviewRulesPage", "类别"), QT_TRANSLATE_NOOP("ReviewRulesPage", "子类"), QT_TRANSLATE_NOOP("ReviewRulesPage", "天数"), QT_TRANSLATE_NOOP("ReviewRulesPage", "驳回理由（读给客户）"))
    LABELS = {"code": QT_TRANSLATE_NOOP("ReviewRulesPage", "代码"), "kind": QT_TRANSLATE_NOOP("ReviewRulesPage", "检查内容"), "category_code": QT_TRANSLATE_NOOP("ReviewRulesPage", "类别"),
              "subcategory_code": QT_TRANSLATE_NOOP("ReviewRulesPage", "子类"), "days": QT_TRANSLATE_NOOP("ReviewRulesPage", "天数"), "reason": QT_TRANSLATE_NOOP("ReviewRulesPage", "驳回理由")}

    def build_form(self, grid: QGridLayout) -> None:
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("如 no_reason_7_days"))
        self.kind = QComboBox()
        for code, text in labels("policy_review", KINDS).items():
            self.kind.addItem(self.tr(text), code)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.categories = CategoryPicker(allow_any=True)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSuffix(self.tr(" 天"))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(64)
        self.reason.setPlaceholderText(self.tr(
            "可用 {days}（规则天数）、{elapsed}（已过天数）、{since}（起算日期）"))
        cells = ((self.tr("代码"), self.code), (self.tr("检查内容"), self.kind),
                 (self.tr("天数"), self.days), (self.tr("类别"), self.categories.category),
                 (self.tr("子类"), self.categories.subcategory))
        for index, (label, widget) in enumerate(cells):
            grid.addWidget(QLabel(label), index // 3, (index % 3) * 2)
            grid.addWidget(widget, index // 3, (index % 3) * 2 + 1)
        grid.addWidget(QLabel(self.tr("驳回理由")), 2, 0)
        grid.addWidget(self.reason, 2, 1, 1, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.days.setEnabled(self.kind.currentData() != "evidence_required")

    def load_rows(self, include_retired: bool) -> list:
        return rules.list_rules(KIND, include_retired)

    def cells(self, row) -> list[str]:
        v = row.values
        return [v["code"], self.tr(label("policy_review", KINDS.get(v["kind"], v["kind"]))),
                self.categories.name(v["category_code"]),
                self.categories.name(v["subcategory_code"]),
                "" if v["days"] is None else str(v["days"]), v["reason"]]

    def fill_form(self, row) -> None:
        v = row.values
        self.code.setText(v["code"])
        self.kind.setCurrentIndex(self.kind.findData(v["kind"]))
        self.categories.set(v["category_code"], v["subcategory_code"])
        self.days.setValue(v["days"] or 0)
        self.reason.setPlainText(v["reason"])

    def form_values(self) -> dict:
        kind = self.kind.currentData()
        return {"code": self.code.text().strip(), "kind": kind, **self.categories.values(),
                "days": None if kind == "evidence_required" else self.days.value(),
                "reason": self.reason.toPlainText()}

    def add(self, values: dict) -> tuple[int, str]:
        rule_id = rules.add_rule(KIND, values, actor=self.session.actor)
        return rule_id, self.tr("已新增审核规则 %1。").replace("%1", values["code"])

    def edit(self, rule_id: int, values: dict) -> tuple[int, str]:
        values.pop("code")  # the code names the rule in the audit trail and stays
        rules.edit_rule(KIND, rule_id, values, actor=self.session.actor)
        return rule_id, self.tr("已保存修改。")

    def set_retired(self, rule_id: int, retired: bool) -> tuple[int, str]:
        rules.set_rule_retired(KIND, rule_id, retired, actor=self.session.actor)
        return rule_id, self.tr("已停用，分类时不再检查。") if retired else self.tr("已恢复。")
