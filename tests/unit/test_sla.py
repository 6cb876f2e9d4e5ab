"""Deadlines on the Chinese working calendar; all times in and out are naive UTC."""
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.sla import (
    LATEST, BusinessHours, Deadline, TimeLimit, add_time, deadline)
from aftersales_desktop.domain.sla_policy import SEED_POLICIES, SlaPolicy, pick_policy
from aftersales_desktop.domain.work_calendar import ANNOUNCED_YEARS, WorkCalendar

CALENDAR = WorkCalendar()
ONE_DAY, THREE_DAYS = TimeLimit(1, "working_day"), TimeLimit(3, "working_day")
DAY_OF_HOURS = TimeLimit(24, "hour")


def sh(*args) -> datetime:
    """A Shanghai wall-clock time as stored (naive UTC)."""
    return datetime(*args) - timedelta(hours=8)


def due(start, limit, **kwargs):
    return deadline(start, limit, CALENDAR, **kwargs).due_at


def test_one_working_day_is_one_full_business_day():
    assert due(sh(2026, 3, 11, 17), ONE_DAY) == sh(2026, 3, 12, 17)  # Wednesday → Thursday
    assert due(sh(2026, 3, 15, 10), ONE_DAY) == sh(2026, 3, 16, 18)  # Sunday → Monday 18:00


def test_receipt_outside_business_hours_counts_from_the_next_opening():
    assert due(sh(2026, 3, 10, 7, 30), ONE_DAY) == sh(2026, 3, 10, 18)
    assert due(sh(2026, 3, 10, 19), ONE_DAY) == sh(2026, 3, 11, 18)
    assert due(sh(2026, 3, 13, 18), ONE_DAY) == sh(2026, 3, 16, 18)  # Friday close → Monday


def test_calendar_hours_run_through_holidays():
    assert due(sh(2026, 2, 16, 10), DAY_OF_HOURS) == sh(2026, 2, 17, 10)
    assert due(sh(2026, 2, 16, 10), TimeLimit(10, "minute")) == sh(2026, 2, 16, 10, 10)


def test_spring_festival_2026_skips_the_holiday_and_works_the_makeup_saturday():
    assert due(sh(2026, 2, 13, 17), ONE_DAY) == sh(2026, 2, 14, 17)  # Saturday worked
    assert due(sh(2026, 2, 14, 17), ONE_DAY) == sh(2026, 2, 24, 17)
    assert due(sh(2026, 2, 12, 10), THREE_DAYS) == sh(2026, 2, 24, 10)


def test_national_day_2026_ends_on_the_makeup_saturday():
    assert due(sh(2026, 9, 30, 17), THREE_DAYS) == sh(2026, 10, 10, 17)
    assert due(sh(2026, 9, 19, 12), ONE_DAY) == sh(2026, 9, 20, 18)  # Sunday 20 September worked


def test_new_year_into_a_year_without_an_announced_schedule():
    assert due(sh(2026, 12, 31, 17), ONE_DAY) == sh(2027, 1, 4, 17)  # 元旦 2027, then a weekend
    unannounced = max(ANNOUNCED_YEARS) + 1
    assert CALENDAR.is_estimated(unannounced)
    result = to_local(due(sh(unannounced - 1, 12, 31, 12), THREE_DAYS))
    assert result.year == unannounced and result.date() > date(unannounced, 1, 1)
    assert CALENDAR.is_working_day(result.date())


def test_a_pause_spanning_the_spring_festival_stops_the_clock():
    pauses = [(sh(2026, 2, 13, 12), sh(2026, 2, 24, 10))]
    # Two hours used before the pause; the makeup Saturday falls inside it and does not count.
    assert due(sh(2026, 2, 13, 10), THREE_DAYS, pauses=pauses) == sh(2026, 2, 26, 17)
    calendar_pause = [(sh(2026, 2, 15, 12), sh(2026, 2, 18, 12))]
    assert due(sh(2026, 2, 15, 10), DAY_OF_HOURS, pauses=calendar_pause) == sh(2026, 2, 19, 10)


def test_overlapping_and_earlier_pauses_count_once():
    pauses = [(sh(2026, 3, 9, 8), sh(2026, 3, 9, 10)), (sh(2026, 3, 9, 11), sh(2026, 3, 9, 13)),
              (sh(2026, 3, 9, 12), sh(2026, 3, 9, 14)), (sh(2026, 3, 1), sh(2026, 3, 2))]
    assert due(sh(2026, 3, 9, 9), ONE_DAY, pauses=pauses) == sh(2026, 3, 10, 13)


