"""`check` on both engines: clean on sound data, one readable line per deliberate breakage."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from aftersales_desktop.storage import migrations

from aftersales_desktop.cli.main import main
from aftersales_desktop.services.attachments import stored_path
from aftersales_desktop.services.integrity import check_database
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import Attachment, Ticket, database
from tests.unit.crash_writer import ticket_data

RED_PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red.png"


def _check(capsys, db_url) -> tuple[int, str]:
    code = main(["--db", db_url, "check"])
    return code, capsys.readouterr().out


def _sql(statement: str, *params) -> None:
    database.execute_sql(statement.replace("?", database.param), params)


@pytest.fixture
def tickets(db):
    numbers = [create_ticket(ticket_data(i, str(RED_PNG))).number for i in range(1, 6)]
    transition(numbers[0], "verified")
    transition(numbers[1], "rejected", reason="重复投诉")
    return numbers


def test_fresh_database_is_clean(db, db_url, capsys):
    assert check_database(db) == []
    code, out = _check(capsys, db_url)
    assert code == 0 and out.startswith("ok: 0 tickets")


def test_database_with_tickets_is_clean(tickets, db_url, capsys):
    code, out = _check(capsys, db_url)
    assert code == 0
    assert out.startswith("ok: 5 tickets") and "1 attachments" in out


def test_missing_and_altered_attachment_files_are_found(db, tickets, db_url, capsys):
    path = stored_path(db.attachments_dir, Attachment.get().sha256)
    path.write_bytes(path.read_bytes() + b"tampered")
    assert check_database(db) == [
        f"attachment 'red.png' of ticket {tickets[4]}: content does not match its hash ({path})"]
    path.unlink()
    code, out = _check(capsys, db_url)
    assert code == 1
    assert out == f"attachment 'red.png' of ticket {tickets[4]}: file missing ({path})\n"


def test_counter_below_the_highest_number_is_found(db, tickets, db_url, capsys):
    day = tickets[0][2:10]
    _sql("UPDATE ticket_counter SET last = 2 WHERE day = ?", day)
    code, out = _check(capsys, db_url)
    assert code == 1
    assert out == (f"ticket_counter for {day} is at 2 but SH{day}-0005 exists; "
                   "the next new numbers would collide\n")


def test_rows_written_past_the_services_are_found(db, tickets, capsys, db_url):
    row = Ticket.get(Ticket.number == tickets[0])
    _sql("INSERT INTO ticket (number, version, state, channel, received_at, created_at, "
         "updated_at, created_by_id, customer_id, priority, description) VALUES "
         "(?, 0, 'lost', 'hotline', ?, ?, ?, ?, ?, 'normal', 'raw')", "X-1", row.received_at,
         row.created_at, row.updated_at, row.created_by_id, row.customer_id)
    problems = check_database(db)
    assert problems == [
        "ticket X-1 has no 'create' audit event",
        "ticket number 'X-1' does not have the form SHyyyymmdd-nnnn",
        "ticket X-1 has version 0, expected 1 or more",
        "ticket X-1 is in unknown state 'lost'",
    ]
    code, out = _check(capsys, db_url)
    assert code == 1 and out.splitlines() == problems


def test_lost_append_only_guard_and_old_schema_are_found(db, tickets):
    if db.engine == "sqlite":
        _sql("DROP TRIGGER audit_event_no_delete")
        assert check_database(db) == [
            "audit_event has no trigger refusing DELETE; events could be deleted"]
        _sql("DROP TRIGGER audit_event_no_update")
    else:
        _sql("DROP TRIGGER audit_event_no_change ON audit_event")
    assert check_database(db) == [
        "audit_event has no trigger refusing UPDATE; events could be changed",
        "audit_event has no trigger refusing DELETE; events could be deleted"]
    _sql("UPDATE setting SET value = '0' WHERE key = 'schema_version'")
    assert check_database(db) == [
        f"schema version is 0, expected {migrations.LATEST}; run `aftersales init`"]


def test_sqlite_damage_is_found(sqlite_db, sqlite_url, capsys):
    create_ticket(ticket_data(1))
    database.close()
    with closing(sqlite3.connect(sqlite_url)) as raw, raw:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("UPDATE ticket SET customer_id = 999")
    assert check_database(sqlite_db) == [
        "foreign key: ticket row 1 refers to a missing customer row"]
    with closing(sqlite3.connect(sqlite_url)) as raw, raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(Path(sqlite_url).read_bytes())
    data[4096 * 3: 4096 * 5] = b"\xff" * 8192
    Path(sqlite_url).write_bytes(bytes(data))
    code, out = _check(capsys, sqlite_url)
    assert code == 1 and out.startswith(("integrity: ", "database cannot be read"))


def test_check_of_a_database_that_does_not_exist(tmp_path, data_dir, capsys):
    code, out = _check(capsys, str(tmp_path / "none.sqlite3"))
    assert code == 1 and out == f"no database file at {tmp_path / 'none.sqlite3'}\n"
    assert not (tmp_path / "none.sqlite3").exists()
