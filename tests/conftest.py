"""Shared fixtures: a fresh database per test, on SQLite and on the PostgreSQL server.

PostgreSQL tests use a schema of their own in the `test` database (AFTERSALES_TEST_PG
overrides the server URL). Without a server they skip, except under CI=true, where a
missing server is a failure.
"""
from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.pg_pool import PgSchemaPool  # noqa: E402

PG_SERVER = os.environ.get("AFTERSALES_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
_pg_state: dict = {}


def pg_available() -> str | None:
    """None when the server answers, else the reason it does not."""
    if "reason" not in _pg_state:
        try:
            import psycopg

            with psycopg.connect(PG_SERVER.replace("postgresql://", "postgresql://", 1),
                                 connect_timeout=3):
                _pg_state["reason"] = None
        except Exception as exc:  # any failure to reach the server means: no server here
            _pg_state["reason"] = f"PostgreSQL at {PG_SERVER} does not answer: {exc}"
    return _pg_state["reason"]


def require_pg() -> None:
    reason = pg_available()
    if reason is None:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(reason + " (under CI=true the PostgreSQL tests must run)")
    pytest.skip(reason)


def pg_schema_url(schema: str) -> str:
    return f"{PG_SERVER}?options=-c%20search_path%3D{schema}"


def create_pg_schema() -> tuple[str, str]:
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return schema, pg_schema_url(schema)


def drop_pg_schema(schema: str) -> None:
    import psycopg

    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("AFTERSALES_DATA", str(path))
    monkeypatch.delenv("AFTERSALES_DB", raising=False)
    return path


def _migrate(url: str) -> None:
    from aftersales_desktop.storage.connection import open_database

    handle, _ = open_database(url)
    handle.close()


_pg_pool = PgSchemaPool(PG_SERVER, pg_schema_url, _migrate)


def pytest_sessionfinish(session, exitstatus):
    _pg_pool.close()
    if pg_available() is None:
        vacuum_catalogs()


def vacuum_catalogs() -> None:
    """Reclaim the catalog rows of the schemas the tests created and dropped. This machine's
    server runs with autovacuum off: unvacuumed, pg_attribute grew to 1.4 GB in a day of test
    runs and every CREATE SCHEMA took seconds."""
    import psycopg

    with psycopg.connect(PG_SERVER, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '5s'")
        try:
            conn.execute("VACUUM " + ", ".join("pg_catalog." + name for name in _CATALOGS))
        except psycopg.errors.LockNotAvailable:
            pass  # another run is creating schemas right now; the next run vacuums


_CATALOGS = ("pg_attribute", "pg_depend", "pg_class", "pg_constraint", "pg_trigger",
             "pg_index", "pg_attrdef", "pg_type", "pg_sequence", "pg_namespace", "pg_proc",
             "pg_statistic", "pg_init_privs", "pg_shdepend")


def _close_proxy() -> None:
    from aftersales_desktop.storage.models import database

    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, data_dir, tmp_path):
    """The `--db` value of a database on each engine: fresh and empty, or — for a test that
    also asks for `db` — already at the latest schema (see `db`)."""
    if request.param == "sqlite":
        yield str(tmp_path / "desk.sqlite3")
        return
    require_pg()
    if "db" in request.fixturenames:
        schema = _pg_pool.take()
        try:
            yield pg_schema_url(schema)
        finally:
            _close_proxy()
            _pg_pool.give_back(schema)
        return
    schema, url = create_pg_schema()
    try:
        yield url
    finally:
        _close_proxy()
        drop_pg_schema(schema)


@pytest.fixture
def sqlite_url(data_dir, tmp_path) -> str:
    return str(tmp_path / "desk.sqlite3")


def _sqlite_template(factory) -> Path:
    """A database migrated once per test run; each test gets a copy of the file."""
    if "sqlite" not in _templates:
        from aftersales_desktop.storage.connection import open_database

        folder = factory.mktemp("template")
        saved = os.environ.get("AFTERSALES_DATA")
        os.environ["AFTERSALES_DATA"] = str(folder)
        try:
            handle, _ = open_database(str(folder / "template.sqlite3"))
            handle.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            handle.close()
        finally:
            if saved is None:
                os.environ.pop("AFTERSALES_DATA")
            else:
                os.environ["AFTERSALES_DATA"] = saved
        _templates["sqlite"] = folder / "template.sqlite3"
    return _templates["sqlite"]


_templates: dict = {}


@pytest.fixture
def db(db_url, tmp_path_factory):
    """An open database on each engine at the latest schema; yields its Location.
    SQLite starts from a copy of a file migrated once per run, PostgreSQL from a reused schema
    reset to the migrated rows (tests/pg_pool.py): each ten times faster than migrating. The
    migration path itself is tested on `db_url` alone, which starts empty."""
    from aftersales_desktop.storage.connection import open_database

    if "search_path" not in db_url:
        shutil.copyfile(_sqlite_template(tmp_path_factory), db_url)
    handle, location = open_database(db_url)
    yield location
    handle.close()


@pytest.fixture
def sqlite_db(sqlite_url, tmp_path_factory):
    from aftersales_desktop.storage.connection import open_database

    shutil.copyfile(_sqlite_template(tmp_path_factory), sqlite_url)
    handle, location = open_database(sqlite_url)
    yield location
    handle.close()


@pytest.fixture
def quick_hashes(monkeypatch):
    """argon2id with the least work: the tests that sign in many times stay fast (the real
    parameters are checked in tests/unit/test_auth.py)."""
    from argon2 import PasswordHasher

    from aftersales_desktop.services import auth

    monkeypatch.setattr(auth, "_hasher", PasswordHasher(time_cost=1, memory_cost=8,
                                                        parallelism=1))


@pytest.fixture
def pg_db(data_dir):
    """An open database in a schema of its own on the PostgreSQL server, at the latest schema
    (a reused one, see `db`): (location, url)."""
    require_pg()
    from aftersales_desktop.storage.connection import open_database

    schema = _pg_pool.take()
    url = pg_schema_url(schema)
    handle, location = open_database(url)
    try:
        yield location, url
    finally:
        handle.close()
        _close_proxy()
        _pg_pool.give_back(schema)
