"""Open the database, bind the proxy, upgrade the schema (with a backup copy first)."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

import peewee
from peewee import Database, PostgresqlDatabase, SqliteDatabase

from aftersales_desktop.domain.clock import local_stamp
from aftersales_desktop.domain.i18n import fill
from aftersales_desktop.storage import migrations
from aftersales_desktop.storage.location import Location, resolve
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.network_path import refuse_network_path
from aftersales_desktop.storage.server_db import ServerDatabase

# secure_delete: freed pages are zeroed, so removed personal data does not linger in the file
SQLITE_PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2, "secure_delete": 1}

_current: Location | None = None


class SchemaError(RuntimeError):
    """The database's schema version cannot be used by this program."""


class SchemaTooNewError(SchemaError):
    """The database was written by a newer version of the program."""


class UpgradeBackupError(SchemaError):
    """The backup before an upgrade could not be made; nothing was migrated. A message
    template with named values, like domain.errors.ValidationError."""

    def __init__(self, message: str, /, **params):
        self.template = message
        self.params = params
        self.message = fill(message, params)
        super().__init__(self.message)


def _postgres_driver() -> None:
    """Give peewee the psycopg driver it was imported without (aftersales_desktop/__init__)."""
    if peewee.psycopg is None:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb

        peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
        peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb


def connect(location: Location) -> Database:
    """A database handle for `location` (connecting on first use). An SQLite file on a network
    path is refused (NetworkPathError) before anything is created there."""
    if location.engine == "postgresql":
        _postgres_driver()
        args = dict(location.connect_args)
        return ServerDatabase(args.pop("dbname"), autoconnect=True, **args)
    refuse_network_path(location.target)
    Path(location.target).parent.mkdir(parents=True, exist_ok=True)
    # IMMEDIATE: a write transaction takes the lock at BEGIN, so two writers queue on the busy
    # timeout instead of failing on a read-to-write lock upgrade.
    return SqliteDatabase(location.target, pragmas=SQLITE_PRAGMAS, timeout=30,
                          lock_type="IMMEDIATE")


def dialect(db: Database) -> str:
    return "postgresql" if isinstance(db, PostgresqlDatabase) else "sqlite"


def schema_version(db: Database) -> int:
    if "setting" not in db.get_tables():
        return 0
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'schema_version'").fetchone()
    if not row:
        return 0
    try:
        return int(row[0])
    except ValueError:
        raise SchemaError(f"schema_version in table setting is '{row[0]}', not a number; "
                          "restore a backup") from None


def backup_sqlite_file(path: str, suffix: str) -> Path:
    """Copy a live SQLite file consistently (backup API), next to it."""
    dest = Path(f"{path}.{suffix}-{local_stamp()}.bak")
    src = sqlite3.connect(path)
    try:
        out = sqlite3.connect(dest)
        with out:
            src.backup(out)
        out.close()
    finally:
        src.close()
    return dest


def init_db(db: Database, location: Location | None = None, bind: bool = True,
            skip_backup: str | None = None) -> int:
    """Bind the proxy to `db` (unless not `bind`: a database set up for later, e.g. a server
    for shared mode, while the program goes on with its own) and bring the schema to the
    latest version; return that version. An older schema is backed up first (SQLite: a copy
    beside the file; PostgreSQL: storage.upgrade_backup, unless `skip_backup` says why not)."""
    if bind:
        database.initialize(db)
    db.connect(reuse_if_open=True)
    if _checked_version(db) == migrations.LATEST:
        return migrations.LATEST
    with _upgrade_lock(db):
        current = _checked_version(db)  # another desk may have upgraded while this one waited
        audit = None
        if 0 < current < migrations.LATEST and location and location.engine == "sqlite":
            backup_sqlite_file(location.target, f"pre-v{migrations.LATEST}")
        elif 0 < current < migrations.LATEST and location:
            from aftersales_desktop.storage import upgrade_backup

            audit = upgrade_backup.before_upgrade(db, location, current, migrations.LATEST,
                                                  upgrade_backup.skip_reason(skip_backup))
        _migrate(db, current)
        if audit:
            upgrade_backup.record(db, audit)
    return migrations.LATEST


def _checked_version(db: Database) -> int:
    current = schema_version(db)
    if current > migrations.LATEST:
        raise SchemaTooNewError(
            f"database schema version {current} is newer than this program "
            f"(knows up to {migrations.LATEST}); update the program")
    return current


@contextmanager
def _upgrade_lock(db: Database):
    """PostgreSQL: one desk at a time backs up and upgrades a schema (a session advisory lock
    keyed by the schema's name; the others wait, then find it upgraded). SQLite: each step's
    write transaction queues the other writers already."""
    if dialect(db) != "postgresql":
        yield
        return
    key = "SELECT hashtextextended('aftersales upgrade ' || current_schema(), 0)"
    db.execute_sql(f"SELECT pg_advisory_lock(({key}))")
    try:
        yield
    finally:
        if not db.is_closed():
            db.execute_sql(f"SELECT pg_advisory_unlock(({key}))")


def _migrate(db: Database, current: int) -> None:
    kind = dialect(db)
    for version in range(current + 1, migrations.LATEST + 1):
        with db.atomic():
            for statement in migrations.STEPS[version](kind):
                if callable(statement):
                    statement(db)
                else:
                    db.execute_sql(statement)
            db.execute_sql("DELETE FROM setting WHERE key = 'schema_version'")
            db.execute_sql("INSERT INTO setting (key, value) VALUES ('schema_version', %s)"
                           % int(version))


def open_database(target: str | None = None,
                  skip_backup: str | None = None) -> tuple[Database, Location]:
    """Resolve `--db`/AFTERSALES_DB/default, connect and init. The usual entry point."""
    global _current
    location = resolve(target)
    db = connect(location)
    init_db(db, location, skip_backup=skip_backup)
    _current = location
    return db, location


def current_location() -> Location:
    if _current is None:
        raise RuntimeError("no database is open; call open_database() first")
    return _current
