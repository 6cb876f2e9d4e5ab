"""Stored deadlines on both engines: at creation, on priority and category changes, met by the
lifecycle, re-entered on reopen, paused while waiting on the customer; overdue filter and count."""
from datetime import datetime, timedelta, timezone

import pytest

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.services.classification import classify
from aftersales_desktop.services.deadlines import load_context, overdue_count, sync_deadlines
from aftersales_desktop.services.ticket_clock import pause_clock, resume_clock, set_promised
from aftersales_desktop.services.ticket_list import TicketFilter, count_tickets, list_page
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import create_ticket, transition, update_ticket
from aftersales_desktop.storage.models import AuditEvent, Ticket, database
from aftersales_desktop.storage.models_sla import TicketDeadlineRow, TicketPause
from tests.unit.helpers import ticket_json

LOW = {"loss": "none", "scope": "single", "urgency": "none", "repair": "simple"}
URGENT = {"loss": "major", "scope": "systemic", "urgency": "none", "repair": "compensation"}


def sh(*args) -> datetime:
    """Naive UTC of a Shanghai wall-clock time."""
    return datetime(*args) - timedelta(hours=8)


def made(received: str, **extra) -> str:
    return create_ticket(ticket_json(received_at=received, **extra)).number


def stored(number: str) -> dict:
    ticket_id = Ticket.get(Ticket.number == number).id
    return {r.kind: r for r in
            TicketDeadlineRow.select().where(TicketDeadlineRow.ticket == ticket_id)}


def due(number: str) -> dict:
    return {kind: row.due_at for kind, row in stored(number).items()}


def test_worked_examples_are_stored_at_creation(db):
    wednesday = made("2026-03-11T17:00:00+08:00")
    assert due(wednesday) == {"first_reply": sh(2026, 3, 12, 17), "solution": sh(2026, 3, 12, 17)}
    sunday = made("2026-03-15T10:00:00+08:00", customer={"phone": "13800138000"})
    assert due(sunday) == {"first_reply": sh(2026, 3, 16, 10), "solution": sh(2026, 3, 16, 18)}
    urgent = made("2026-03-15T10:00:00+08:00", priority="urgent", category="logistics",
                  customer={"phone": "13800138001"})
    assert due(urgent) == {"first_reply": sh(2026, 3, 16, 10), "solution": sh(2026, 3, 16, 10),
                           "report": sh(2026, 3, 15, 10, 10)}
    row = stored(urgent)["report"]
    assert row.limit_label == "10分钟" and row.warn_at == sh(2026, 3, 15, 10, 7, 30)
    assert all(r.met_at is None for r in stored(urgent).values())
    assert get_ticket(urgent).as_json()["deadlines"] == {
        "first_reply": "2026-03-16T02:00:00+00:00", "solution": "2026-03-16T02:00:00+00:00",
        "report": "2026-03-15T02:10:00+00:00", "promised": None}


def test_priority_and_category_changes_recompute(db):
    number = made("2026-03-15T10:00:00+08:00")
    update_ticket(number, {"priority": "low"})
    assert due(number)["solution"] == sh(2026, 3, 18, 18)  # Wednesday: 3 working days
    assert stored(number)["solution"].limit_label == "3个工作日"
    update_ticket(number, {"category": "logistics"})
    assert due(number)["report"] == sh(2026, 3, 15, 10, 10)
    update_ticket(number, {"category": "quality"})
    assert "report" not in due(number)


def test_classification_recomputes_and_a_late_report_runs_from_receipt(db):
    # a Friday morning: the unclassified 1 working day ends on Monday, the urgent 24 hours on
    # Saturday (received "two hours ago" made both the same on a Monday to Thursday)
    received = sh(2026, 11, 27, 10).replace(tzinfo=timezone.utc)
    number = made(received.isoformat(), problem={"description": "快递破损"})
    transition(number, "verified")
    before = due(number)["solution"]
    classify(number, "logistics", "logistics.damaged", "urgent", URGENT)
    rows = stored(number)
    start = received.replace(tzinfo=None)
    assert rows["solution"].due_at == start + timedelta(hours=24) != before
    assert rows["report"].due_at == start + timedelta(minutes=10)
    assert rows["report"].met_at is None and rows["first_reply"].met_at is not None
    assert rows["solution"].met_at is None


