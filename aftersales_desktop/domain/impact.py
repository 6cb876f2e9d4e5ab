"""Impact assessment (seed 000): four answers give a suggested priority through a rule table."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

from dataclasses import dataclass

from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.errors import ValidationError

# question → (label, {answer code: label})
QUESTIONS = {
    "loss": (QT_TRANSLATE_NOOP("impact", "客户的实际损失"), {
        "none": QT_TRANSLATE_NOOP("impact", "无实际损失"), "minor": QT_TRANSLATE_NOOP("impact", "轻微损失"), "major": QT_TRANSLATE_NOOP("impact", "较大损失（退货、食品安全隐患等）")}),
    "scope": (QT_TRANSLATE_NOOP("impact", "问题的普遍性"), {
        "single": QT_TRANSLATE_NOOP("impact", "单个客户"), "systemic": QT_TRANSLATE_NOOP("impact", "系统性问题（多个客户）")}),
    "urgency": (QT_TRANSLATE_NOOP("impact", "问题的紧急性"), {
        "none": QT_TRANSLATE_NOOP("impact", "不影响正常经营或生活"), "business": QT_TRANSLATE_NOOP("impact", "影响客户正常经营"),
        "health_safety": QT_TRANSLATE_NOOP("impact", "造成健康或安全隐患")}),
    "repair": (QT_TRANSLATE_NOOP("impact", "问题的可修复性"), {
        "simple": QT_TRANSLATE_NOOP("impact", "简单处理即可解决"), "compensation": QT_TRANSLATE_NOOP("impact", "需要补偿或复杂修复方案")}),
}


@dataclass(frozen=True)
class ImpactRule:
    """A row of the table: None matches any answer; the first matching row wins."""
    priority: str
    loss: str | None = None
    scope: str | None = None
    urgency: str | None = None
    repair: str | None = None

    def conditions(self) -> dict[str, str]:
        return {q: getattr(self, q) for q in QUESTIONS if getattr(self, q) is not None}

    def matches(self, answers: dict[str, str]) -> bool:
        return all(answers.get(q) == value for q, value in self.conditions().items())

    def describe(self) -> str:
        parts = [Text(QT_TRANSLATE_NOOP("errors", "{question}：{answer}"), question=QUESTIONS[q][0],
                      answer=QUESTIONS[q][1].get(v, v)) for q, v in self.conditions().items()]
        if not parts:
            return Text(QT_TRANSLATE_NOOP("errors", "其他情况"))
        text = parts[0]
        for part in parts[1:]:  # a；b；c, each part translatable
            text = Text(QT_TRANSLATE_NOOP("errors", "{a}；{b}"), a=text, b=part)
        return text


@dataclass(frozen=True)
class ImpactSuggestion:
    priority: str
    reason: str  # which row decided, in words

    @property
    def label(self) -> str:
        return PRIORITIES.get(self.priority, self.priority)


def check_answers(answers: dict[str, str | None], complete: bool = True) -> dict[str, str]:
    """Answers as codes; every question answered when `complete`."""
    clean = {}
    for question, (label, options) in QUESTIONS.items():
        value = (answers or {}).get(question)
        if value in (None, ""):
            if complete:
                raise ValidationError(f"impact.{question}", QT_TRANSLATE_NOOP("errors", "请回答“{label}”"), label=label)
            continue
        if value not in options:
            for code, text in options.items():
                if text == value:
                    value = code
                    break
            else:
                raise ValidationError(f"impact.{question}",
                                      QT_TRANSLATE_NOOP("errors", "无法识别“{value}”，请填以下之一：{value2}"), value=value, value2=', '.join(options))
        clean[question] = value
    return clean


def suggest_priority(answers: dict[str, str], rules: list[ImpactRule]) -> ImpactSuggestion:
    answers = check_answers(answers, complete=False)
    for rule in rules:
        if rule.matches(answers):
            return ImpactSuggestion(rule.priority, Text(
                QT_TRANSLATE_NOOP("errors", "依据规则：{rule} → {priority}"), rule=rule.describe(),
                priority=PRIORITIES.get(rule.priority, rule.priority)))
    return ImpactSuggestion("normal", Text(QT_TRANSLATE_NOOP("errors", "没有匹配的规则，按一般处理")))
