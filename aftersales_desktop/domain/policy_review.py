"""Automatic policy review (seed 001): the facts of a ticket against the after-sales policy.

A failed rule carries the written reason the clerk reads to the customer. The reason text may
use {days} (the rule's limit), {elapsed} (days that have passed) and {since} (the date counted
from); any other brace stays as written.
"""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from dataclasses import dataclass, field
from datetime import date

KINDS = {
    "return_window": QT_TRANSLATE_NOOP("policy_review", "申请期限（自签收或购买起）"),
    "evidence_required": QT_TRANSLATE_NOOP("policy_review", "须提供凭证（照片、视频）"),
    "warranty": QT_TRANSLATE_NOOP("policy_review", "保修期（自购买起）"),
}


@dataclass(frozen=True)
class ReviewRule:
    code: str
    kind: str
    reason: str
    category: str | None = None  # top-level code; None with subcategory None: every ticket
    subcategory: str | None = None
    days: int | None = None

    def applies_to(self, category: str | None, subcategory: str | None) -> bool:
        if self.subcategory is not None:
            return self.subcategory == subcategory
        return self.category is None or self.category == category


@dataclass(frozen=True)
class TicketFacts:
    category: str | None
    subcategory: str | None
    claimed_on: date  # the day the complaint was received
    purchased_on: date | None = None
    delivered_on: date | None = None
    evidence_files: int = 0


@dataclass(frozen=True)
class ReviewFailure:
    code: str
    reason: str


@dataclass(frozen=True)
class ReviewOutcome:
    failures: tuple[ReviewFailure, ...] = ()
    notes: tuple[str, ...] = field(default=())  # checks that could not be made

    @property
    def passed(self) -> bool:
        return not self.failures

    def reason_text(self) -> str:
        """The rejection notice: every failed rule's reason, one per line."""
        return "\n".join(f.reason for f in self.failures)

    def codes(self) -> str:
        return ",".join(f.code for f in self.failures) or "pass"


def _fill(text: str, **values) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def _check(rule: ReviewRule, facts: TicketFacts) -> str | ReviewFailure | None:
    """None: passed; a string: a note that the check could not be made; else the failure."""
    if rule.kind == "evidence_required":
        return None if facts.evidence_files > 0 else ReviewFailure(rule.code, rule.reason)
    if rule.kind == "return_window":
        since, what = ((facts.delivered_on, "签收日期") if facts.delivered_on
                       else (facts.purchased_on, "购买日期"))
    elif rule.kind == "warranty":
        since, what = facts.purchased_on, "购买日期"
    else:
        return f"未知的审核规则类型 {rule.kind}（{rule.code}），未检查"
    if since is None or rule.days is None:
        return f"未填写{what}，未检查“{KINDS[rule.kind]}”"
    elapsed = (facts.claimed_on - since).days
    if elapsed <= rule.days:
        return None
    return ReviewFailure(rule.code, _fill(rule.reason, days=rule.days, elapsed=elapsed,
                                          since=since.isoformat()))


def review(facts: TicketFacts, rules: list[ReviewRule]) -> ReviewOutcome:
    failures, notes = [], []
    for rule in rules:
        if not rule.applies_to(facts.category, facts.subcategory):
            continue
        result = _check(rule, facts)
        if isinstance(result, ReviewFailure):
            failures.append(result)
        elif result:
            notes.append(result)
    return ReviewOutcome(tuple(failures), tuple(notes))
