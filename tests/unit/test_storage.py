"""Opening, pragmas, schema version, migrations with a backup copy first."""
import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from aftersales_desktop.storage import migrations
from aftersales_desktop.storage.connection import (
    SchemaTooNewError, init_db, open_database, schema_version,
)
from aftersales_desktop.storage.location import resolve
from aftersales_desktop.storage.models import ALL_MODELS, Category, Staff, database
from aftersales_desktop.storage.models_callback import CALLBACK_MODELS
from aftersales_desktop.storage.models_rules import RULE_MODELS
from aftersales_desktop.storage.models_escalation import ESCALATION_MODELS
from aftersales_desktop.storage.models_meeting import MEETING_MODELS
from aftersales_desktop.storage.models_notice import NOTICE_MODELS
from aftersales_desktop.storage.models_rewards import REWARD_MODELS
from aftersales_desktop.storage.models_privacy import CustomerPrivacy, TicketPrivacy
from aftersales_desktop.storage.models_sla import SLA_MODELS


def test_schema_matches_models(db):
    """The frozen SQL of the migrations and the live models describe the same columns."""
    by_table: dict[str, set] = {}
    for model in (ALL_MODELS + RULE_MODELS + SLA_MODELS + ESCALATION_MODELS + NOTICE_MODELS
                  + CALLBACK_MODELS + REWARD_MODELS + MEETING_MODELS
                  + [CustomerPrivacy, TicketPrivacy]):
        columns = {f.column_name for f in model._meta.sorted_fields}
        by_table.setdefault(model._meta.table_name, set()).update(columns)
    for table, in_models in by_table.items():
        assert {c.name for c in database.get_columns(table)} == in_models, table


def test_seeded_taxonomy_and_admin(db):
    top = Category.select().where(Category.parent.is_null())
    assert [c.name for c in top.order_by(Category.sort_order)][:2] == ["商品质量问题", "物流配送问题"]
    subs = Category.select().where(Category.parent.is_null(False)).count()
    assert subs >= 27
    assert Category.get(Category.code == "logistics.damage_shortage").name == "货损货差"
    assert Staff.get(Staff.login == "admin").role == "admin"
    assert schema_version(database.obj) == migrations.LATEST


def test_sqlite_pragmas(sqlite_db):
    db = database.obj
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1


def test_reopening_is_idempotent(sqlite_url):
    first, _ = open_database(sqlite_url)
    first.close()
    again, _ = open_database(sqlite_url)
    assert schema_version(again) == migrations.LATEST
    assert Staff.select().where(Staff.login == "admin").count() == 1
    again.close()


def test_env_variable_chooses_database(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere" / "desk.sqlite3"
    monkeypatch.setenv("AFTERSALES_DB", str(target))
    handle, location = open_database(None)
    handle.close()
    assert location.target == str(target) and target.exists()


def test_postgres_url_is_parsed():
    loc = resolve("postgresql://desk:s3cret@db.example:6543/aftersales?sslmode=require")
    assert loc.engine == "postgresql"
    assert loc.connect_args == {"dbname": "aftersales", "user": "desk", "password": "s3cret",
                                "host": "db.example", "port": 6543, "sslmode": "require"}
    assert "s3cret" not in loc.display


def _extra_step(statements):
    def step(dialect):
        return statements
    return step


def test_upgrade_copies_file_aside_first(sqlite_url, monkeypatch):
    handle, location = open_database(sqlite_url)
    handle.close()
    step = migrations.LATEST + 1
    monkeypatch.setitem(migrations.STEPS, step, _extra_step(["CREATE TABLE extra (id INTEGER)"]))
    monkeypatch.setattr(migrations, "LATEST", step)
    db = SqliteDatabase(sqlite_url)
    assert init_db(db, location) == step
    backups = list(Path(location.target).parent.glob(f"desk.sqlite3.pre-v{step}-*.bak"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        version = old.execute("SELECT value FROM setting WHERE key='schema_version'").fetchone()
        assert version[0] == str(step - 1)
    assert "extra" in db.get_tables()
    db.close()


def test_failing_step_leaves_previous_version_intact(sqlite_url, monkeypatch):
    handle, location = open_database(sqlite_url)
    handle.close()
    step = migrations.LATEST + 1
    monkeypatch.setitem(migrations.STEPS, step, _extra_step(
        ["CREATE TABLE half (id INTEGER)", "THIS IS NOT SQL"]))
    monkeypatch.setattr(migrations, "LATEST", step)
    db = SqliteDatabase(sqlite_url)
    with pytest.raises(Exception):
        init_db(db, location)
    assert schema_version(db) == step - 1
    assert "half" not in db.get_tables()
    db.close()


def test_newer_schema_is_refused(sqlite_url):
    handle, location = open_database(sqlite_url)
    handle.execute_sql("UPDATE setting SET value = '99' WHERE key = 'schema_version'")
    handle.close()
    with pytest.raises(SchemaTooNewError, match="99"):
        open_database(sqlite_url)


def test_damaged_schema_version_gives_a_clear_error(sqlite_url):
    from aftersales_desktop.cli.main import main

    handle, _ = open_database(sqlite_url)
    handle.execute_sql("UPDATE setting SET value = 'x1' WHERE key = 'schema_version'")
    handle.close()
    assert main(["--db", sqlite_url, "init"]) == 1
