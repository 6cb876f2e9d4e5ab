"""设置 › 时限与升级 › 时限设置: time-limit policies per priority and category (the business hours
are scalar settings on the 营业时间 page)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QSpinBox,
)

from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.sla_policy import DEADLINE_KINDS, POLICY_KINDS
from aftersales_desktop.services import sla_settings as sla
from ui.labels import QT_TRANSLATE_NOOP, label, labels, limit_text
from ui.rule_editor import ANY, CategoryPicker, RuleEditorPage

UNIT_TEXT = {"minute": QT_TRANSLATE_NOOP("SlaPage", "分钟"), "hour": QT_TRANSLATE_NOOP("SlaPage", "小时"),
             "working_hour": QT_TRANSLATE_NOOP("SlaPage", "工作小时"),
             "working_day": QT_TRANSLATE_NOOP("SlaPage", "工作日")}  # the units of sla.UNITS


class SlaPage(RuleEditorPage):
    COLUMNS = (QT_TRANSLATE_NOOP("SlaPage", "时限类型"), QT_TRANSLATE_NOOP("SlaPage", "优先级"), QT_TRANSLATE_NOOP("SlaPage", "类别"), QT_TRANSLATE_NOOP("SlaPage", "子类"), QT_TRANSLATE_NOOP("SlaPage", "提前预警"), QT_TRANSLATE_NOOP("SlaPage", "时限"), QT_TRANSLATE_NOOP("SlaPage", "预警时"), QT_TRANSLATE_NOOP("SlaPage", "超时时"))
    ACTION_TEXT = {"notify": QT_TRANSLATE_NOOP("SlaPage", "提醒处理人"), "escalate": QT_TRANSLATE_NOOP("SlaPage", "自动升级")}
    LABELS = {"kind": QT_TRANSLATE_NOOP("SlaPage", "时限类型"), "priority": QT_TRANSLATE_NOOP("SlaPage", "优先级"), "category_code": QT_TRANSLATE_NOOP("SlaPage", "类别"),
              "subcategory_code": QT_TRANSLATE_NOOP("SlaPage", "子类"), "amount": QT_TRANSLATE_NOOP("SlaPage", "时限"), "unit": QT_TRANSLATE_NOOP("SlaPage", "单位"),
              "warn_percent": QT_TRANSLATE_NOOP("SlaPage", "提前预警"), "opens": QT_TRANSLATE_NOOP("SlaPage", "上班时间"), "closes": QT_TRANSLATE_NOOP("SlaPage", "下班时间"),
              "on_warning": QT_TRANSLATE_NOOP("SlaPage", "预警时"), "on_breach": QT_TRANSLATE_NOOP("SlaPage", "超时时")}

    def build_form(self, grid: QGridLayout) -> None:
        self.kind = QComboBox()
        for kind in POLICY_KINDS:
            self.kind.addItem(self.tr(label("sla_policy", DEADLINE_KINDS[kind])), kind)
        self.priority = QComboBox()
        self.priority.addItem(label("CategoryPicker", ANY), None)
        for code, text in labels("channels", PRIORITIES).items():
            self.priority.addItem(self.tr(text), code)
        self.categories = CategoryPicker(allow_any=True)
        self.amount = QSpinBox()
        self.amount.setRange(1, sla.MAX_AMOUNT)
        self.unit = QComboBox()
        for unit, text in UNIT_TEXT.items():
            self.unit.addItem(self.tr(text), unit)
        self.warn = QSpinBox()
        self.warn.setRange(1, 100)
        self.warn.setValue(75)
        self.warn.setSuffix(self.tr(" %"))
        self.warn.setToolTip(self.tr("时限过去这一比例时提前预警"))
        self.on_warning, self.on_breach = QComboBox(), QComboBox()
        for combo in (self.on_warning, self.on_breach):
            for action, text in self.ACTION_TEXT.items():
                combo.addItem(self.tr(text), action)
        self.on_breach.setCurrentIndex(self.on_breach.findData("escalate"))
        limit = QHBoxLayout()
        limit.addWidget(self.amount, 1)
        limit.addWidget(self.unit, 1)
        cells = ((self.tr("时限类型"), self.kind), (self.tr("优先级"), self.priority),
                 (self.tr("类别"), self.categories.category),
                 (self.tr("子类"), self.categories.subcategory),
                 (self.tr("提前预警"), self.warn))
        for index, (caption, widget) in enumerate(cells):
            grid.addWidget(QLabel(caption), index // 3, (index % 3) * 2)
            grid.addWidget(widget, index // 3, (index % 3) * 2 + 1)
        for column, (caption, widget) in enumerate(((self.tr("预警时"), self.on_warning),
                                                    (self.tr("超时时"), self.on_breach))):
            grid.addWidget(QLabel(caption), 2, column * 2)
            grid.addWidget(widget, 2, column * 2 + 1)
        grid.addWidget(QLabel(self.tr("时限")), 1, 4)
        grid.addLayout(limit, 1, 5)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

    def load_rows(self, include_retired: bool) -> list:
        return sla.list_policies(include_retired)

    def cells(self, row) -> list[str]:
        v = row.values
        return [self.tr(label("sla_policy", DEADLINE_KINDS[v["kind"]])),
                label("channels", PRIORITIES[v["priority"]]) if v["priority"] else label("CategoryPicker", ANY),
                self.categories.name(v["category_code"]),
                self.categories.name(v["subcategory_code"]),
                f"{v['warn_percent']}%", limit_text(v["amount"], v["unit"]),
                self.tr(self.ACTION_TEXT[v["on_warning"]]), self.tr(self.ACTION_TEXT[v["on_breach"]])]

    def fill_form(self, row) -> None:
        v = row.values
        self.kind.setCurrentIndex(self.kind.findData(v["kind"]))
        self.priority.setCurrentIndex(max(self.priority.findData(v["priority"]), 0))
        self.categories.set(v["category_code"], v["subcategory_code"])
        self.amount.setValue(v["amount"])
        self.unit.setCurrentIndex(self.unit.findData(v["unit"]))
        self.warn.setValue(v["warn_percent"])
        self.on_warning.setCurrentIndex(self.on_warning.findData(v["on_warning"]))
        self.on_breach.setCurrentIndex(self.on_breach.findData(v["on_breach"]))

    def form_values(self) -> dict:
        return {"kind": self.kind.currentData(), "priority": self.priority.currentData(),
                **self.categories.values(), "amount": self.amount.value(),
                "unit": self.unit.currentData(), "warn_percent": self.warn.value(),
                "on_warning": self.on_warning.currentData(),
                "on_breach": self.on_breach.currentData()}

    def _done(self, change: sla.SlaChange, text: str) -> tuple[int, str]:
        if change.changed:
            text += self.tr("已重新计算 %1 张未结工单的时限。").replace("%1", str(change.recomputed))
        return change.policy_id, text

    def add(self, values: dict) -> tuple[int, str]:
        return self._done(sla.add_policy(values, actor=self.session.actor), self.tr("已新增。"))

    def edit(self, rule_id: int, values: dict) -> tuple[int, str]:
        change = sla.edit_policy(rule_id, values, actor=self.session.actor)
        return self._done(change, self.tr("已保存。") if change.changed else self.tr("没有改动。"))

    def set_retired(self, rule_id: int, retired: bool) -> tuple[int, str]:
        change = sla.set_policy_retired(rule_id, retired, actor=self.session.actor)
        return self._done(change, self.tr("已停用。") if retired else self.tr("已恢复。"))
