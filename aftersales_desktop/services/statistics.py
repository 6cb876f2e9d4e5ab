"""The 统计 dashboard's figures (seed 001 数据分析, issue 8): tickets received in a period that
the viewer sees, by day and week, category, handling time, time limits, satisfaction,
department, handler and carrier — each row with its count, on-time and satisfaction shares.

One query: the period's tickets with their per-ticket values (kept on the ticket row,
services.ticket_stats; their meaning in services.statistics_dims) are read once from one
covering index into a materialised CTE, and every dimension is a GROUP BY over it, joined by
UNION ALL. Needs 查看统计; the viewer's scope (services.scoping) is part of the query.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from peewee import fn

from aftersales_desktop.domain.clock import day_start_utc, utcnow
from aftersales_desktop.domain.permissions import VIEW_STATISTICS
from aftersales_desktop.domain.stat_periods import StatPeriod, iso_week
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.services.statistics_dims import (
    HANDLING_BUCKETS, HANDLING_LABELS, ON_TIME_LABELS, SATISFACTION_LABELS, deadline_state,
    first_resolution, handling_case, hours_between, local_day, on_time_case, satisfaction_case,
)
from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.models import Category, Department, Staff, Ticket, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

CHART_TITLES = {"day": QT_TRANSLATE_NOOP("ChartPanel", "每日受理量"), "week": QT_TRANSLATE_NOOP("ChartPanel", "每周受理量"), "category": QT_TRANSLATE_NOOP("ChartPanel", "按类别"),
                "handling": QT_TRANSLATE_NOOP("ChartPanel", "处理时长分布"), "on_time": QT_TRANSLATE_NOOP("ChartPanel", "按时办结"), "satisfaction": QT_TRANSLATE_NOOP("ChartPanel", "回访满意度"),
                "department": QT_TRANSLATE_NOOP("ChartPanel", "按部门"), "handler": QT_TRANSLATE_NOOP("ChartPanel", "按处理人"), "carrier": QT_TRANSLATE_NOOP("ChartPanel", "按承运商")}
GROUPED = ("day", "category", "department", "handler", "carrier", "handling", "on_time",
           "satisfaction")
NO_VALUE = {"category": QT_TRANSLATE_NOOP("ChartPanel", "（未分类）"), "department": QT_TRANSLATE_NOOP("ChartPanel", "（无部门）"), "handler": QT_TRANSLATE_NOOP("ChartPanel", "（未分派）"),
            "carrier": QT_TRANSLATE_NOOP("ChartPanel", "（无承运商）")}
MMAP_BYTES = 1 << 30
_SUMS = ("COUNT(*)", "SUM(CASE WHEN on_time = 'on_time' THEN 1 ELSE 0 END)",
         "SUM(CASE WHEN on_time = 'late' THEN 1 ELSE 0 END)",
         "SUM(CASE WHEN satisfaction = 'satisfied' THEN 1 ELSE 0 END)",
         "SUM(CASE WHEN satisfaction <> 'none' THEN 1 ELSE 0 END)",
         "SUM(hours)", "COUNT(hours)", "SUM(resolution_score)", "SUM(attitude_score)")


@dataclass(frozen=True)
class StatRow:
    key: str | None  # what the row is about: a day, an id, a bucket; None: no value
    label: str
    count: int = 0  # tickets
    on_time: int = 0  # all time limits kept
    late: int = 0  # one missed
    satisfied: int = 0  # latest reached callback satisfied
    called: int = 0  # with a reached callback
    hours: float = 0.0  # summed hours to the first resolution
    resolved: int = 0  # with a resolution
    resolution_points: int = 0  # summed scores of the latest reached callbacks
    attitude_points: int = 0

    @property
    def on_time_rate(self) -> float | None:
        decided = self.on_time + self.late
        return self.on_time / decided if decided else None

    @property
    def satisfied_share(self) -> float | None:
        return self.satisfied / self.called if self.called else None

    @property
    def average_hours(self) -> float | None:
        return self.hours / self.resolved if self.resolved else None

    @property
    def average_resolution(self) -> float | None:
        return self.resolution_points / self.called if self.called else None

    @property
    def average_attitude(self) -> float | None:
        return self.attitude_points / self.called if self.called else None

    def plus(self, other: StatRow) -> StatRow:
        return replace(self, **{name: getattr(self, name) + getattr(other, name)
                                for name in _ADDED})


_ADDED = ("count", "on_time", "late", "satisfied", "called", "hours", "resolved",
          "resolution_points", "attitude_points")


@dataclass(frozen=True)
class Chart:
    key: str  # CHART_TITLES
    title: str
    rows: list[StatRow]


@dataclass(frozen=True)
class Dashboard:
    period: StatPeriod
    now: datetime  # time limits judged at this moment (the drill-down uses it too)
    viewer: str
    total: StatRow
    charts: dict[str, Chart] = field(default_factory=dict)


def period_condition(period: StatPeriod):
    """Received in the period: the same bounds as the ticket list's 受理日期 filter."""
    return ((Ticket.received_at >= day_start_utc(period.start))
            & (Ticket.received_at < day_start_utc(period.end + timedelta(days=1))))


