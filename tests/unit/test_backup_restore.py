"""backup / restore on both engines: online, complete, and refusing anything but a sound backup."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import uuid
from contextlib import closing
from pathlib import Path

import psycopg
import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.services.integrity import check_database
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage import pg_backup
from aftersales_desktop.storage.backup import backup
from aftersales_desktop.storage.location import resolve
from aftersales_desktop.storage.models import Ticket, database
from tests.conftest import PG_SERVER, create_pg_schema, drop_pg_schema
from tests.unit.crash_writer import Writer, ticket_data


def _numbers() -> list[str]:
    return [t.number for t in Ticket.select(Ticket.number).order_by(Ticket.number)]


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _backup(capsys, db_url, dest) -> Path:
    code, out, err = _run(capsys, "--db", db_url, "backup", "-o", str(dest))
    assert code == 0, err
    return Path(json.loads(out)["backup"])


def _kept(db) -> list[Path]:
    if db.engine == "sqlite":
        return sorted(Path(db.target).parent.glob("*.before-restore-*.bak"))
    return sorted(db.data_dir.glob("before-restore-*.pgdump"))


def test_restore_brings_back_the_backup_and_keeps_the_current_data(db, db_url, tmp_path,
                                                                     capsys):
    before = [create_ticket(ticket_data(i)).number for i in range(1, 4)]
    (tmp_path / "backups").mkdir()
    file = _backup(capsys, db_url, tmp_path / "backups")
    suffix = ".sqlite3" if db.engine == "sqlite" else ".pgdump"
    assert file.parent == tmp_path / "backups" and file.name.startswith("aftersales-")
    assert file.suffix == suffix
    later = create_ticket(ticket_data(4)).number

    code, out, err = _run(capsys, "--db", db_url, "restore", str(file))

    assert code == 0, err
    assert _numbers() == sorted(before)
    kept = _kept(db)
    assert [Path(json.loads(out)["previous_data"])] == kept
    if db.engine == "sqlite":
        with closing(sqlite3.connect(kept[0])) as aside, aside:
            assert later in [n for n, in aside.execute("SELECT number FROM ticket")]
    else:
        script = subprocess.run(["pg_restore", "-a", "-t", "ticket", "-f", "-", str(kept[0])],
                                capture_output=True, text=True, check=True).stdout
        assert later in script
    assert check_database(db) == []
    assert create_ticket(ticket_data(5)).number  # sequences and counters still work


def test_sqlite_backup_is_consistent_while_another_process_writes(sqlite_db, sqlite_url,
                                                                   tmp_path):
    writer = Writer(sqlite_url)
    try:
        writer.wait_ready()
        writer.wait_for(5)
        copies = []
        for n in range(3):
            acked = len(writer.numbers)
            copies.append((acked, backup(sqlite_db, tmp_path / f"copy{n}.sqlite3")))
            # the writer goes on between the copies (by count, not by a pause: under load a
            # pause of 50 ms was seen to pass without a write)
            writer.wait_for(len(writer.numbers) + 2)
    finally:
        acknowledged = writer.kill()
    assert len(acknowledged) > copies[-1][0], "the writer did not write during the backups"
    for acked, file in copies:
        assert file.read_bytes()[18:20] == b"\x01\x01"  # a single file, no WAL needed
        location = resolve(str(file))
        assert check_database(location) == []
        with closing(sqlite3.connect(file)) as copy, copy:
            stored = {n for n, in copy.execute("SELECT number FROM ticket")}
        assert set(acknowledged[:acked]) <= stored


@pytest.mark.parametrize("content", [b"", b"garbage " * 1000, "cut", "cut_end", "foreign"])
def test_restore_refuses_what_is_no_sound_backup(db, db_url, tmp_path, capsys, content):
    create_ticket(ticket_data(1))
    good = _backup(capsys, db_url, tmp_path / "good.bak")
    create_ticket(ticket_data(2))
    before = _numbers()
    bad = tmp_path / "bad.bak"
    if content in ("cut", "cut_end"):
        data = good.read_bytes()
        bad.write_bytes(data[: len(data) * 2 // 3] if content == "cut" else data[:-300])
    elif content == "foreign" and db.engine == "sqlite":
        with closing(sqlite3.connect(bad)) as other, other:
            other.execute("CREATE TABLE notes (text TEXT)")
    elif content == "foreign":
        _foreign_pg_archive(bad)
    else:
        bad.write_bytes(content)

    code, _, err = _run(capsys, "--db", db_url, "restore", str(bad))

    assert code == 2 and "bad.bak" in err
    assert _numbers() == before
    assert check_database(db) == []
    assert _kept(db) == []


def _foreign_pg_archive(dest: Path) -> None:
    schema, url = create_pg_schema()
    try:
        with psycopg.connect(url.split("?")[0], autocommit=True) as conn:
            conn.execute(f"CREATE TABLE {schema}.setting (key TEXT)")
        subprocess.run(["pg_dump", "-Fc", "-n", schema, "-f", str(dest), "-d", PG_SERVER],
                       check=True)
    finally:
        drop_pg_schema(schema)


def test_pg_restore_that_fails_midway_changes_nothing(pg_db, tmp_path, capsys):
    db, db_url = pg_db
    create_ticket(ticket_data(1))
    good = _backup(capsys, db_url, tmp_path / "good.pgdump")
    create_ticket(ticket_data(2))
    before = _numbers()
    # A report view someone added in a schema of their own: the restore, which would drop it
    # with the tables it reads, fails inside its transaction and names it.
    reports = "reports_" + uuid.uuid4().hex[:8]
    database.execute_sql(f"CREATE SCHEMA {reports}")
    try:
        database.execute_sql(f"CREATE VIEW {reports}.ticket_report AS SELECT number FROM ticket")

        code, _, err = _run(capsys, "--db", db_url, "restore", str(good))

        assert code == 1 and "restore failed" in err and "ticket_report" in err
        assert _numbers() == before
        assert check_database(db) == []
        assert database.execute_sql(
            f"SELECT to_regclass('{reports}.ticket_report')").fetchone()[0] is not None
    finally:
        database.execute_sql(f"DROP SCHEMA {reports} CASCADE")


def test_pg_restore_replaces_what_was_added_to_the_schema(pg_db, tmp_path, capsys):
    db, db_url = pg_db
    create_ticket(ticket_data(1))
    good = _backup(capsys, db_url, tmp_path / "good.pgdump")
    create_ticket(ticket_data(2))
    # a table and a view that came after the backup (an upgrade, a report of someone's)
    database.execute_sql("CREATE TABLE later_table (id INTEGER)")
    database.execute_sql("CREATE VIEW ticket_report AS SELECT number FROM ticket")

    code, _, err = _run(capsys, "--db", db_url, "restore", str(good))

    assert code == 0, err
    assert len(_numbers()) == 1
    gone = database.execute_sql("SELECT to_regclass('later_table'), to_regclass('ticket_report')")
    assert gone.fetchone() == (None, None)
    assert check_database(db) == []


def test_restore_of_a_missing_file_or_newer_schema_is_refused(sqlite_db, sqlite_url, tmp_path,
                                                             capsys):
    code, _, err = _run(capsys, "--db", sqlite_url, "restore", str(tmp_path / "nope"))
    assert code == 2 and "nope”不存在或不是文件" in err
    newer = _backup(capsys, sqlite_url, tmp_path / "newer.sqlite3")
    with closing(sqlite3.connect(newer)) as conn, conn:
        conn.execute("UPDATE setting SET value = '99' WHERE key = 'schema_version'")
    code, _, err = _run(capsys, "--db", sqlite_url, "restore", str(newer))
    assert code == 2 and "数据库版本为 99" in err
    assert _kept(sqlite_db) == []


def test_missing_pg_tools_are_named(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    code, _, err = _run(capsys, "--db", "postgresql://nobody@127.0.0.1:1/none",
                        "backup", "-o", str(tmp_path / "x.pgdump"))
    assert code == 1 and "pg_dump not found" in err
    assert not (tmp_path / "x.pgdump").exists()


def test_restore_replaces_a_sqlite_file_that_is_no_database_any_more(sqlite_db, sqlite_url,
                                                                     tmp_path, capsys):
    number = create_ticket(ticket_data(1)).number
    good = _backup(capsys, sqlite_url, tmp_path / "good.sqlite3")
    database.close()
    Path(sqlite_url).write_bytes(b"overwritten by mistake " * 500)
    assert main(["--db", sqlite_url, "check"]) == 1

    code, _, err = _run(capsys, "--db", sqlite_url, "restore", str(good))

    assert code == 0, err
    assert _numbers() == [number]
    assert _kept(sqlite_db)[0].read_bytes().startswith(b"overwritten by mistake")
    assert check_database(sqlite_db) == []


def test_pg_restore_gives_up_on_a_table_locked_elsewhere(pg_db, tmp_path, capsys,
                                                        monkeypatch):
    db, db_url = pg_db
    create_ticket(ticket_data(1))
    good = _backup(capsys, db_url, tmp_path / "good.pgdump")
    create_ticket(ticket_data(2))
    before = _numbers()
    monkeypatch.setattr(pg_backup, "LOCK_WAIT_S", 0.5)
    with psycopg.connect(PG_SERVER, options=db.connect_args["options"]) as other:
        other.execute("SELECT * FROM ticket")  # a transaction left open somewhere else
        code, _, err = _run(capsys, "--db", db_url, "restore", str(good))
    assert code == 1 and "gave up after 0.5 s" in err and "idle in transaction" in err
    assert _numbers() == before


def test_backup_never_overwrites_the_database_itself(sqlite_db, sqlite_url, capsys):
    code, _, err = _run(capsys, "--db", sqlite_url, "backup", "-o", sqlite_url)
    assert code == 2 and "数据库文件本身" in err
    assert check_database(sqlite_db) == []
