"""The complaint counts of the weekly meeting pack: tickets received (Shanghai days) in a week,
the week before, and the four weeks before it, by category, cause (sub-category), department,
branch (线路/网点) and carrier — all from one grouped read of five weeks, within what the viewer
sees. The four-week average is over the four weeks before the chosen one (the previous week
is one of them). Who sees every ticket is answered from the per-day counts the database keeps
(ticket_day_count, schema step 14); a scoped reader from the tickets themselves."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import Case, fn

from aftersales_desktop.domain.clock import day_start_utc
from aftersales_desktop.domain.iso_week import Week
from aftersales_desktop.services.scoping import scoped, ticket_scope
from aftersales_desktop.storage.models import Category, Department, Ticket
from aftersales_desktop.storage.models_meeting import TicketDayCount

DIMENSIONS = ("category", "cause", "department", "branch", "carrier")
BLANK = {"category": "（未分类）", "cause": "（未细分）", "department": "（未分派部门）",
         "branch": "（未填线路/网点）", "carrier": "（未填承运商）"}


@dataclass(frozen=True)
class CompareRow:
    key: str | int | None
    label: str
    this_week: int
    previous_week: int
    four_week_total: int  # the four weeks before this one

    @property
    def average(self) -> float:
        return self.four_week_total / 4

    @property
    def change(self) -> int:
        return self.this_week - self.previous_week


@dataclass(frozen=True)
class WeekCounts:
    total: CompareRow
    by: dict[str, list[CompareRow]]  # dimension → rows, most this week first


def _sums(at, start, previous, this, end, count):
    return (fn.SUM(Case(None, [(at >= this, count)], 0)),
            fn.SUM(Case(None, [((at >= previous) & (at < this), count)], 0)),
            fn.SUM(Case(None, [(at < this, count)], 0)))


def precomputed_counts(week: Week) -> list[tuple]:
    """grouped_counts of every ticket, from the per-day counts."""
    c = TicketDayCount
    keys = (c.category_id, c.subcategory_id, c.department_id, c.branch, c.carrier)
    start, end = week.shifted(-4).monday, week.end
    query = (c.select(*keys, *_sums(c.day, start, week.shifted(-1).monday, week.monday, end,
                                    c.n))
             .where((c.day >= start) & (c.day < end) & (c.n > 0)).group_by(*keys))
    return [tuple(k or None for k in row[:5]) + tuple(int(n or 0) for n in row[5:])
            for row in query.tuples()]


def grouped_counts(week: Week, viewer=None) -> list[tuple]:
    """(category id, subcategory id, department id, branch, carrier, this, previous, four)."""
    if viewer is None or ticket_scope(viewer) is None:
        return precomputed_counts(week)
    return live_counts(week, viewer)


def live_counts(week: Week, viewer=None) -> list[tuple]:
    """grouped_counts read from the tickets, within what `viewer` sees."""
    start = day_start_utc(week.shifted(-4).monday)
    previous, this = day_start_utc(week.shifted(-1).monday), day_start_utc(week.monday)
    end = day_start_utc(week.end)
    at = Ticket.received_at
    keys = (Ticket.category, Ticket.subcategory, Ticket.department, Ticket.branch,
            Ticket.carrier)
    query = (Ticket.select(*keys, *_sums(at, start, previous, this, end, 1))
             .where((at >= start) & (at < end)).group_by(*keys))
    return [tuple(row[:5]) + tuple(int(n or 0) for n in row[5:])
            for row in scoped(query, viewer).tuples()]


def week_counts(week: Week, viewer=None) -> WeekCounts:
    rows = grouped_counts(week, viewer)
    categories = dict(Category.select(Category.id, Category.name).tuples())
    departments = dict(Department.select(Department.id, Department.name).tuples())
    sums: dict[str, dict] = {d: {} for d in DIMENSIONS}
    total = [0, 0, 0]
    for category, sub, department, branch, carrier, *figures in rows:
        for dimension, key in (("category", category), ("cause", sub),
                               ("department", department), ("branch", branch or None),
                               ("carrier", carrier or None)):
            acc = sums[dimension].setdefault(key, [0, 0, 0, category])
            for i in range(3):
                acc[i] += figures[i]
        total = [t + f for t, f in zip(total, figures)]

    def label(dimension: str, key, parent) -> str:
        if key is None:
            return BLANK[dimension]
        if dimension == "category":
            return categories.get(key, str(key))
        if dimension == "cause":
            return f"{categories.get(parent, '')} › {categories.get(key, str(key))}"
        if dimension == "department":
            return departments.get(key, str(key))
        return str(key)

    by = {}
    for dimension, groups in sums.items():
        out = [CompareRow(key, label(dimension, key, parent), a, b, c)
               for key, (a, b, c, parent) in groups.items()
               if (a or b or c) and not (dimension == "cause" and key is None)]
        by[dimension] = sorted(out, key=lambda r: (-r.this_week, -r.four_week_total, r.label))
    return WeekCounts(CompareRow(None, "合计", *total), by)
