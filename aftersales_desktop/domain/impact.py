"""Impact assessment (seed 000): four answers give a suggested priority through a rule table."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.errors import ValidationError

# question → (label, {answer code: label})
QUESTIONS = {
    "loss": ("客户的实际损失", {
        "none": "无实际损失", "minor": "轻微损失", "major": "较大损失（退货、食品安全隐患等）"}),
    "scope": ("问题的普遍性", {
        "single": "单个客户", "systemic": "系统性问题（多个客户）"}),
    "urgency": ("问题的紧急性", {
        "none": "不影响正常经营或生活", "business": "影响客户正常经营",
        "health_safety": "造成健康或安全隐患"}),
    "repair": ("问题的可修复性", {
        "simple": "简单处理即可解决", "compensation": "需要补偿或复杂修复方案"}),
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
        parts = [f"{QUESTIONS[q][0]}：{QUESTIONS[q][1].get(v, v)}"
                 for q, v in self.conditions().items()]
        return "；".join(parts) if parts else "其他情况"


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
                raise ValidationError(f"impact.{question}", f"请回答“{label}”")
            continue
        if value not in options:
            for code, text in options.items():
                if text == value:
                    value = code
                    break
            else:
                raise ValidationError(f"impact.{question}",
                                      f"unknown '{value}'; expected one of {', '.join(options)}")
        clean[question] = value
    return clean


def suggest_priority(answers: dict[str, str], rules: list[ImpactRule]) -> ImpactSuggestion:
    answers = check_answers(answers, complete=False)
    for rule in rules:
        if rule.matches(answers):
            return ImpactSuggestion(rule.priority, f"依据规则：{rule.describe()} → "
                                    f"{PRIORITIES.get(rule.priority, rule.priority)}")
    return ImpactSuggestion("normal", "没有匹配的规则，按一般处理")
