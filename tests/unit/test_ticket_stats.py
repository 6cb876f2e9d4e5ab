"""The dashboard's per-ticket values stored on the ticket (services.ticket_stats) stay equal to
what the ticket's own rows say after each kind of change, on both engines; and the schema
step's backfill gives the same values."""
from __future__ import annotations

import sys
from datetime import timedelta, timezone

import pytest

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.stat_periods import StatPeriod
from aftersales_desktop.services.anonymise import anonymise_customer
from aftersales_desktop.services.callbacks import record_call
from aftersales_desktop.services.resolution import resolve_ticket
from aftersales_desktop.services.statistics import dashboard
from aftersales_desktop.services.ticket_clock import set_promised
from aftersales_desktop.services.tickets import transition
from aftersales_desktop.storage.migration_v15 import STAT_COLUMNS_V15
from aftersales_desktop.storage.models import Ticket, database
from aftersales_desktop.storage.models_callback import CallbackAttempt, Resolution
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

from .callback_helpers import HAPPY, UNHAPPY, add_callback_crew, open_task, ticket_in_progress

STORED = ("stat_resolved_at", "stat_met_state", "stat_open_count", "stat_open_due",
          "stat_satisfied", "stat_resolution_score", "stat_attitude_score")


def from_rows(ticket_id: int) -> tuple:
    """The values counted by hand from the ticket's resolutions, time limits and calls."""
    resolved = [r.resolved_at for r in Resolution.select().where(Resolution.ticket == ticket_id)]
    limits = list(TicketDeadlineRow.select().where(TicketDeadlineRow.ticket == ticket_id))
    met = [2 if d.due_at is not None and d.met_at > d.due_at else 0
           for d in limits if d.met_at is not None]
    open_due = [d.due_at for d in limits if d.met_at is None and d.due_at is not None]
    calls = sorted(CallbackAttempt.select().where((CallbackAttempt.ticket == ticket_id)
                                                  & CallbackAttempt.reached),
                   key=lambda a: (a.at, a.id))
    last = calls[-1] if calls else None
    return (min(resolved, default=None), max(met, default=None),
            sum(d.met_at is None for d in limits), min(open_due, default=None),
            last and last.satisfied, last and last.resolution_score,
            last and last.attitude_score)


def stored(number: str) -> tuple:
    ticket = Ticket.get(Ticket.number == number)
    return ticket.id, tuple(getattr(ticket, name) for name in STORED)


def assert_in_step(number: str) -> tuple:
    ticket_id, values = stored(number)
    assert values == from_rows(ticket_id)
    return values


def later(monkeypatch, delta: timedelta) -> None:
    """Every service's clock moved on by `delta`."""
    moment = utcnow() + delta
    for name, module in list(sys.modules.items()):
        if name.startswith("aftersales_desktop.services.") and hasattr(module, "utcnow"):
            monkeypatch.setattr(module, "utcnow", lambda: moment)


@pytest.fixture
def crew(db):
    add_callback_crew()


def test_resolve_callback_reopen_and_resolve_again(crew):
    number = ticket_in_progress()
    _, met, open_count, open_due, *_ = assert_in_step(number)
    assert met == 0 and open_count > 0 and open_due is not None  # first reply met, rest open
    resolve_ticket(number, "repair", "上门更换加热盘", actor="zhang")
    first = assert_in_step(number)
    assert first[0] is not None and first[4] is None
    record_call(open_task(number).id, UNHAPPY, actor="sun")  # not satisfied: reopened
    values = assert_in_step(number)
    assert Ticket.get(Ticket.number == number).state == "reopened"
    assert values[0] == first[0] and values[2] > 0  # the solution limit runs again
    assert values[4:] == (False, 2, 4)
    transition(number, "in_progress", actor="zhang")
    assert_in_step(number)
    resolve_ticket(number, "换货", "换新机", actor="zhang")
    record_call(open_task(number).id, HAPPY, actor="sun")
    values = assert_in_step(number)
    assert values[0] == first[0] and values[4:] == (True, 5, 4)


def test_a_promised_time_met_late_and_an_open_one_missed(crew, monkeypatch):
    late_one, open_one = ticket_in_progress(), ticket_in_progress(phone="13912345679")
    for number in (late_one, open_one):
        set_promised(number, (utcnow() + timedelta(hours=2)).replace(tzinfo=timezone.utc),
                     actor="zhang")
        assert assert_in_step(number)[3] is not None
    later(monkeypatch, timedelta(days=30))  # past every due time
    resolve_ticket(late_one, "repair", "上门更换加热盘", actor="zhang")
    assert assert_in_step(late_one)[1] == 2  # met after its due time
    _, met, open_count, open_due, *_ = assert_in_step(open_one)
    assert open_count > 0 and open_due < utcnow() + timedelta(days=30)
    today = (utcnow() + timedelta(hours=8)).date()
    board = dashboard("admin", StatPeriod(today - timedelta(days=1), today),
                      now=utcnow() + timedelta(days=30))
    on_time = {row.key: row.count for row in board.charts["on_time"].rows}
    assert on_time["late"] == 2 and on_time["running"] == 0
    board = dashboard("admin", StatPeriod(today - timedelta(days=1), today), now=utcnow())
    on_time = {row.key: row.count for row in board.charts["on_time"].rows}
    assert on_time["running"] == 1 and on_time["late"] == 1  # the open one not yet due


def test_anonymising_keeps_the_values(crew):
    number = ticket_in_progress()
    resolve_ticket(number, "repair", "上门更换加热盘", actor="zhang")
    record_call(open_task(number).id, HAPPY, actor="sun")
    before = assert_in_step(number)
    anonymise_customer(Ticket.get(Ticket.number == number).customer_id, "admin")
    assert assert_in_step(number) == before


def test_the_schema_steps_backfill_gives_the_same_values(crew):
    numbers = [ticket_in_progress(phone=f"1391234567{i}") for i in range(3)]
    resolve_ticket(numbers[0], "repair", "上门更换加热盘", actor="zhang")
    record_call(open_task(numbers[0]).id, UNHAPPY, actor="sun")
    kept = {n: stored(n)[1] for n in numbers}
    database.execute_sql("UPDATE ticket SET stat_resolved_at = NULL, stat_met_state = NULL, "
                         "stat_open_count = 0, stat_open_due = NULL, stat_satisfied = NULL")
    database.execute_sql(f"UPDATE ticket SET {STAT_COLUMNS_V15}")
    assert {n: stored(n)[1] for n in numbers} == kept


def test_demo_data_is_written_with_its_values(db):
    from aftersales_desktop.services.demo import generate_demo

    generate_demo(60, seed=5)
    numbers = [n for n, in Ticket.select(Ticket.number).tuples()]
    assert len(numbers) == 60
    values = [assert_in_step(n) for n in numbers]
    assert any(v[0] is not None for v in values) and any(v[4] is not None for v in values)
