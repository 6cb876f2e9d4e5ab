"""客诉整改目标制 (seed 004 6.2-5): staged targets per department or branch and period — fewer
complaints (a count, a rate of the business volume, or a reduction against the previous period)
and an on-time rate — and how target and actual compare."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

import re
from dataclasses import dataclass
from datetime import date

from aftersales_desktop.domain.errors import ValidationError

PERIOD_KINDS = {"month": QT_TRANSLATE_NOOP("targets", "月度"), "quarter": QT_TRANSLATE_NOOP("targets", "季度")}
MEASURES = {"count": QT_TRANSLATE_NOOP("targets", "客诉数量不超过"), "rate": QT_TRANSLATE_NOOP("targets", "客诉率不超过"), "reduction": QT_TRANSLATE_NOOP("targets", "客诉较上期减少至少")}
STATUS_LABELS = {"on_track": QT_TRANSLATE_NOOP("targets", "进行中·达标"), "behind": QT_TRANSLATE_NOOP("targets", "进行中·落后"), "achieved": QT_TRANSLATE_NOOP("targets", "已达成"),
                 "missed": QT_TRANSLATE_NOOP("targets", "未达成")}
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")


@dataclass(frozen=True, order=True)
class Period:
    start: date
    kind: str  # month or quarter

    @property
    def end(self) -> date:
        """The first day after the period."""
        months = 1 if self.kind == "month" else 3
        month = self.start.month - 1 + months
        return date(self.start.year + month // 12, month % 12 + 1, 1)

    @property
    def previous(self) -> "Period":
        months = 1 if self.kind == "month" else 3
        month = self.start.month - 1 - months
        return Period(date(self.start.year + month // 12, month % 12 + 1, 1), self.kind)

    @property
    def code(self) -> str:
        if self.kind == "month":
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"

    @property
    def label(self) -> str:
        if self.kind == "month":
            return f"{self.start.year}年{self.start.month}月"
        return f"{self.start.year}年第{(self.start.month - 1) // 3 + 1}季度"

    def closed(self, today: date) -> bool:
        return today >= self.end


def parse_period(text: str, field: str = "period") -> Period:
    """'2026-11' (a month) or '2026-Q4' (a quarter)."""
    value = (text or "").strip()
    month, quarter = _MONTH.match(value), _QUARTER.match(value)
    if month and 1 <= int(month.group(2)) <= 12 and 2000 <= int(month.group(1)) <= 2199:
        return Period(date(int(month.group(1)), int(month.group(2)), 1), "month")
    if quarter and 2000 <= int(quarter.group(1)) <= 2199:
        return Period(date(int(quarter.group(1)), 3 * int(quarter.group(2)) - 2, 1), "quarter")
    raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "期间请写成月份 2026-11 或季度 2026-Q4"))


def period_of(day: date, kind: str) -> Period:
    if kind == "month":
        return Period(day.replace(day=1), kind)
    return Period(date(day.year, 3 * ((day.month - 1) // 3) + 1, 1), kind)


@dataclass(frozen=True)
class Actual:
    complaints: int
    previous_complaints: int | None  # for a reduction target
    decided: int  # tickets whose time limits are all kept or one missed
    on_time: int


def complaint_value(measure: str, actual: Actual, volume: int | None) -> float | None:
    """The actual figure the target compares with: a count, a rate (%) or a reduction (%)."""
    if measure == "count":
        return float(actual.complaints)
    if measure == "rate":
        return 100.0 * actual.complaints / volume if volume else None
    previous = actual.previous_complaints
    if not previous:
        return None if actual.complaints else 0.0
    return 100.0 * (previous - actual.complaints) / previous


def on_time_rate(actual: Actual) -> float | None:
    return 100.0 * actual.on_time / actual.decided if actual.decided else None


def complaints_ok(measure: str, target: float, actual: Actual, volume: int | None) -> bool:
    value = complaint_value(measure, actual, volume)
    if value is None:  # nothing to reduce from, and no complaints either: no worse
        return actual.complaints == 0
    return value >= target if measure == "reduction" else value <= target


def status(measure: str, target: float, on_time_target: float | None, actual: Actual,
           volume: int | None, closed: bool) -> str:
    """achieved / missed once the period is over; while it runs, missed when complaints are
    past the target already (they only grow), else on_track or behind on the on-time rate."""
    complaints = complaints_ok(measure, target, actual, volume)
    rate = on_time_rate(actual)
    punctual = on_time_target is None or rate is None or rate >= on_time_target
    if closed:
        return "achieved" if complaints and punctual else "missed"
    if not complaints:
        return "missed"
    return "on_track" if punctual else "behind"


def recent_periods(today: date, kind: str, back: int = 12, ahead: int = 2) -> list[Period]:
    """The periods around today's, newest first: `ahead` to come, this one, `back` before."""
    current = period_of(today, kind)
    later, periods = current, []
    for _ in range(ahead):
        later = Period(later.end, kind)
        periods.insert(0, later)
    periods.append(current)
    for _ in range(back):
        current = current.previous
        periods.append(current)
    return periods
