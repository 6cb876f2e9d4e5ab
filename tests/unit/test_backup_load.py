"""A backup taken while another process writes restores identical data (both engines): the
restored tables are exactly the written ones up to the moment of the backup, nothing torn,
every ticket acknowledged before the backup is there, and the evidence files come back."""
from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import psycopg

from aftersales_desktop.services.backups import restore_into, write_backup
from aftersales_desktop.services.integrity import check_database
from aftersales_desktop.storage.backup_files import backup_name
from tests.unit.crash_writer import Writer

RED_PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red.png"
# table → its key; rows are compared whole
TABLES = {"ticket": "id", "customer": "id", "audit_event": "id", "attachment": "id",
          "ticket_search": "ticket_id", "ticket_deadline": "id", "ticket_counter": "day"}


def _rows(location, table: str, key: str) -> dict:
    sql = f"SELECT * FROM {table} ORDER BY {key}"
    if location.engine == "sqlite":
        with closing(sqlite3.connect(location.target)) as conn:
            rows = conn.execute(sql).fetchall()
    else:
        with psycopg.connect(**location.connect_args) as conn:
            rows = conn.execute(sql).fetchall()
    return {row[0]: row for row in rows}


def _state(location) -> dict:
    return {table: _rows(location, table, key) for table, key in TABLES.items()}


def test_backup_under_write_load_restores_identical_data(db, db_url, tmp_path):
    writer = Writer(db_url, str(RED_PNG))
    try:
        writer.wait_ready()
        writer.wait_for(15)
        acknowledged = list(writer.numbers)
        made = write_backup(db, tmp_path / backup_name(db.engine, "20261122-093000", False))
        writer.wait_for(len(writer.numbers) + 10)
    finally:
        everything = writer.kill()
    assert len(everything) > len(acknowledged) + 5, "the writer did not write after the backup"
    before = _state(db)
    for file in db.attachments_dir.rglob("*"):
        if file.is_file():
            file.unlink()

    result = restore_into(db, made.path, "admin")

    restored = _state(db)
    restored["audit_event"] = {k: r for k, r in restored["audit_event"].items()
                               if r[4] != "restore"}
    numbers = {row[1] for row in restored["ticket"].values()}
    assert set(acknowledged) <= numbers < {row[1] for row in before["ticket"].values()}
    for table, rows in restored.items():
        if table == "ticket_counter":
            continue
        last = max(rows)
        assert rows == {k: r for k, r in before[table].items() if k <= last}, table
    (day, counter), = restored["ticket_counter"].items()
    assert counter[1] == len(numbers)  # the counter goes on from the last restored number
    assert result.files_copied == 1 and result.files_missing == ()
    assert check_database(db) == []
