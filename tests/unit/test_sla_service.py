"""A ticket's deadlines from plain values, and the frozen SQL of schema step 3 on both engines."""
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from aftersales_desktop.domain.sla_policy import SEED_POLICIES
from aftersales_desktop.domain.work_calendar import ANNOUNCED_YEARS, WORKDAY, WorkCalendar
from aftersales_desktop.services.sla_service import (
    compute_deadlines, hours_from_settings, policy_from_row)
from aftersales_desktop.storage.migration_v3 import SLA_POLICIES_V3, step_3
from aftersales_desktop.storage.migrations import STEPS
from tests.conftest import create_pg_schema, drop_pg_schema, require_pg

CALENDAR = WorkCalendar()


def sh(*args) -> datetime:
    return datetime(*args) - timedelta(hours=8)


def test_a_normal_ticket_gets_first_reply_and_solution_deadlines():
    result = compute_deadlines(sh(2026, 3, 11, 17), "normal", "quality", calendar=CALENDAR)
    assert result.first_reply.due_at == sh(2026, 3, 12, 17)
    assert result.solution.due_at == sh(2026, 3, 12, 17)
    assert result.solution.limit_label == "1个工作日"
    assert result.solution.warn_at == sh(2026, 3, 12, 14, 45)
    assert result.report is None and result.promised is None
    assert result.as_json() == {"first_reply": "2026-03-12T09:00:00+00:00",
                                "solution": "2026-03-12T09:00:00+00:00",
                                "report": None, "promised": None}
    assert result.estimated_years == ()
    assert result.solution.state_at(sh(2026, 3, 12, 15)) == "warning"


def test_urgent_low_and_logistics_tickets():
    received = sh(2026, 2, 13, 10)
    urgent = compute_deadlines(received, "urgent", calendar=CALENDAR)
    assert urgent.solution.due_at == sh(2026, 2, 14, 10)
    low = compute_deadlines(received, "low", subcategory="logistics.damaged", calendar=CALENDAR)
    assert low.solution.due_at == sh(2026, 2, 25, 10)  # Saturday 14 worked, 15–23 off
    assert low.report.due_at == sh(2026, 2, 13, 10, 10)
    assert low.report.warn_at == sh(2026, 2, 13, 10, 7, 30)
    assert [d.kind for d in low.all()] == ["first_reply", "solution", "report"]


def test_promised_time_pauses_and_an_unannounced_year():
    result = compute_deadlines(
        sh(2026, 12, 31, 17), "normal", "service", promised_at=sh(2027, 1, 6, 12),
        promised_on=sh(2027, 1, 4, 12), pauses=[(sh(2027, 1, 4, 9), sh(2027, 1, 4, 18))],
        calendar=CALENDAR)
    assert result.solution.due_at == sh(2027, 1, 5, 17)
    assert result.promised.due_at == sh(2027, 1, 6, 12)
    assert result.promised.warn_at == sh(2027, 1, 6, 0)
    entered = WorkCalendar({date(2027, 1, 1): WORKDAY})
    early = compute_deadlines(sh(2026, 12, 31, 17), "normal", calendar=entered)
    assert early.solution.due_at == sh(2027, 1, 1, 17) and early.estimated_years == ()


def test_the_years_without_an_official_schedule_are_named_for_the_notice():
    unannounced = max(ANNOUNCED_YEARS) + 1
    result = compute_deadlines(sh(unannounced - 1, 12, 31, 17), "low", calendar=CALENDAR)
    assert result.estimated_years == (unannounced,)


def test_an_open_pause_leaves_working_deadlines_open():
    result = compute_deadlines(sh(2026, 3, 9, 9), "normal", calendar=CALENDAR,
                               pauses=[(sh(2026, 3, 9, 10), None)])
    assert result.solution.due_at is None and result.solution.state_at(sh(2030, 1, 1)) == "paused"
    assert result.as_json()["solution"] is None


def test_step_3_runs_on_sqlite_after_step_1_and_seeds_the_domain_defaults():
    conn = sqlite3.connect(":memory:")
    for statement in STEPS[1]("sqlite") + step_3("sqlite"):
        conn.execute(statement)
    assert conn.execute("SELECT count(*) FROM sla_policy").fetchone() == (5,)
    assert dict(conn.execute("SELECT key, value FROM setting WHERE key LIKE 'sla.%'")) == {
        "sla.business_opens": "09:00", "sla.business_closes": "18:00"}
    rows = conn.execute("SELECT kind, priority, category_code, subcategory_code, amount, unit, "
                        "warn_percent FROM sla_policy ORDER BY sort_order")
    assert tuple(policy_from_row(*row) for row in rows) == SEED_POLICIES
    hours = dict(conn.execute("SELECT key, value FROM setting"))
    assert hours_from_settings(hours["sla.business_opens"], hours["sla.business_closes"]) == (
        hours_from_settings(None, None))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO calendar_override (day, kind, entered_at) "
                     "VALUES ('2027-01-01', 'maybe', '2026-12-01')")


def test_step_3_runs_on_postgresql_after_step_1():
    require_pg()
    import psycopg

    schema, url = create_pg_schema()
    try:
        with psycopg.connect(url, autocommit=True) as conn:
            for statement in STEPS[1]("postgresql") + step_3("postgresql"):
                conn.execute(statement)
            rows = conn.execute("SELECT kind, priority, category_code, amount, unit "
                                "FROM sla_policy ORDER BY sort_order").fetchall()
            assert [tuple(r) for r in rows] == list(SLA_POLICIES_V3)
            with pytest.raises(psycopg.errors.CheckViolation):
                conn.execute("INSERT INTO sla_policy (kind, amount, unit) VALUES ('x', 1, 'hour')")
    finally:
        drop_pg_schema(schema)
