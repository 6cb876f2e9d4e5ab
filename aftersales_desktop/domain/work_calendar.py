"""The Chinese working calendar: Monday–Friday plus make-up working days (调休),
minus public holidays.

Official schedules come from the `holidays` package (State Council notices, 2001 onwards). A year
without an announced schedule gets the statutory holidays by rule and `is_estimated(year)` is true,
so the UI can ask for the official schedule. Company-entered overrides (date → HOLIDAY or WORKDAY)
take precedence; a year with any override counts as entered.
"""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

HOLIDAY = "holiday"
WORKDAY = "workday"
DAY_KINDS = {HOLIDAY: QT_TRANSLATE_NOOP("work_calendar", "放假"), WORKDAY: QT_TRANSLATE_NOOP("work_calendar", "上班")}
ESTIMATED_NOTICE = QT_TRANSLATE_NOOP("work_calendar", "尚未录入官方放假安排")

# Beyond the lunar table only the solar statutory holidays can be derived by rule.
_SOLAR_STATUTORY = (((1, 1), "元旦"), ((5, 1), "劳动节"), ((5, 2), "劳动节"),
                    ((10, 1), "国庆节"), ((10, 2), "国庆节"), ((10, 3), "国庆节"))


@dataclass(frozen=True)
class _Library:
    china: type  # holidays.China
    first_year: int  # the package knows PRC holidays from 1950 …
    last_year: int  # … and the lunar calendar only up to its end year
    announced: frozenset[int]  # years with an official schedule (its substituted-day table)


@cache
def _library() -> _Library:
    """The `holidays` package, imported on first use: it takes 0.2 s, too long for every start."""
    import holidays

    try:
        from holidays.countries.china import ChinaStaticHolidays
        announced = frozenset(getattr(ChinaStaticHolidays, "special_public_holidays", {}))
    except ImportError:  # pragma: no cover - package layout changed
        announced = frozenset()
    china = holidays.China
    return _Library(china, china.start_year, china.end_year, announced)


def __getattr__(name: str):
    if name == "ANNOUNCED_YEARS":  # computed on first use, see _library
        return _library().announced
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class YearSchedule:
    holidays: Mapping[date, str]  # public holidays (including 调休 days off) → name
    makeup_workdays: frozenset[date]  # weekend days worked (调休上班)
    announced: bool


def _library_year(year: int):
    """The package's holidays.China for the year, or None outside its range."""
    library = _library()
    if not library.first_year <= year <= library.last_year:
        return None
    return library.china(years=year, language="zh_CN")


@lru_cache(maxsize=64)
def _rule_schedule(year: int) -> YearSchedule:
    """Without the company's overrides, so one computation serves every calendar."""
    official = _library_year(year)
    if official is not None:
        names = {day: official[day] for day in official}
        makeup = {day for day in official.weekend_workdays if day.year == year}
    elif year > _library().last_year:
        names = {date(year, m, d): name for (m, d), name in _SOLAR_STATUTORY}
        makeup = set()
    else:
        names, makeup = {}, set()
    # Make-up days at the end of a year can belong to the next year's notice (e.g. 2001-12-29).
    following = _library_year(year + 1) if year < 9999 else None
    if following is not None:
        makeup |= {day for day in following.weekend_workdays if day.year == year}
    return YearSchedule(names, frozenset(makeup), year in _library().announced)


class WorkCalendar:
    """Answers per date; years are computed on first use and cached."""

    def __init__(self, overrides: Mapping[date, str] | None = None):
        self._overrides: dict[date, str] = {}
        for day, kind in (overrides or {}).items():
            if kind not in DAY_KINDS:
                raise ValueError(f"unknown calendar day kind {kind!r} for {day}")
            self._overrides[day] = kind
        self._override_years = {day.year for day in self._overrides}
        self._years: dict[int, YearSchedule] = {}

    def _schedule(self, year: int) -> YearSchedule:
        schedule = self._years.get(year)
        if schedule is None:
            schedule = self._years[year] = _rule_schedule(year)
        return schedule

    def is_estimated(self, year: int) -> bool:
        """True when neither the package nor the company has the official schedule for the year."""
        return year not in self._override_years and not self._schedule(year).announced

    def is_working_day(self, day: date) -> bool:
        kind = self._overrides.get(day)
        if kind is not None:
            return kind == WORKDAY
        schedule = self._schedule(day.year)
        if day.weekday() >= 5:
            return day in schedule.makeup_workdays
        return day not in schedule.holidays

    def is_makeup_workday(self, day: date) -> bool:
        return day.weekday() >= 5 and self.is_working_day(day)

    def holiday_name(self, day: date) -> str | None:
        """The public holiday on that day, or None (also for a plain weekend)."""
        kind = self._overrides.get(day)
        if kind == WORKDAY:
            return None
        name = self._schedule(day.year).holidays.get(day)
        return name if name is not None or kind is None else DAY_KINDS[HOLIDAY]

    def next_working_day(self, day: date, *, include_today: bool = True) -> date | None:
        """The first working day from `day` on; None if the date range ends first."""
        current = day
        try:
            if not include_today:
                current += timedelta(days=1)
            while not self.is_working_day(current):
                current += timedelta(days=1)
        except OverflowError:
            return None
        return current

    def working_days_between(self, first: date, last: date) -> int:
        """Working days in the closed range [first, last]."""
        count, current = 0, first
        while current <= last:
            count += self.is_working_day(current)
            if current == date.max:
                break
            current += timedelta(days=1)
        return count

    def year_overview(self, year: int) -> tuple[dict[date, str], list[date]]:
        """Holidays (date → name) and make-up working days of a year, overrides applied."""
        schedule = self._schedule(year)
        days_off = dict(schedule.holidays)
        makeup = set(schedule.makeup_workdays)
        for day, kind in self._overrides.items():
            if day.year != year:
                continue
            if kind == WORKDAY:
                days_off.pop(day, None)
                if day.weekday() >= 5:
                    makeup.add(day)
            else:
                makeup.discard(day)
                days_off.setdefault(day, DAY_KINDS[HOLIDAY])
        return dict(sorted(days_off.items())), sorted(makeup)
