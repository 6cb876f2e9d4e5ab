"""The Chinese working calendar: official 2026 schedule, unannounced years, overrides, odd years."""
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aftersales_desktop.domain.work_calendar import (
    ANNOUNCED_YEARS, HOLIDAY, WORKDAY, WorkCalendar)

CALENDAR = WorkCalendar()
# The first year the installed `holidays` has no official notice for (2027 as of holidays 0.109).
UNANNOUNCED = max(ANNOUNCED_YEARS) + 1


def _working(first: date, last: date) -> list[date]:
    days = (last - first).days + 1
    every_day = [first + timedelta(n) for n in range(days)]
    return [day for day in every_day if CALENDAR.is_working_day(day)]


def test_spring_festival_2026_is_off_from_15_to_23_february_with_two_makeup_saturdays():
    off = [date(2026, 2, d) for d in range(15, 24)]
    assert not any(CALENDAR.is_working_day(d) for d in off)
    assert CALENDAR.is_working_day(date(2026, 2, 14))  # Saturday, worked
    assert CALENDAR.is_working_day(date(2026, 2, 28))  # Saturday, worked
    assert CALENDAR.is_makeup_workday(date(2026, 2, 14))
    assert CALENDAR.is_working_day(date(2026, 2, 13)) and CALENDAR.is_working_day(date(2026, 2, 24))
    assert CALENDAR.holiday_name(date(2026, 2, 17)) == "春节"
    assert _working(date(2026, 2, 9), date(2026, 3, 1)) == (
        [date(2026, 2, d) for d in (9, 10, 11, 12, 13, 14, 24, 25, 26, 27, 28)])


def test_national_day_2026_with_its_makeup_saturday_and_sunday():
    assert not any(CALENDAR.is_working_day(date(2026, 10, d)) for d in range(1, 8))
    assert CALENDAR.is_working_day(date(2026, 10, 10))  # Saturday
    assert CALENDAR.is_working_day(date(2026, 9, 20))  # Sunday
    assert not CALENDAR.is_working_day(date(2026, 10, 11))
    assert not CALENDAR.is_working_day(date(2026, 9, 25))  # 中秋节, Friday
    assert CALENDAR.working_days_between(date(2026, 9, 28), date(2026, 10, 11)) == 6


def test_new_year_2026_makeup_sunday_and_a_makeup_day_announced_the_year_before():
    assert not CALENDAR.is_working_day(date(2026, 1, 2))
    assert CALENDAR.is_working_day(date(2026, 1, 4))
    # The 2002 notice made Saturday 2001-12-29 a working day.
    assert CALENDAR.is_working_day(date(2001, 12, 29))


def test_a_year_without_an_announced_schedule_uses_the_statutory_holidays_and_says_so():
    assert not CALENDAR.is_estimated(2026) and not CALENDAR.is_estimated(UNANNOUNCED - 1)
    assert CALENDAR.is_estimated(UNANNOUNCED) and CALENDAR.is_estimated(UNANNOUNCED + 1)
    for month, day in ((1, 1), (5, 1), (10, 1), (10, 2), (10, 3)):
        assert not CALENDAR.is_working_day(date(UNANNOUNCED, month, day))
    assert CALENDAR.holiday_name(date(UNANNOUNCED, 1, 1)) == "元旦"
    first = date(UNANNOUNCED, 1, 1)
    assert not any(CALENDAR.is_makeup_workday(first + timedelta(n)) for n in range(365))
    assert not CALENDAR.is_working_day(date(2028, 1, 26))  # 春节 2028 by the lunar calendar
    assert CALENDAR.is_working_day(date(2027, 1, 4))


def test_company_overrides_take_precedence_and_mark_the_year_entered():
    overrides = {date(2027, 2, 20): WORKDAY, date(2027, 2, 11): HOLIDAY, date(2026, 2, 14): HOLIDAY}
    calendar = WorkCalendar(overrides)
    assert calendar.is_working_day(date(2027, 2, 20))  # Saturday made a working day
    assert not calendar.is_working_day(date(2027, 2, 11))
    assert not calendar.is_working_day(date(2026, 2, 14))
    assert not calendar.is_estimated(2027)
    assert calendar.is_estimated(2028)
    days_off, makeup = calendar.year_overview(2027)
    assert date(2027, 2, 11) in days_off and date(2027, 2, 20) in makeup
    with pytest.raises(ValueError):
        WorkCalendar({date(2027, 1, 1): "maybe"})


def test_years_outside_the_holiday_tables_fall_back_to_rule_and_weekdays():
    assert not CALENDAR.is_working_day(date(2150, 10, 1))  # solar statutory holiday by rule
    assert CALENDAR.is_estimated(2150)
    assert CALENDAR.is_working_day(date(1900, 1, 1))  # Monday, no PRC holidays yet
    assert CALENDAR.next_working_day(date(9999, 12, 31)) == date(9999, 12, 31)
    assert CALENDAR.next_working_day(date(9999, 12, 31), include_today=False) is None
    assert CALENDAR.is_working_day(date(1, 1, 1))


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_no_date_crashes_and_weekdays_decide_outside_holidays(day):
    working = CALENDAR.is_working_day(day)
    CALENDAR.is_estimated(day.year)
    CALENDAR.holiday_name(day)
    if CALENDAR.holiday_name(day) is not None:
        assert not working
    elif day.weekday() < 5:
        assert working
    assert CALENDAR.next_working_day(day) >= day
