"""奖罚 › 自动规则: the rules that propose records by themselves (a carrier's exception under
its agreement clause, a missed ten-minute report, a target at period end), the amount from
which two approvers are needed, and running the rules now."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.rewards import KINDS, yuan_text
from aftersales_desktop.services import reward_rules as service
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.reward_records import second_approval_fen, set_second_approval
from aftersales_desktop.services.reward_rule_run import run_rules
from ui.labels import QT_TRANSLATE_NOOP, label
from ui.rule_editor import RuleEditorPage
from ui.rules_messages import rule_error


@dataclass(frozen=True)
class _Shown:
    """A rule as the editor page lists it (`retired`: switched off)."""
    rule: service.RuleRow

    id = property(lambda self: self.rule.id)
    retired = property(lambda self: not self.rule.active)


class RewardRulesPanel(RuleEditorPage):
    COLUMNS = (QT_TRANSLATE_NOOP("RewardRulesPanel", "名称"), QT_TRANSLATE_NOOP("RewardRulesPanel", "触发条件"), QT_TRANSLATE_NOOP("RewardRulesPanel", "提议"), QT_TRANSLATE_NOOP("RewardRulesPanel", "细分类别 / 次数"), QT_TRANSLATE_NOOP("RewardRulesPanel", "金额（元）"), QT_TRANSLATE_NOOP("RewardRulesPanel", "依据"))
    LABELS = {"name": QT_TRANSLATE_NOOP("RewardRulesPanel", "名称"), "event": QT_TRANSLATE_NOOP("RewardRulesPanel", "触发条件"), "kind": QT_TRANSLATE_NOOP("RewardRulesPanel", "提议"), "subcategory_code": QT_TRANSLATE_NOOP("RewardRulesPanel", "细分类别"),
              "threshold": QT_TRANSLATE_NOOP("RewardRulesPanel", "次数"), "amount": QT_TRANSLATE_NOOP("RewardRulesPanel", "金额"), "measure": QT_TRANSLATE_NOOP("RewardRulesPanel", "措施"), "basis": QT_TRANSLATE_NOOP("RewardRulesPanel", "依据"),
              "second_approval": QT_TRANSLATE_NOOP("RewardRulesPanel", "两人审批金额")}

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.threshold_edit = QLineEdit(yuan_text(second_approval_fen()).replace(",", ""))
        self.threshold_edit.setMaximumWidth(120)
        save = QPushButton(self.tr("保存"))
        save.clicked.connect(self.save_threshold)
        self.run_button = QPushButton(self.tr("立即运行规则"))
        self.run_button.clicked.connect(self.run_now)
        row = QHBoxLayout()
        caption = QLabel(self.tr("金额达到(&M)"))
        caption.setBuddy(self.threshold_edit)
        for widget in (caption, self.threshold_edit, QLabel(self.tr("元，或降级、辞退，须两人批准")),
                       save):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.run_button)
        self.layout().insertLayout(self.layout().count() - 1, row)

    def build_form(self, grid: QGridLayout) -> None:
        self.name = QLineEdit()
        self.trigger = QComboBox()
        for event in service.EVENTS.values():
            self.trigger.addItem(label("reward_rules", event.label), event.code)
        self.kind = QComboBox()
        self.subcategory = QComboBox()
        for option in active_categories():
            if option.code == "logistics":
                for code, name in option.children:
                    self.subcategory.addItem(name, code)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 10_000)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("奖金、罚款须填"))
        self.measure = QLineEdit()
        self.measure.setPlaceholderText(self.tr("默认按类别，如 通报表扬"))
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(self.tr("制度条款，如《客诉管理奖罚制度》第3条"))
        cells = ((self.tr("名称"), self.name), (self.tr("触发条件"), self.trigger), (self.tr("提议"), self.kind),
                 (self.tr("细分类别"), self.subcategory), (self.tr("次数"), self.threshold), (self.tr("金额（元）"), self.amount),
                 (self.tr("措施"), self.measure), (self.tr("依据"), self.basis))
        for index, (text, widget) in enumerate(cells):
            caption = QLabel(self.tr(text))
            caption.setBuddy(widget)
            grid.addWidget(caption, index // 3, (index % 3) * 2)
            grid.addWidget(widget, index // 3, (index % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.trigger.currentIndexChanged.connect(self._event_changed)
        self._event_changed()

    def _event_changed(self) -> None:
        event = service.EVENTS[self.trigger.currentData()]
        current = self.kind.currentData()
        self.kind.clear()
        for kind in KINDS.values():
            if kind.side in event.sides and kind.recipient in event.recipients:
                self.kind.addItem(label("rewards", kind.label), kind.code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.subcategory.setEnabled(event.needs_subcategory)
        self.threshold.setEnabled(event.needs_threshold)
        self.amount.setEnabled(event.code != "carrier_exception")

    def load_rows(self, include_retired: bool) -> list:
        return [_Shown(r) for r in service.rules() if include_retired or r.active]

    def cells(self, shown) -> list[str]:
        r = shown.rule
        detail = r.subcategory_name or (str(r.threshold) if r.threshold else "")
        return [r.name, label("reward_rules", r.event_label), label("rewards", r.kind_label), detail,
                yuan_text(r.amount_fen), r.basis or ""]

    def fill_form(self, shown) -> None:
        r = shown.rule
        self.name.setText(r.name)
        self.trigger.setCurrentIndex(max(0, self.trigger.findData(r.event)))
        self.kind.setCurrentIndex(max(0, self.kind.findData(r.kind)))
        self.subcategory.setCurrentIndex(max(0, self.subcategory.findData(r.subcategory_code)))
        self.threshold.setValue(r.threshold or 1)
        self.amount.setText(yuan_text(r.amount_fen).replace(",", ""))
        self.measure.setText(r.measure or "")
        self.basis.setText(r.basis or "")

    def form_values(self) -> dict:
        return {"name": self.name.text(), "event": self.trigger.currentData(),
                "kind": self.kind.currentData(), "subcategory_code": self.subcategory.currentData(),
                "threshold": self.threshold.value(), "amount": self.amount.text(),
                "measure": self.measure.text(), "basis": self.basis.text()}

    def add(self, values: dict) -> tuple[int, str]:
        rule_id = service.save_rule(values, self.session.actor)
        return rule_id, self.tr("已新增规则，从现在起生效。")

    def edit(self, rule_id: int, values: dict) -> tuple[int, str]:
        service.save_rule(values, self.session.actor, rule_id)
        return rule_id, self.tr("已保存修改。")

    def set_retired(self, rule_id: int, retired: bool) -> tuple[int, str]:
        service.set_rule_active(rule_id, not retired, self.session.actor)
        return rule_id, (self.tr("已停用，不再提议。") if retired
                         else self.tr("已恢复，只对恢复之后发生的情况提议。"))

    def save_threshold(self) -> None:
        try:
            fen = set_second_approval(self.threshold_edit.text(), self.session.actor)
        except ValidationError as exc:
            self._say(rule_error(exc, self.LABELS), error=True)
            return
        self._say(self.tr("已保存：%1 元起须两人批准。").replace("%1", yuan_text(fen)))

    def run_now(self) -> None:
        report = run_rules()
        text = self.tr("规则已运行，新提议 %1 条，请在“待我审批”中处理。").replace(
            "%1", str(report.proposed))
        if report.more:
            text += self.tr(" 还有更多，将在下一次检查时继续提议。")
        if report.failed:
            text += self.tr(" 出错的规则：%1").replace("%1", "；".join(
                f"{name}（{error}）" for name, error in report.failed))
        self._say(text, error=bool(report.failed))
