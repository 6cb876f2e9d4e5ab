"""客诉分析例会 (seed 004 6.2-4): the pack for one ISO week — complaints by category, department,
branch and carrier against the previous week and the four-week average, the top causes, the
time limits missed and the escalations of the week, satisfaction from the callbacks, the
countermeasures decided this week, and the earlier ones still open with their status.

Everyone signed in may read it; every figure counts only the tickets the reader sees
(services.scoping). `progress(done, total, what)` is told after each part."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from aftersales_desktop.domain.action_status import as_of_day
from aftersales_desktop.domain.clock import local_today, utcnow
from aftersales_desktop.domain.iso_week import Week, parse_week
from aftersales_desktop.services.action_items import ActionItemRow, items_of_week
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.satisfaction import SummaryRow, satisfaction_summary
from aftersales_desktop.services.weekly_counts import CompareRow, week_counts
from aftersales_desktop.services.weekly_lists import EscalatedRow, OverdueRow, escalated, overdue

TOP_CAUSES = 10
STEPS = 5


@dataclass(frozen=True)
class SatisfactionFigures:
    this_week: SummaryRow | None  # None: no call reached a customer
    previous_week: SummaryRow | None
    by_category: list[SummaryRow]


@dataclass(frozen=True)
class WeeklyPack:
    week: Week
    as_of: date  # the day statuses are taken on: the Sunday, or today while the week runs
    viewer_name: str
    total: CompareRow
    by_category: list[CompareRow]
    by_department: list[CompareRow]
    by_branch: list[CompareRow]
    by_carrier: list[CompareRow]
    top_causes: list[CompareRow]
    overdue_total: int
    overdue: list[OverdueRow]
    escalated_total: int
    escalated: list[EscalatedRow]
    satisfaction: SatisfactionFigures
    new_actions: list[ActionItemRow]
    carried_actions: list[ActionItemRow]

    @property
    def complete(self) -> bool:
        return self.as_of >= self.week.sunday


def _first(rows: list[SummaryRow]) -> SummaryRow | None:
    return rows[0] if rows else None


def weekly_pack(week, actor: str, progress: Callable[[int, int, str], None] | None = None,
                today: date | None = None, now: datetime | None = None) -> WeeklyPack:
    """The pack of `week` ('2026-W47' or a Week) as `actor` (a login) sees it."""
    week = parse_week(week)
    viewer = acting(actor)
    today, now = today or local_today(), now or utcnow()
    tell = progress or (lambda *_: None)
    tell(0, STEPS, "客诉统计")
    counts = week_counts(week, viewer)
    tell(1, STEPS, "超时工单")
    overdue_total, overdue_rows = overdue(week, now, viewer)
    tell(2, STEPS, "升级事项")
    escalated_total, escalated_rows = escalated(week, now, viewer)
    tell(3, STEPS, "满意度")
    previous = week.shifted(-1)
    satisfaction = SatisfactionFigures(
        _first(satisfaction_summary("all", week.monday, week.sunday, viewer=viewer)),
        _first(satisfaction_summary("all", previous.monday, previous.sunday, viewer=viewer)),
        satisfaction_summary("category", week.monday, week.sunday, viewer=viewer))
    tell(4, STEPS, "例会对策")
    new, carried = items_of_week(week, actor, today)
    tell(5, STEPS, "完成")
    return WeeklyPack(week, as_of_day(week.sunday, today), viewer.name, counts.total,
                      counts.by["category"], counts.by["department"], counts.by["branch"],
                      counts.by["carrier"], counts.by["cause"][:TOP_CAUSES], overdue_total,
                      overdue_rows, escalated_total, escalated_rows, satisfaction, new, carried)
