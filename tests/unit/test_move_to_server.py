"""Moving an SQLite database onto the PostgreSQL server: every table's rows with counts checked,
sequences past the highest ids, the choice remembered, a non-empty target refused."""
from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import server_setup
from aftersales_desktop.services.demo import generate_demo
from aftersales_desktop.services.integrity import check_database
from aftersales_desktop.services.ticket_list import TicketFilter, count_tickets
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage import remembered
from aftersales_desktop.storage.connection import open_database
from aftersales_desktop.storage.location import resolve
from aftersales_desktop.storage.models import Ticket, database
from tests.conftest import PG_SERVER, create_pg_schema, drop_pg_schema, require_pg

RED_PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red.png"


@pytest.fixture
def empty_schema(data_dir):
    require_pg()
    schema, url = create_pg_schema()
    yield schema, url
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()
    drop_pg_schema(schema)


def _sqlite_counts(path: str) -> dict:
    import sqlite3

    with sqlite3.connect(path) as conn:
        tables = [t for t, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%'")]
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def test_the_cli_moves_everything_and_the_server_carries_on(sqlite_db, empty_schema, capsys):
    generate_demo(tickets=25, seed=7)
    create_ticket({"channel": "hotline", "customer": {"name": "王芳", "phone": "13912345678"},
                   "problem": {"description": "外壳破损"}, "attachments": [str(RED_PNG)]})
    numbers = sorted(n for n, in Ticket.select(Ticket.number).tuples())
    expected = _sqlite_counts(sqlite_db.target)
    schema, url = empty_schema

    code = main(["--db", sqlite_db.target, "move-to-server", url])

    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    rows = dict(report["rows"])  # the dashboard's kept sums are made by the server's triggers,
    assert 0 < rows.pop("ticket_stat_day") <= expected.pop("ticket_stat_day")  # without zeros
    assert rows == expected and report["remembered"] is False
    assert report["next_ids"]["ticket"] == max_id("ticket", sqlite_db.target) + 1
    assert remembered.remembered_url() is None
    handle, server = open_database(url)
    assert _kept_sums(database) == _kept_sums(sqlite_db.target)
    assert sorted(n for n, in Ticket.select(Ticket.number).tuples()) == numbers
    assert count_tickets(TicketFilter(search="王芳")) == 1  # the server's own search words
    fresh = create_ticket({"channel": "hotline", "customer": {"name": "李雷"},
                           "problem": {"description": "迁移后的第一张"}})
    assert fresh.id == report["next_ids"]["ticket"] and fresh.number not in numbers
    assert check_database(server) == []
    handle.close()

    code = main(["--db", sqlite_db.target, "move-to-server", url])  # the second time
    assert code == 2 and "不为空" in capsys.readouterr().err


def _kept_sums(source) -> list[tuple]:
    """The non-empty rows of ticket_stat_day (schema step 17), days as text, hours to 1e-3."""
    query = ("SELECT CAST(day AS VARCHAR(10)), dim, key, n, late, called, ROUND(CAST(hours AS "
             "NUMERIC), 3) FROM ticket_stat_day WHERE n <> 0 ORDER BY 1, 2, 3")
    if isinstance(source, str):
        import sqlite3

        with sqlite3.connect(source) as conn:
            rows = conn.execute(query.replace("NUMERIC", "REAL")).fetchall()
    else:
        rows = source.execute_sql(query).fetchall()
    return [(*r[:6], float(r[6])) for r in rows]


def max_id(table: str, path: str) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT MAX(id) FROM {table}").fetchone()[0]


def test_a_database_with_other_tables_is_refused(sqlite_db, empty_schema):
    schema, url = empty_schema
    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {schema}.invoices (id INT)")
    with pytest.raises(ValidationError, match="已有其他表"):
        server_setup.move_to(resolve(url), sqlite_db, "admin")
    with psycopg.connect(PG_SERVER) as conn:
        assert conn.execute("SELECT COUNT(*) FROM pg_tables WHERE schemaname = %s",
                            (schema,)).fetchone()[0] == 1


def test_use_server_creates_the_schema_and_is_remembered(sqlite_db, empty_schema, monkeypatch):
    schema, _ = empty_schema
    form = server_setup.ServerForm(host="127.0.0.1", port="5432", dbname="test",
                                   user="postgres", password="secret:pw", schema=schema)
    before = server_setup.check_server(form.location())
    assert before.schema_version == 0 and "建立表结构" in before.text()

    after = server_setup.use_server(form, "admin")

    assert after.schema_version > 0 and after.tickets == 0
    url = remembered.remembered_url()
    assert url and "secret" not in url and "passfile=" in url
    assert Path(resolve(None).connect_args["passfile"]).read_text() == \
        "127.0.0.1:5432:test:postgres:secret\\:pw\n"
    assert resolve(None).engine == "postgresql"
    monkeypatch.setenv("AFTERSALES_DB", sqlite_db.target)  # --db / the variable still win
    assert resolve(None).engine == "sqlite"
    server_setup.use_local()
    monkeypatch.delenv("AFTERSALES_DB")
    assert resolve(None).engine == "sqlite"
    for bad, field in ((dict(host=""), "host"), (dict(port="x"), "port"),
                       (dict(user=""), "user")):
        with pytest.raises(ValidationError) as error:
            server_setup.ServerForm(**{"host": "h", "user": "u", **bad}).url()
        assert error.value.field == field
