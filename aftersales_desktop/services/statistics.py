"""The 统计 dashboard's figures (seed 001 数据分析, issue 8): tickets received in a period that
the viewer sees, by day and week, category, handling time, time limits, satisfaction,
department, handler and carrier — each row with its count, on-time and satisfaction shares.

Needs 查看统计. For a viewer who sees every ticket the sums come from the sums kept per day
(services.statistics_cube, storage.migration_v17: a quarter of 1,000,000 tickets is a few
thousand rows); for a scoped viewer (services.scoping) they are counted live from the period's
tickets (services.statistics_live). Both give the same rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.permissions import VIEW_STATISTICS
from aftersales_desktop.domain.stat_periods import StatPeriod, iso_week
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.scoping import ticket_scope
from aftersales_desktop.services.statistics_cube import kept_rows
from aftersales_desktop.services.statistics_dims import (
    HANDLING_BUCKETS, HANDLING_LABELS, ON_TIME_LABELS, SATISFACTION_LABELS,
)
from aftersales_desktop.services.statistics_live import GROUPED, live_rows
from aftersales_desktop.storage.models import Category, Department, Staff
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

CHART_TITLES = {"day": QT_TRANSLATE_NOOP("ChartPanel", "每日受理量"), "week": QT_TRANSLATE_NOOP("ChartPanel", "每周受理量"), "category": QT_TRANSLATE_NOOP("ChartPanel", "按类别"),
                "handling": QT_TRANSLATE_NOOP("ChartPanel", "处理时长分布"), "on_time": QT_TRANSLATE_NOOP("ChartPanel", "按时办结"), "satisfaction": QT_TRANSLATE_NOOP("ChartPanel", "回访满意度"),
                "department": QT_TRANSLATE_NOOP("ChartPanel", "按部门"), "handler": QT_TRANSLATE_NOOP("ChartPanel", "按处理人"), "carrier": QT_TRANSLATE_NOOP("ChartPanel", "按承运商")}
NO_VALUE = {"category": QT_TRANSLATE_NOOP("ChartPanel", "（未分类）"), "department": QT_TRANSLATE_NOOP("ChartPanel", "（无部门）"), "handler": QT_TRANSLATE_NOOP("ChartPanel", "（未分派）"),
            "carrier": QT_TRANSLATE_NOOP("ChartPanel", "（无承运商）")}


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


def dashboard_rows(period: StatPeriod, staff, now: datetime) -> list[tuple]:
    """(dimension, key, *sums) rows; dimension "all" is the period's total. From the sums kept
    per day when `staff` sees every ticket, else counted live."""
    if ticket_scope(staff) is None:
        return kept_rows(period, now)
    return live_rows(period, staff, now)


def _row(key, label, values) -> StatRow:
    count, on_time, late, satisfied, called, hours, resolved, res, att = values
    return StatRow(key, label, int(count or 0), int(on_time or 0), int(late or 0),
                   int(satisfied or 0), int(called or 0), float(hours or 0), int(resolved or 0),
                   int(res or 0), int(att or 0))


def dashboard(actor: str, period: StatPeriod, now: datetime | None = None) -> Dashboard:
    """Every chart of the dashboard for `period`, as `actor` sees the tickets."""
    staff = require(actor, VIEW_STATISTICS)
    now = now or utcnow()
    return board_of(actor, period, now, dashboard_rows(period, staff, now))


def board_of(actor: str, period: StatPeriod, now: datetime, grouped: list[tuple]) -> Dashboard:
    """The charts of the (dimension, key, *sums) rows `grouped`."""
    by_dimension: dict[str, dict] = {d: {} for d in GROUPED}
    total = StatRow(None, QT_TRANSLATE_NOOP("ChartPanel", "合计"))
    for dimension, key, *values in grouped:
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
