"""A ticket's deadlines from its receipt, priority and category (plain values in, nothing written).

Times are naive UTC as stored. `category` is the top-level code ("logistics"), `subcategory` the
stored code ("logistics.damaged"); a subcategory alone is enough to find the category.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime, time

from aftersales_desktop.domain.clock import iso_utc, to_local
from aftersales_desktop.domain.sla import (
    DEFAULT_HOURS, DEFAULT_WARN_SHARE, BusinessHours, Pause, TimeLimit, clamp, deadline,
    deadline_state)
from aftersales_desktop.domain.sla_policy import POLICY_KINDS, SEED_POLICIES, SlaPolicy, pick_policy
from aftersales_desktop.domain.work_calendar import WorkCalendar

PROMISED_LABEL = "承诺时间"


@dataclass(frozen=True)
class TicketDeadline:
    kind: str
    due_at: datetime | None  # None while an open pause stops the clock
    warn_at: datetime | None
    limit_label: str  # "1个工作日", "24小时", or PROMISED_LABEL

    def state_at(self, now: datetime) -> str:
        return deadline_state(self.due_at, self.warn_at, now)


@dataclass(frozen=True)
class TicketDeadlines:
    first_reply: TicketDeadline | None
    solution: TicketDeadline | None
    report: TicketDeadline | None
    promised: TicketDeadline | None
    estimated_years: tuple[int, ...]  # calendar years used whose official schedule is missing

    def all(self) -> list[TicketDeadline]:
        return [value for f in fields(self) if isinstance(value := getattr(self, f.name),
                                                            TicketDeadline)]

    def as_json(self) -> dict[str, str | None]:
        """The `deadlines` object of `ticket show --json`: ISO 8601 with offset, or null."""
        return {kind: (None if (item := getattr(self, kind)) is None else iso_utc(item.due_at))
                for kind in ("first_reply", "solution", "report", "promised")}


def _promised(received_at: datetime, promised_at: datetime, promised_on: datetime | None,
              warn_share: float) -> TicketDeadline:
    due = clamp(promised_at)
    made = min(clamp(promised_on or received_at), due)
    return TicketDeadline("promised", due, made + (due - made) * warn_share, PROMISED_LABEL)


def compute_deadlines(received_at: datetime, priority: str, category: str | None = None,
                      subcategory: str | None = None, *, promised_at: datetime | None = None,
                      promised_on: datetime | None = None, pauses: Iterable[Pause] = (),
                      policies: Iterable[SlaPolicy] = SEED_POLICIES,
                      calendar: WorkCalendar | None = None,
                      hours: BusinessHours = DEFAULT_HOURS) -> TicketDeadlines:
    calendar = calendar or WorkCalendar()
    policies, pauses = list(policies), list(pauses)
    if category is None and subcategory:
        category = subcategory.split(".", 1)[0]
    found: dict[str, TicketDeadline | None] = {}
    for kind in POLICY_KINDS:
        policy = pick_policy(policies, kind, priority, category, subcategory)
        if policy is None:
            found[kind] = None
            continue
        result = deadline(received_at, policy.limit, calendar, hours=hours, pauses=pauses,
                          warn_share=policy.warn_share)
        found[kind] = TicketDeadline(kind, result.due_at, result.warn_at, policy.limit.label())
    promised = (None if promised_at is None
                else _promised(received_at, promised_at, promised_on, DEFAULT_WARN_SHARE))
    ends = [item.due_at for item in (*found.values(), promised) if item and item.due_at]
    first_year = to_local(clamp(received_at)).year
    # Only the years a deadline can reasonably reach matter for the notice.
    last_year = min(to_local(max(ends, default=clamp(received_at))).year, first_year + 1)
    estimated = tuple(year for year in range(first_year, last_year + 1)
                      if calendar.is_estimated(year))
    return TicketDeadlines(found["first_reply"], found["solution"], found["report"], promised,
                           estimated)


def policy_from_row(kind: str, priority: str | None, category_code: str | None,
                    subcategory_code: str | None, amount: int, unit: str,
                    warn_percent: int) -> SlaPolicy:
    """One `sla_policy` row (schema step 3, columns in table order after id) as a policy."""
    return SlaPolicy(kind, TimeLimit(amount, unit), priority, category_code, subcategory_code,
                     warn_percent / 100)


def hours_from_settings(opens: str | None, closes: str | None) -> BusinessHours:
    """The `sla.business_opens` / `sla.business_closes` settings ("09:00"); defaults if unset."""
    if not opens or not closes:
        return DEFAULT_HOURS
    return BusinessHours(time.fromisoformat(opens), time.fromisoformat(closes))
