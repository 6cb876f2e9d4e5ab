"""Copy an SQLite database onto a PostgreSQL server (shared mode), all or nothing.

The target must be empty: no tables in its schema, or only this program's freshly created ones
(no tickets, customers or audit events). The schema is created there by the migrations; then,
in one server transaction, the seeded rows are replaced by every row of the SQLite file, read
in one snapshot, table by table in foreign-key order with COPY. The row count of every table is
compared with the source before the commit, and each id sequence is set past the highest id,
so the next ticket, customer or event gets a fresh one.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import psycopg

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill
from aftersales_desktop.storage import migrations
from aftersales_desktop.storage.connection import connect, init_db
from aftersales_desktop.storage.location import Location

OURS_WITH_DATA = ("ticket", "customer", "audit_event")


class MoveError(RuntimeError):
    """The move was refused or failed; nothing was changed on the server. A marked template
    with its values, like a ValidationError (the window translates it)."""

    def __init__(self, message: str, /, **params):
        self.template = message
        self.params = params
        self.message = fill(message, params)
        super().__init__(self.message)


@dataclass(frozen=True)
class MoveReport:
    target: str
    counts: dict[str, int]  # table → rows, equal on both sides
    sequences: dict[str, int]  # table → the next id it hands out


def _server(target: Location) -> psycopg.Connection:
    try:
        return psycopg.connect(**target.connect_args, connect_timeout=10)
    except psycopg.Error as exc:
        raise MoveError(QT_TRANSLATE_NOOP("errors", "无法连接 {server}：{reason}"),
                        server=target.display, reason=str(exc)) from None


def _tables(conn: psycopg.Connection) -> list[str]:
    return [t for t, in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1")]


def refuse_non_empty(target: Location) -> None:
    with _server(target) as conn:
        tables = set(_tables(conn))
        if not tables:
            return
        if "setting" not in tables or not set(OURS_WITH_DATA) <= tables:
            raise MoveError(QT_TRANSLATE_NOOP("errors", "{server} 中已有其他表（{tables}…），请选择一个空数据库"),
                            server=target.display, tables=", ".join(sorted(tables)[:5]))
        for table in OURS_WITH_DATA:
            if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]:
                raise MoveError(QT_TRANSLATE_NOOP("errors", "{server} 中已有售后工单台的数据（表 {table} "
                                                  "不为空）；迁移只能写入空数据库"),
                                server=target.display, table=table)


def _create_schema(target: Location) -> None:
    db = connect(target)
    try:
        init_db(db, target, bind=False)
    finally:
        db.close()


def _order(conn: psycopg.Connection, tables: list[str]) -> list[str]:
    """Parents before children (foreign keys), self-references aside."""
    edges = conn.execute(
        "SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc "
        "JOIN information_schema.constraint_column_usage ccu "
        "ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema "
        "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()"
    ).fetchall()
    parents = {t: set() for t in tables}
    for child, parent in edges:
        if child != parent and child in parents and parent in parents:
            parents[child].add(parent)
    ordered: list[str] = []
    while parents:
        ready = sorted(t for t, p in parents.items() if not p - set(ordered))
        if not ready:
            raise MoveError(QT_TRANSLATE_NOOP("errors", "表之间的外键循环引用：{tables}"),
                            tables=", ".join(sorted(parents)))
        ordered += ready
        for table in ready:
            del parents[table]
    return ordered


def _columns(conn: psycopg.Connection, table: str) -> list[str]:
    return [c for c, in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %s AND is_generated = 'NEVER' ORDER BY ordinal_position", (table,))]


# kept by triggers on ticket (schema steps 14 and 17) and on callback_attempt (step 16)
DERIVED = {"ticket_day_count", "callback_day_score", "ticket_stat_day"}


def move(source: Path, target: Location, progress=None) -> MoveReport:
    """Copy the SQLite file `source` (at this program's schema version) onto `target`."""
    refuse_non_empty(target)
    src = sqlite3.connect(Path(source).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        src.execute("BEGIN")  # one snapshot for every table
        version = src.execute("SELECT value FROM setting WHERE key = 'schema_version'").fetchone()
        if not version or int(version[0]) != migrations.LATEST:
            raise MoveError(QT_TRANSLATE_NOOP("errors", "{source} 的数据库版本为 {version}；请先用本程序"
                                              "打开它（会升级到第 {latest} 版）"),
                            source=source, version=version and version[0], latest=migrations.LATEST)
        _create_schema(target)
        with _server(target) as conn:
            return _copy(src, conn, target, progress)
    finally:
        src.close()


def _copy(src: sqlite3.Connection, conn: psycopg.Connection, target: Location,
          progress) -> MoveReport:
    source_tables = {t for t, in src.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = _order(conn, _tables(conn))
    missing = [t for t in tables if t not in source_tables]
    if missing:
        raise MoveError(QT_TRANSLATE_NOOP("errors", "SQLite 文件缺少表：{tables}"),
                        tables=", ".join(missing))
    counts, sequences = {}, {}
    with conn.transaction():
        conn.execute("TRUNCATE " + ", ".join(tables) + " RESTART IDENTITY")
        for table in tables:
            if table in DERIVED:  # triggers fill it as its sources are copied
                continue
            columns = _columns(conn, table)
            names = ", ".join(columns)
            with conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in src.execute(f"SELECT {names} FROM {table}"):
                    copy.write_row(row)
            counts[table] = _compare(src, conn, table)
            if progress:
                progress(table, counts[table])
        for table in DERIVED & set(tables):
            counts[table] = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in tables:
            sequence = conn.execute("SELECT pg_get_serial_sequence(%s, 'id')",
                                    (table,)).fetchone()[0] if "id" in _columns(conn, table) else None
            if sequence:
                sequences[table] = conn.execute(
                    f"SELECT setval(%s, COALESCE(MAX(id), 0) + 1, false) FROM {table}",
                    (sequence,)).fetchone()[0]
    return MoveReport(target.display, counts, sequences)


def _compare(src: sqlite3.Connection, conn: psycopg.Connection, table: str) -> int:
    here = src.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    there = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    if here != there:
        raise MoveError(QT_TRANSLATE_NOOP("errors", "表 {table}：SQLite 文件中 {here} 行，服务器上 "
                                          "{there} 行；没有迁移任何数据"),
                        table=table, here=here, there=there)
    return there
