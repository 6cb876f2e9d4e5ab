"""Satisfaction sums of reached calls per Shanghai day and category, from callback_day_score
(schema step 16, kept by triggers): for readers who see every ticket, summed over all of them
or per category without reading the calls. A reader with a scope, a kind of call or another
grouping is answered from the calls themselves (services.satisfaction)."""
from __future__ import annotations

from datetime import date

from peewee import JOIN, fn

from aftersales_desktop.services.scoping import ticket_scope
from aftersales_desktop.storage.models import Category
from aftersales_desktop.storage.models_meeting import CallbackDayScore

GROUPINGS = ("all", "category")
S = CallbackDayScore


def answers(group_by: str, kind: str | None, viewer) -> bool:
    """Whether the day sums answer this summary."""
    return (group_by in GROUPINGS and kind is None
            and (viewer is None or ticket_scope(viewer) is None))


def day_sums(group_by: str, start_day: date, end_day: date) -> list[tuple]:
    """(key, calls, resolution sum, attitude sum, satisfied, solved) of the calls from
    `start_day` to `end_day` inclusive: one row for "all" (none without calls), one per
    category code (None: no category) for "category"."""
    sums = (fn.SUM(S.n), fn.SUM(S.resolution_sum), fn.SUM(S.attitude_sum),
            fn.SUM(S.satisfied_n), fn.SUM(S.solved_n))
    query = S.select(*sums).where((S.day >= start_day) & (S.day <= end_day) & (S.n > 0))
    if group_by == "all":
        rows = [(None, *row) for row in query.tuples()]
    else:
        rows = list(query.select_extend(Category.code).join(
            Category, JOIN.LEFT_OUTER, on=(S.category_id == Category.id))
            .group_by(Category.code).tuples())
        rows = [(row[-1], *row[:-1]) for row in rows]
    return [(key, *(int(v) for v in figures)) for key, *figures in rows if figures[0]]
