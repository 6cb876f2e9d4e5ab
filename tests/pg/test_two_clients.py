"""Two clients on the PostgreSQL server of this machine (tests/unit/test_races.py has the two
processes creating and editing at once): one client's connection killed in the middle of a
save (pg_terminate_backend), and the other client noticing changes within its next poll."""
from __future__ import annotations

import multiprocessing

import psycopg
import pytest

from aftersales_desktop.services import changes, search_index, tickets
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.storage.models import AuditEvent, Ticket, TicketCounter, database
from aftersales_desktop.storage.server_db import ConnectionLost
from tests.conftest import PG_SERVER
from tests.unit import race_worker
from tests.unit.helpers import ticket_json

CTX = multiprocessing.get_context("spawn")


def _kill_mid_save(monkeypatch, module, name: str) -> list[int]:
    """Make `module.name`, called inside the save's transaction, first have another client
    terminate this client's backend; returns the pids killed."""
    original, killed = getattr(module, name), []

    def interrupted(*args, **kwargs):
        if not killed:
            pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
            with psycopg.connect(PG_SERVER, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (pid,))
            killed.append(pid)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, interrupted)
    return killed


def _snapshot(number: str) -> tuple:
    ticket = Ticket.get(Ticket.number == number)
    words = search_index.SEARCH.select(search_index.SEARCH.tokens).where(
        search_index.SEARCH.ticket_id == ticket.id).scalar()
    return (ticket.version, ticket.priority, ticket.description, AuditEvent.select().count(),
            words)


def test_an_edit_whose_connection_dies_writes_nothing_and_a_retry_works(pg_db, monkeypatch):
    number = tickets.create_ticket(ticket_json()).number
    before = _snapshot(number)
    killed = _kill_mid_save(monkeypatch, tickets, "sync_deadlines")
    change = {"priority": "urgent", "problem": {"description": "外壳破损，电源线也烧焦了"}}

    with pytest.raises(ConnectionLost) as error:
        tickets.update_ticket(number, change, expect_version=1)

    assert killed and "没有保存任何内容" in error.value.message and "重试" in error.value.message
    assert not error.value.maybe_committed
    assert _snapshot(number) == before  # nothing half-written, read on a new connection
    pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    assert pid != killed[0]
    view = tickets.update_ticket(number, change, expect_version=1)  # the same save again
    assert view.version == 2 and view.priority == "urgent"
    assert [e.field for e in view.events if e.action == "update"] == ["description", "priority"]


def test_a_create_whose_connection_dies_takes_no_number(pg_db, monkeypatch):
    first = tickets.create_ticket(ticket_json()).number
    counters = list(TicketCounter.select().tuples())
    _kill_mid_save(monkeypatch, tickets.search_index, "index_tickets")
    data = ticket_json(client_id="desk2-0001")

    with pytest.raises(ConnectionLost):
        tickets.create_ticket(data)

    assert Ticket.select().count() == 1 and list(TicketCounter.select().tuples()) == counters
    again = tickets.create_ticket(data)
    assert int(again.number[-4:]) == int(first[-4:]) + 1  # no number lost, none twice
    assert tickets.create_ticket(data).number == again.number  # the client id holds


def test_the_other_client_notices_changes_even_when_a_lower_id_commits_late(pg_db):
    location, db_url = pg_db
    marker = changes.change_marker()
    number = tickets.create_ticket(ticket_json()).number
    other = tickets.create_ticket(ticket_json()).number
    changed, marker = changes.changed_since(marker)
    assert changed
    assert changes.changed_since(marker) == (False, marker)

    options = location.connect_args["options"]
    with psycopg.connect(PG_SERVER, options=options) as slow:  # a desk in mid-save
        ticket_id = Ticket.get(Ticket.number == other).id  # its row lock is not in the way
        slow.execute("INSERT INTO audit_event (ticket_id, entity, entity_id, action, field, "
                     "new_value, at) VALUES (%s, 'ticket', %s, 'update', 'priority', 'low', "
                     "now())", (ticket_id, ticket_id))
        out, start = CTX.Queue(), CTX.Event()
        fast = CTX.Process(target=race_worker.save_version,
                           args=(db_url, number, 1, "urgent", start, out))
        fast.start()
        start.set()
        fast.join(60)
        assert out.get(timeout=5)[0] == "saved"  # a higher id, committed first
        changed, marker = changes.changed_since(marker)
        assert changed
        slow.commit()  # the lower id appears now
    changed, marker = changes.changed_since(marker)
    assert changed and get_ticket(number).priority == "urgent"


def test_a_connection_killed_while_idle_is_replaced_without_an_error(pg_db):
    number = tickets.create_ticket(ticket_json()).number
    for call in (lambda: get_ticket(number).version,  # a read
                 lambda: tickets.update_ticket(number, {"priority": "low"}).version):  # a save
        pid = database.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        with psycopg.connect(PG_SERVER, autocommit=True) as other:
            other.execute("SELECT pg_terminate_backend(%s)", (pid,))
        assert call() in (1, 2)
        assert database.execute_sql("SELECT pg_backend_pid()").fetchone()[0] != pid


def test_a_connection_dying_at_commit_says_the_outcome_must_be_checked(pg_db, monkeypatch):
    import peewee

    number = tickets.create_ticket(ticket_json()).number
    original, killed = peewee.PostgresqlDatabase.commit, []

    def commit_on_a_dead_line(self):
        if not killed:
            pid = self.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
            with psycopg.connect(PG_SERVER, autocommit=True) as other:
                other.execute("SELECT pg_terminate_backend(%s)", (pid,))
            killed.append(pid)
        return original(self)

    monkeypatch.setattr(peewee.PostgresqlDatabase, "commit", commit_on_a_dead_line)
    with pytest.raises(ConnectionLost) as error:
        tickets.update_ticket(number, {"priority": "urgent"}, expect_version=1)
    assert error.value.maybe_committed and "无法确定" in error.value.message
    monkeypatch.undo()
    assert get_ticket(number).version == 1  # here it was not: the retry is safe
    assert tickets.update_ticket(number, {"priority": "urgent"}, expect_version=1).version == 2
