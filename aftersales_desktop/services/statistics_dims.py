"""What each dashboard number counts, as SQL over one ticket.

Every figure of the dashboard counts tickets received in the period (Shanghai dates) that the
viewer sees. The per-ticket values (first resolution, the worst state of its time limits, its
latest reached callback) are kept on the ticket row (services.ticket_stats), and the SQL
expressions over them are built here; the same expression groups the live counts
(services.statistics_live) and filters the drill-down (services.ticket_list), so the tickets
listed behind a number are the tickets counted in it. The sums kept per day for viewers who
see every ticket (storage.migration_v17) hold a frozen copy of these expressions, tested to
give the live counts (tests/unit/test_statistics_cube.py): a change here is a new schema step.

- handling: hours from received to the first resolution (ticket_resolution), in buckets;
  `none` has none yet (open or rejected);
- on_time: late when a time limit was met after its due time or is open past it, running when
  one is still open before it (and none missed), on_time when all were kept, none without any
  — the rule of the reduction targets (services.target_actuals);
- satisfaction: the latest call that reached the customer (services.satisfaction's
  "latest"), satisfied or not; none without one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import SQL, Case, NodeList, fn

from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.models import Ticket, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

DIMENSIONS = {"category": QT_TRANSLATE_NOOP("ChartPanel", "类别"), "department": QT_TRANSLATE_NOOP("ChartPanel", "部门"), "handler": QT_TRANSLATE_NOOP("ChartPanel", "处理人"),
              "carrier": QT_TRANSLATE_NOOP("ChartPanel", "承运商"), "handling": QT_TRANSLATE_NOOP("ChartPanel", "处理时长"), "on_time": QT_TRANSLATE_NOOP("ChartPanel", "时限"),
              "satisfaction": QT_TRANSLATE_NOOP("ChartPanel", "满意度")}
# (key, label, upper bound in hours)
HANDLING_BUCKETS = (("h4", QT_TRANSLATE_NOOP("ChartPanel", "4小时内"), 4), ("d1", QT_TRANSLATE_NOOP("ChartPanel", "4～24小时"), 24), ("d3", QT_TRANSLATE_NOOP("ChartPanel", "1～3天"), 72),
                    ("d7", QT_TRANSLATE_NOOP("ChartPanel", "3～7天"), 168), ("more", QT_TRANSLATE_NOOP("ChartPanel", "7天以上"), None))
HANDLING_LABELS = {**{k: label for k, label, _ in HANDLING_BUCKETS}, "none": QT_TRANSLATE_NOOP("ChartPanel", "未解决")}
ON_TIME_LABELS = {"on_time": QT_TRANSLATE_NOOP("ChartPanel", "按时"), "late": QT_TRANSLATE_NOOP("ChartPanel", "超时"), "running": QT_TRANSLATE_NOOP("ChartPanel", "进行中"), "none": QT_TRANSLATE_NOOP("ChartPanel", "无时限")}
SATISFACTION_LABELS = {"satisfied": QT_TRANSLATE_NOOP("ChartPanel", "满意"), "unsatisfied": QT_TRANSLATE_NOOP("ChartPanel", "不满意"), "none": QT_TRANSLATE_NOOP("ChartPanel", "未回访")}
_LATE, _RUNNING, _KEPT = 2, 1, 0


@dataclass(frozen=True)
class Drill:
    """One number's tickets: `dimension` (DIMENSIONS) equal to `key` (text; None: no value),
    time limits judged at `now` as when the number was counted."""
    dimension: str
    key: str | None
    now: datetime


def _is_pg() -> bool:
    return dialect(database.obj) == "postgresql"


def local_day(column):
    """The Shanghai date of a stored UTC moment as 'YYYY-MM-DD' (Shanghai keeps UTC+8 all year).
    SQLite's date() rounds to milliseconds, so the seconds are cut first: a ticket received at
    23:59:59.9996 belongs to that day, as the period's bounds (received_at < next midnight)
    and the drill-down say."""
    if _is_pg():
        return fn.to_char(column + SQL("INTERVAL '8 hours'"), "YYYY-MM-DD")
    return fn.date(fn.substr(column, 1, 19), "+8 hours")


def hours_between(start, end):
    if _is_pg():
        return fn.EXTRACT(NodeList((SQL("EPOCH FROM"), end - start))) / 3600.0
    return (fn.julianday(end) - fn.julianday(start)) * 24.0


def first_resolution():
    return Ticket.stat_resolved_at


def handling_case(resolved, received):
    hours = hours_between(received, resolved)
    whens = [(resolved.is_null(), "none")]
    whens += [(hours < limit, key) for key, _, limit in HANDLING_BUCKETS if limit is not None]
    return Case(None, whens, HANDLING_BUCKETS[-1][0])


def deadline_state(now: datetime):
    """The worst state of the ticket's time limits at `now`: 2 late (one met after its due
    time, or open past it), 1 running (one open), 0 kept; NULL: none — from the values stored
    on the ticket (storage.migration_v15)."""
    met, due = Ticket.stat_met_state, Ticket.stat_open_due
    return Case(None, [((met == _LATE) | (due <= now), _LATE),
                       (Ticket.stat_open_count > 0, _RUNNING), (met == _KEPT, _KEPT)], None)


def on_time_case(state):
    return Case(None, [(state == _LATE, "late"), (state == _RUNNING, "running"),
                       (state == _KEPT, "on_time")], "none")


def satisfaction_case(satisfied):
    return Case(None, [(satisfied == True, "satisfied"),  # noqa: E712 (SQL, not Python)
                       (satisfied == False, "unsatisfied")], "none")  # noqa: E712


def drill_condition(drill: Drill):
    """A condition on Ticket: the tickets counted under `drill`'s number."""
    ids = {"category": Ticket.category, "department": Ticket.department,
           "handler": Ticket.assignee}
    if drill.dimension in ids:
        column = ids[drill.dimension]
        return column.is_null() if drill.key is None else (column == int(drill.key))
    if drill.dimension == "carrier":  # blank and missing are both 无承运商
        blank = Ticket.carrier.is_null() | (fn.TRIM(Ticket.carrier) == "")
        return blank if drill.key is None else (fn.TRIM(Ticket.carrier) == drill.key)
    column = {
        "handling": lambda: handling_case(first_resolution(), Ticket.received_at),
        "on_time": lambda: on_time_case(deadline_state(drill.now)),
        "satisfaction": lambda: satisfaction_case(Ticket.stat_satisfied),
    }.get(drill.dimension)
    if column is None:
        raise ValueError(f"unknown statistics dimension {drill.dimension!r}")
    return column() == drill.key  # these never give NULL: "none" is a key