def _per_ticket(period: StatPeriod, staff, now: datetime):
    """The period's tickets with the values every chart groups by, all read from one covering
    index of the ticket (storage.migration_v15)."""
    resolved = first_resolution()
    return scoped(Ticket.select(
        local_day(Ticket.received_at).alias("day"), Ticket.category.alias("category"),
        Ticket.department.alias("department"), Ticket.assignee.alias("handler"),
        fn.NULLIF(fn.TRIM(Ticket.carrier), "").alias("carrier"),
        handling_case(resolved, Ticket.received_at).alias("handling"),
        hours_between(Ticket.received_at, resolved).alias("hours"),
        on_time_case(deadline_state(now)).alias("on_time"),
        satisfaction_case(Ticket.stat_satisfied).alias("satisfaction"),
        Ticket.stat_resolution_score.alias("resolution_score"),
        Ticket.stat_attitude_score.alias("attitude_score"))
        .where(period_condition(period)), staff)


def _grouped(period: StatPeriod, staff, now: datetime) -> list[tuple]:
    """(dimension, key, *sums) rows; dimension "all" is the period's total."""
    sql, params = _per_ticket(period, staff, now).bind(database).sql()
    sqlite = dialect(database.obj) == "sqlite"
    if sqlite:  # the indexes read in place instead of copied page by page (3 to 10 times faster)
        database.execute_sql(f"PRAGMA mmap_size = {MMAP_BYTES}")
    text = "TEXT" if sqlite else "VARCHAR(200)"
    sums = ", ".join(_SUMS)
    parts = [f"SELECT 'all', NULL, {sums} FROM base"]
    parts += [f"SELECT '{d}', CAST({d} AS {text}), {sums} FROM base GROUP BY {d}"
              for d in GROUPED]
    query = f"WITH base AS MATERIALIZED ({sql}) " + " UNION ALL ".join(parts)
    return list(database.execute_sql(query, params))


def _row(key, label, values) -> StatRow:
    count, on_time, late, satisfied, called, hours, resolved, res, att = values
    return StatRow(key, label, int(count or 0), int(on_time or 0), int(late or 0),
                   int(satisfied or 0), int(called or 0), float(hours or 0), int(resolved or 0),
                   int(res or 0), int(att or 0))


def dashboard(actor: str, period: StatPeriod, now: datetime | None = None) -> Dashboard:
    """Every chart of the dashboard for `period`, as `actor` sees the tickets."""
    staff = require(actor, VIEW_STATISTICS)
    now = now or utcnow()
    by_dimension: dict[str, dict] = {d: {} for d in GROUPED}
    total = StatRow(None, QT_TRANSLATE_NOOP("ChartPanel", "合计"))
    for dimension, key, *values in _grouped(period, staff, now):
        if dimension == "all":
            total = _row(None, QT_TRANSLATE_NOOP("ChartPanel", "合计"), values)
        else:
            by_dimension[dimension][key] = values
    charts = {"day": _days(period, by_dimension["day"])}
    charts["week"] = _weeks(charts["day"].rows)
    charts.update(_fixed("handling", by_dimension["handling"],
                         [k for k, _, _ in HANDLING_BUCKETS] + ["none"], HANDLING_LABELS))
    charts.update(_fixed("on_time", by_dimension["on_time"], list(ON_TIME_LABELS),
                         ON_TIME_LABELS))
    charts.update(_fixed("satisfaction", by_dimension["satisfaction"],
                         list(SATISFACTION_LABELS), SATISFACTION_LABELS))
    for dimension, names in (("category", _names(Category)), ("department", _names(Department)),
                             ("handler", _names(Staff)), ("carrier", None)):
        rows = [_row(key, _label(dimension, key, names), values)
                for key, values in by_dimension[dimension].items()]
        rows.sort(key=lambda r: (-r.count, r.key is None, r.label))
        charts[dimension] = Chart(dimension, CHART_TITLES[dimension], rows)
    return Dashboard(period, now, actor, total, charts)


def _names(model) -> dict[str, str]:
    return {str(i): name for i, name in model.select(model.id, model.name).tuples()}


def _label(dimension: str, key, names) -> str:
    if key is None:
        return NO_VALUE[dimension]
    return key if names is None else names.get(str(key), f"#{key}")


def _days(period: StatPeriod, found: dict) -> Chart:
    rows = []
    for offset in range(period.days):
        day = (period.start + timedelta(days=offset)).isoformat()
        values = found.get(day)
        rows.append(_row(day, day[5:], values) if values else StatRow(day, day[5:]))
    return Chart("day", CHART_TITLES["day"], rows)


def _weeks(days: list[StatRow]) -> Chart:
    weeks: dict[str, StatRow] = {}
    for row in days:
        key = iso_week(date.fromisoformat(row.key))
        label = Text(QT_TRANSLATE_NOOP("statistics", "{year}年第{week}周"), year=key[:4], week=int(key[6:]))
        weeks[key] = weeks.get(key, StatRow(key, label)).plus(row)
    return Chart("week", CHART_TITLES["week"], list(weeks.values()))


def _fixed(dimension: str, found: dict, keys: list[str], labels: dict) -> dict[str, Chart]:
    rows = [_row(k, labels[k], found[k]) if k in found else StatRow(k, labels[k]) for k in keys]
    return {dimension: Chart(dimension, CHART_TITLES[dimension], rows)}