def test_met_by_the_lifecycle_and_reopened_tickets_re_enter_the_clock(db):
    number = made("2026-03-11T17:00:00+08:00", category="logistics")
    transition(number, "verified")
    rows = stored(number)
    verified_at = AuditEvent.select().order_by(AuditEvent.id.desc()).first().at
    assert rows["first_reply"].met_at == verified_at
    assert rows["report"].met_at is None  # met when reported to the superior, not at verifying
    assert rows["solution"].met_at is None
    for target in ("classified", "assigned", "in_progress", "resolved"):
        transition(number, target, assignee="admin" if target == "assigned" else None)
    assert stored(number)["solution"].met_at is not None
    assert overdue_count(utcnow()) == 0
    transition(number, "callback")
    transition(number, "reopened", reason="客户反映问题仍在")
    rows = stored(number)
    reopened_at = AuditEvent.select().order_by(AuditEvent.id.desc()).first().at
    assert rows["solution"].met_at is None and rows["first_reply"].met_at is not None
    context = load_context()
    from aftersales_desktop.domain.sla import TimeLimit, deadline
    expected = deadline(reopened_at, TimeLimit(1, "working_day"), context.calendar)
    assert rows["solution"].due_at == expected.due_at > reopened_at


def test_pause_spanning_a_holiday_moves_only_the_solution(db):
    number = made("2026-09-30T10:00:00+08:00")
    assert due(number)["solution"] == sh(2026, 10, 8, 10)  # National Day 1–7 October
    ticket_id = Ticket.get(Ticket.number == number).id
    with database.atomic():
        TicketPause.insert(ticket=ticket_id, started_at=sh(2026, 9, 30, 12),
                           ended_at=sh(2026, 10, 8, 12), reason="补充照片").execute()
        sync_deadlines(ticket_id, utcnow())
    assert due(number) == {"first_reply": sh(2026, 10, 1, 10), "solution": sh(2026, 10, 9, 10)}


