"""Deadline arithmetic: calendar limits run around the clock, working limits only in business hours
on working days (Asia/Shanghai). Times in and out are naive UTC, the stored form (domain/clock.py).

One working day is one full business day: Wednesday 17:00 + 1 working day = Thursday 17:00.
While a ticket waits on the customer (a pause) the clock stops. Moments outside
[EARLIEST, LATEST] are clamped, so no date crashes the computation.
"""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from aftersales_desktop.domain.clock import SHANGHAI, to_local
from aftersales_desktop.domain.work_calendar import WorkCalendar

EARLIEST = datetime(1900, 1, 1)
LATEST = datetime(9999, 12, 30)
DEFAULT_WARN_SHARE = 0.75

CALENDAR = "calendar"
WORKING = "working"
UNITS = {  # unit → (basis, label)
    "minute": (CALENDAR, QT_TRANSLATE_NOOP("sla", "分钟")),
    "hour": (CALENDAR, QT_TRANSLATE_NOOP("sla", "小时")),
    "working_hour": (WORKING, QT_TRANSLATE_NOOP("sla", "个工作小时")),
    "working_day": (WORKING, QT_TRANSLATE_NOOP("sla", "个工作日")),
}

Pause = tuple[datetime, datetime | None]  # (start, end); end None = still waiting on the customer


@dataclass(frozen=True)
class BusinessHours:
    opens: time = time(9, 0)
    closes: time = time(18, 0)

    def __post_init__(self):
        if not self.opens < self.closes:
            raise ValueError("business hours must open before they close")

    @property
    def day_length(self) -> timedelta:
        return (datetime.combine(date.min, self.closes) - datetime.combine(date.min, self.opens))


DEFAULT_HOURS = BusinessHours()


@dataclass(frozen=True)
class TimeLimit:
    amount: int
    unit: str

    def __post_init__(self):
        if self.unit not in UNITS:
            raise ValueError(f"unknown time unit {self.unit!r}")
        if self.amount <= 0:
            raise ValueError("a time limit must be positive")

    @property
    def basis(self) -> str:
        return UNITS[self.unit][0]

    def label(self) -> str:
        return f"{self.amount}{UNITS[self.unit][1]}"

    def duration(self, hours: BusinessHours = DEFAULT_HOURS) -> timedelta:
        """Clock time for calendar limits, business time for working limits."""
        if self.unit == "minute":
            return timedelta(minutes=self.amount)
        if self.unit in ("hour", "working_hour"):
            return timedelta(hours=self.amount)
        return hours.day_length * self.amount


@dataclass(frozen=True)
class Deadline:
    due_at: datetime | None  # None while an open pause stops the clock
    warn_at: datetime | None

    def state_at(self, now: datetime) -> str:
        return deadline_state(self.due_at, self.warn_at, now)


def deadline_state(due_at: datetime | None, warn_at: datetime | None, now: datetime) -> str:
    """running, warning, overdue, or paused (no due time while the clock is stopped)."""
    if due_at is None:
        return "paused"
    if now >= due_at:
        return "overdue"
    return "warning" if warn_at is not None and now >= warn_at else "running"


def clamp(moment: datetime) -> datetime:
    return min(max(moment, EARLIEST), LATEST)


def _utc(day: date, clock_time: time) -> datetime:
    local = datetime.combine(day, clock_time, tzinfo=SHANGHAI)
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def _merged_pauses(pauses: Iterable[Pause], start: datetime) -> tuple[list[tuple], datetime]:
    """Closed pauses sorted and merged, and the horizon (an open pause stops the clock for good)."""
    closed, horizon = [], LATEST
    for begin, end in pauses:
        begin = clamp(begin)
        if end is None:
            horizon = min(horizon, max(begin, start))
            continue
        end = clamp(end)
        if end > begin:
            closed.append((begin, end))
    merged: list[list[datetime]] = []
    for begin, end in sorted(closed):
        if merged and begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([begin, end])
    return [tuple(p) for p in merged], horizon


def _resume_after(moment: datetime, pauses: list[tuple]) -> datetime:
    for begin, end in pauses:
        if begin <= moment < end:
            return end
    return moment


def _countable(start: datetime, horizon: datetime, basis: str, calendar: WorkCalendar,
               hours: BusinessHours, pauses: list[tuple]) -> Iterator[tuple[datetime, datetime]]:
    if basis == CALENDAR:
        yield start, horizon
        return
    day = to_local(start).date()
    while True:
        if calendar.is_working_day(day):
            opens, closes = _utc(day, hours.opens), _utc(day, hours.closes)
            if opens >= horizon:
                return
            if closes > start:
                yield max(opens, start), min(closes, horizon)
        next_midnight = _utc(day + timedelta(days=1), time(0))
        if next_midnight >= horizon:
            return
        # A long pause is jumped over instead of walked day by day.
        day = to_local(_resume_after(next_midnight, pauses)).date()


def _active(span: tuple[datetime, datetime], pauses: list[tuple]) -> Iterator[tuple]:
    begin, end = span
    for p_begin, p_end in pauses:
        if p_end <= begin or p_begin >= end:
            continue
        if p_begin > begin:
            yield begin, p_begin
        begin = max(begin, p_end)
    if end > begin:
        yield begin, end


def add_time(start: datetime, duration: timedelta, basis: str, calendar: WorkCalendar, *,
             hours: BusinessHours = DEFAULT_HOURS, pauses: Iterable[Pause] = ()) -> datetime | None:
    """The moment `duration` of countable time after `start`; None if an open pause stops it."""
    start = clamp(start)
    merged, horizon = _merged_pauses(pauses, start)
    remaining = duration
    for span in _countable(start, horizon, basis, calendar, hours, merged):
        for begin, end in _active(span, merged):
            if end - begin >= remaining:
                return begin + remaining
            remaining -= end - begin
    return None if horizon < LATEST else LATEST


def deadline(start: datetime, limit: TimeLimit, calendar: WorkCalendar, *,
             hours: BusinessHours = DEFAULT_HOURS, pauses: Iterable[Pause] = (),
             warn_share: float = DEFAULT_WARN_SHARE) -> Deadline:
    if not 0 < warn_share <= 1:
        raise ValueError("the warning share must be in (0, 1]")
    pauses = list(pauses)
    full = limit.duration(hours)
    due = add_time(start, full, limit.basis, calendar, hours=hours, pauses=pauses)
    warn = add_time(start, full * warn_share, limit.basis, calendar, hours=hours, pauses=pauses)
    return Deadline(due, warn)