def test_an_open_pause_leaves_the_deadline_open():
    result = deadline(sh(2026, 3, 9, 9), ONE_DAY, CALENDAR, pauses=[(sh(2026, 3, 9, 10), None)])
    assert result == Deadline(None, None)
    assert result.state_at(sh(2027, 1, 1)) == "paused"


def test_early_warning_at_three_quarters_of_the_time():
    result = deadline(sh(2026, 3, 9, 9), ONE_DAY, CALENDAR)
    assert result.warn_at == sh(2026, 3, 9, 15, 45)
    assert [result.state_at(sh(2026, 3, 9, h)) for h in (10, 16, 18)] == [
        "running", "warning", "overdue"]
    half = deadline(sh(2026, 3, 9, 9), DAY_OF_HOURS, CALENDAR, warn_share=0.5)
    assert half.warn_at == sh(2026, 3, 9, 21)


def test_custom_business_hours_and_invalid_limits():
    hours = BusinessHours(time(8, 30), time(17, 30))
    assert due(sh(2026, 3, 11, 17), ONE_DAY, hours=hours) == sh(2026, 3, 12, 17)
    two_hours = TimeLimit(2, "working_hour")
    assert due(sh(2026, 3, 11, 12), two_hours, hours=hours) == sh(2026, 3, 11, 14)
    with pytest.raises(ValueError):
        BusinessHours(time(18), time(9))
    with pytest.raises(ValueError):
        TimeLimit(0, "hour")
    with pytest.raises(ValueError):
        TimeLimit(1, "fortnight")
    with pytest.raises(ValueError):
        deadline(sh(2026, 3, 9, 9), ONE_DAY, CALENDAR, warn_share=0)


def test_seed_policies():
    def limit(kind, priority, category=None):
        policy = pick_policy(SEED_POLICIES, kind, priority, category)
        return policy and policy.limit.label()
    assert limit("first_reply", "low") == "24小时"
    assert limit("solution", "urgent") == "24小时"
    assert limit("solution", "normal") == "1个工作日"
    assert limit("solution", "low") == "3个工作日"
    assert limit("report", "normal", "logistics") == "10分钟"
    assert limit("report", "normal", "quality") is None
    special = SlaPolicy("solution", TimeLimit(4, "working_hour"), "normal", "logistics")
    policies = (*SEED_POLICIES, special)
    assert pick_policy(policies, "solution", "normal", "logistics") is special
    assert pick_policy(policies, "solution", "normal", "quality").limit == ONE_DAY


def test_the_ends_of_the_date_range_are_clamped():
    assert due(datetime(9999, 12, 31, 23, 59), THREE_DAYS) == LATEST
    assert due(datetime.max, DAY_OF_HOURS) == LATEST
    assert due(datetime.min, ONE_DAY) is not None
    assert add_time(datetime(9999, 12, 29), timedelta(days=30), "working", CALENDAR) == LATEST


LIMITS = st.builds(TimeLimit, st.integers(1, 5),
                   st.sampled_from(["minute", "hour", "working_hour", "working_day"]))
MOMENTS = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31))


@settings(max_examples=150, deadline=None)
@given(MOMENTS, st.timedeltas(timedelta(0), timedelta(days=20)), LIMITS,
       st.lists(st.tuples(MOMENTS, st.timedeltas(timedelta(0), timedelta(days=15))), max_size=2))
def test_a_later_receipt_never_gets_an_earlier_deadline(first, gap, limit, pause_spans):
    pauses = [(begin, begin + length) for begin, length in pause_spans]
    earlier = deadline(first, limit, CALENDAR, pauses=pauses)
    later = deadline(first + gap, limit, CALENDAR, pauses=pauses)
    assert first <= earlier.warn_at <= earlier.due_at
    assert earlier.due_at <= later.due_at


@settings(max_examples=150, deadline=None)
@given(MOMENTS, st.integers(1, 5), st.sampled_from(["working_hour", "working_day"]))
def test_working_deadlines_fall_in_business_hours_on_working_days(start, amount, unit):
    result = due(start, TimeLimit(amount, unit))
    local = to_local(result)
    assert CALENDAR.is_working_day(local.date())
    assert time(9) < local.time() <= time(18)


@settings(max_examples=50, deadline=None)
@given(st.datetimes(min_value=datetime(9999, 1, 1)), LIMITS)
def test_no_moment_at_the_end_of_time_crashes(start, limit):
    result = deadline(start, limit, CALENDAR)
    assert result.due_at <= LATEST