def test_pause_and_resume_are_audited_and_version_checked(db):
    number = made((datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat())
    version = get_ticket(number).version
    with pytest.raises(ValidationError):
        pause_clock(number, "  ", expect_version=version)
    view = pause_clock(number, "补充照片", expect_version=version)
    assert view.version == version + 1 and view.pause_reason == "补充照片"
    assert view.as_json()["deadlines"]["solution"] is None  # the clock stands still
    assert view.deadline("solution").state_at(utcnow()) == "paused"
    assert view.deadline("first_reply").due_at is not None
    with pytest.raises(ValidationError):
        pause_clock(number, "再次暂停")
    with pytest.raises(ConflictError):
        resume_clock(number, expect_version=version)
    assert TicketPause.get().ended_at is None
    view = resume_clock(number, expect_version=version + 1)
    assert view.paused_since is None and view.deadline("solution").due_at is not None
    assert TicketPause.get().ended_at is not None
    actions = [e.action for e in view.events]
    assert actions[-2:] == ["pause", "resume"]
    with pytest.raises(ValidationError):
        resume_clock(number)


def test_an_answered_ticket_stops_waiting_and_cannot_pause(db):
    number = made((datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat())
    pause_clock(number, "等客户寄回商品")
    transition(number, "rejected", reason="不在售后政策范围内")
    assert TicketPause.get().ended_at is not None
    assert all(row.met_at is not None for row in stored(number).values())
    with pytest.raises(ValidationError, match="已驳回"):
        pause_clock(number, "x")


def test_promised_resolution_time(db):
    number = made((datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat())
    when = (datetime.now(timezone.utc) + timedelta(days=2)).replace(microsecond=0)
    view = set_promised(number, when.astimezone(timezone(timedelta(hours=8))))
    assert view.as_json()["deadlines"]["promised"] == when.isoformat()
    row = stored(number)["promised"]
    assert row.limit_label == "承诺时间" and utcnow() < row.warn_at < row.due_at
    with pytest.raises(ValidationError):
        set_promised(number, datetime.now(timezone.utc) - timedelta(hours=1))
    later = when + timedelta(days=1)
    set_promised(number, later)
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, event.old_value, event.new_value) == (
        "promise", when.isoformat(), later.isoformat())
    for target in ("verified", "classified"):
        update_ticket(number, {"category": "service"}) if target == "classified" else None
        transition(number, target)
    transition(number, "assigned", assignee="admin")
    transition(number, "in_progress")
    transition(number, "resolved")
    assert stored(number)["promised"].met_at is not None


def test_overdue_filter_and_count(db):
    late = made("2026-03-11T17:00:00+08:00")
    fresh = made(datetime.now(timezone.utc).isoformat(), customer={"phone": "13800138000"})
    done = made("2026-03-11T18:00:00+08:00", customer={"phone": "13800138001"})
    transition(done, "rejected", reason="重复投诉")
    assert overdue_count(utcnow()) == 1
    assert count_tickets(TicketFilter(overdue=True)) == 1
    assert [r.number for r in list_page(TicketFilter(overdue=True))] == [late]
    rows = {r.number: r for r in list_page(TicketFilter())}
    assert rows[late].deadline == "2026-03-12T09:00:00+00:00"
    assert rows[fresh].deadline > rows[fresh].deadline_warn > rows[fresh].received_at
    assert rows[done].deadline is None
    pause_clock(fresh, "补充照片")
    assert {r.number: r.paused for r in list_page(TicketFilter())}[fresh]


def test_the_overdue_queries_use_the_open_deadline_index(sqlite_db):
    made("2026-03-11T17:00:00+08:00")
    assert overdue_count(utcnow()) == 1
    sql = ("SELECT COUNT(DISTINCT ticket_id) FROM ticket_deadline "
           "WHERE met_at IS NULL AND due_at <= ?")
    plan = str(database.execute_sql("EXPLAIN QUERY PLAN " + sql, (utcnow(),)).fetchall())
    assert "USING INDEX ticket_deadline_open_due" in plan
    overdue_filter = list_page(TicketFilter(overdue=True))
    assert len(overdue_filter) == 1


def test_demo_tickets_get_their_deadlines(db):
    from aftersales_desktop.services.demo import generate_demo

    now = utcnow().replace(minute=0, second=0, microsecond=0)
    generate_demo(120, seed=5, now=now)
    tickets = {t.id: t.state for t in Ticket.select(Ticket.id, Ticket.state)}
    rows = list(TicketDeadlineRow.select())
    assert {r.ticket_id for r in rows} == set(tickets)
    for row in rows:
        state = tickets[row.ticket_id]
        if state in ("resolved", "callback", "closed", "rejected"):
            assert row.met_at is not None, (state, row.kind)
        elif state == "received":
            assert row.met_at is None
        elif row.kind == "solution":
            assert row.met_at is None, state
    assert overdue_count(utcnow()) == count_tickets(TicketFilter(overdue=True)) > 0


def test_a_calendar_change_is_applied_to_running_tickets_by_resync(db):
    from datetime import date

    from aftersales_desktop.services.deadline_bulk import resync_running
    from aftersales_desktop.storage.models_sla import CalendarOverrideRow

    number = made("2026-03-11T17:00:00+08:00")
    CalendarOverrideRow.insert(day=date(2026, 3, 12), kind="holiday", name="公司假日",
                               entered_at=utcnow()).execute()
    assert due(number)["solution"] == sh(2026, 3, 12, 17)  # stored, until recomputed
    assert resync_running() == 1
    assert due(number)["solution"] == sh(2026, 3, 13, 17)


def test_remaining_time_in_words():
    from aftersales_desktop.domain.deadline_text import remaining_text

    now = datetime(2026, 3, 11, 9)
    assert remaining_text(now + timedelta(hours=3, minutes=20, seconds=30), now) == "剩 3小时20分"
    assert remaining_text(now - timedelta(days=1, hours=2, minutes=5), now) == "超时 1天2小时"
    assert remaining_text(now + timedelta(days=2), now) == "剩 2天"
    assert remaining_text(now + timedelta(seconds=20), now) == "剩 不到1分"
    assert remaining_text(now, now) == "超时 不到1分"
