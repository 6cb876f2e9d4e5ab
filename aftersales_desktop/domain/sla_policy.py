"""Time-limit policies per deadline kind, priority and category, with the seed defaults."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from collections.abc import Iterable
from dataclasses import dataclass

from aftersales_desktop.domain.sla import DEFAULT_WARN_SHARE, TimeLimit

DEADLINE_KINDS = {
    "first_reply": QT_TRANSLATE_NOOP("sla_policy", "首次回复客户"),
    "solution": QT_TRANSLATE_NOOP("sla_policy", "给出解决方案"),
    "report": QT_TRANSLATE_NOOP("sla_policy", "上报主管"),
    "promised": QT_TRANSLATE_NOOP("sla_policy", "承诺解决时间"),
}
POLICY_KINDS = ("first_reply", "solution", "report")  # "promised" comes from the handler


@dataclass(frozen=True)
class SlaPolicy:
    kind: str
    limit: TimeLimit
    priority: str | None = None  # None matches any priority
    category: str | None = None  # top-level category code; None matches any
    subcategory: str | None = None
    warn_share: float = DEFAULT_WARN_SHARE

    def __post_init__(self):
        if self.kind not in POLICY_KINDS:
            raise ValueError(f"unknown deadline kind {self.kind!r}")
        if not 0 < self.warn_share <= 1:
            raise ValueError("the warning share must be in (0, 1]")

    def matches(self, priority: str | None, category: str | None,
                subcategory: str | None) -> bool:
        return all(want is None or want == have for want, have in (
            (self.priority, priority), (self.category, category), (self.subcategory, subcategory)))

    @property
    def specificity(self) -> int:
        return sum(value is not None for value in (self.priority, self.category, self.subcategory))


SEED_POLICIES = (
    # 000: first reply to the customer within 24 hours of receipt.
    SlaPolicy("first_reply", TimeLimit(24, "hour")),
    # 002: urgent — response within 24 h; normal — first solution within 1 working day; low — 3.
    SlaPolicy("solution", TimeLimit(24, "hour"), priority="urgent"),
    SlaPolicy("solution", TimeLimit(1, "working_day"), priority="normal"),
    SlaPolicy("solution", TimeLimit(3, "working_day"), priority="low"),
    # 004: logistics exceptions reported to the supervisor within 10 minutes.
    SlaPolicy("report", TimeLimit(10, "minute"), category="logistics"),
)


def pick_policy(policies: Iterable[SlaPolicy], kind: str, priority: str | None,
                category: str | None, subcategory: str | None = None) -> SlaPolicy | None:
    """The most specific matching policy of that kind; the earlier one wins a tie."""
    best: SlaPolicy | None = None
    for policy in policies:
        if policy.kind != kind or not policy.matches(priority, category, subcategory):
            continue
        if best is None or policy.specificity > best.specificity:
            best = policy
    return best
