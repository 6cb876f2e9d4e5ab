"""A PostgreSQL schema at an older version is dumped before it is upgraded; without the dump
nothing is migrated; two desks upgrading at once make one dump and one migration."""
from __future__ import annotations

import re
import shutil
import subprocess
import threading

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.storage import migrations, pg_backup, pg_tools
from aftersales_desktop.storage.connection import (
    UpgradeBackupError, connect, init_db, open_database, schema_version,
)
from aftersales_desktop.storage.location import resolve
from tests.conftest import create_pg_schema, drop_pg_schema, require_pg

OLD = migrations.LATEST - 1
MARK = ("test.before_upgrade", "行于旧版本")


@pytest.fixture
def old_schema(data_dir, monkeypatch):
    """A schema migrated to LATEST - 1 by the real steps, with one row of its own."""
    require_pg()
    schema, url = create_pg_schema()
    try:
        with monkeypatch.context() as patch:
            patch.setattr(migrations, "LATEST", OLD)
            handle, _ = open_database(url)
        handle.execute_sql("INSERT INTO setting (key, value) VALUES (%s, %s)", MARK)
        handle.close()
        yield url
    finally:
        drop_pg_schema(schema)


def _version(url: str) -> int:
    db = connect(resolve(url))
    try:
        return schema_version(db)
    finally:
        db.close()


def _dumps(data_dir):
    return sorted((data_dir / "backups").glob(f"aftersales-pre-v{migrations.LATEST}-*.pgdump"))


def test_old_schema_is_dumped_then_upgraded(old_schema, data_dir):
    handle, location = open_database(old_schema)
    assert schema_version(handle) == migrations.LATEST
    [dump] = _dumps(data_dir)
    audit = handle.execute_sql("SELECT new_value FROM audit_event WHERE entity = 'backup' "
                               "AND field = 'before_upgrade'").fetchall()
    assert audit == [(dump.name,)]
    handle.close()
    listing = subprocess.run(["pg_restore", "--list", str(dump)], capture_output=True, text=True)
    assert listing.returncode == 0 and " setting " in listing.stdout
    # over the upgraded schema: the tables and triggers the upgrade added go as well
    _, restored = pg_backup.restore(location, dump)
    assert restored == OLD
    db = connect(location)
    assert schema_version(db) == OLD
    archived = set(re.findall(r"^\d+; \d+ \d+ TABLE (?!DATA )\S+ (\S+) ", listing.stdout,
                              re.MULTILINE))
    present = {name for name, in db.execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")}
    assert present == archived  # what the upgrade added is gone too
    assert db.execute_sql("SELECT value FROM setting WHERE key = %s", (MARK[0],)).fetchone() \
        == (MARK[1],)
    db.close()


def test_without_pg_dump_nothing_is_migrated(old_schema, data_dir, monkeypatch, capsys):
    real = shutil.which
    monkeypatch.setattr(pg_tools.shutil, "which",
                        lambda tool, *a, **k: None if tool == "pg_dump" else real(tool, *a, **k))
    with pytest.raises(UpgradeBackupError) as raised:
        open_database(old_schema)
    message = raised.value.message
    assert "pg_dump" in message and "数据库没有任何改动" in message
    assert f"第 {OLD} 版" in message and "AFTERSALES_UPGRADE_WITHOUT_BACKUP=1" in message
    assert _version(old_schema) == OLD
    assert main(["--db", old_schema, "init"]) == 1
    assert "升级前必须先备份" in capsys.readouterr().err
    assert _version(old_schema) == OLD and not _dumps(data_dir)


def test_explicit_skip_upgrades_and_is_audited(old_schema, data_dir, monkeypatch, capsys):
    monkeypatch.setattr(pg_tools.shutil, "which", lambda tool, *a, **k: None)
    assert main(["--db", old_schema, "init", "--no-backup-before-upgrade"]) == 0
    capsys.readouterr()
    assert _version(old_schema) == migrations.LATEST and not _dumps(data_dir)
    db = connect(resolve(old_schema))
    [(value,)] = db.execute_sql("SELECT new_value FROM audit_event "
                                "WHERE field = 'before_upgrade'").fetchall()
    db.close()
    assert "skipped" in value and "--no-backup-before-upgrade" in value


def test_unwritable_folder_stops_the_upgrade(old_schema, data_dir):
    (data_dir / "backups").write_text("a file where the folder should be")
    with pytest.raises(UpgradeBackupError, match="升级前必须先备份"):
        open_database(old_schema)
    assert _version(old_schema) == OLD


def test_fresh_schema_is_not_dumped(data_dir, monkeypatch):
    require_pg()
    calls = []
    monkeypatch.setattr(pg_backup, "dump", lambda *args: calls.append(args))
    schema, url = create_pg_schema()
    try:
        handle, _ = open_database(url)
        assert schema_version(handle) == migrations.LATEST
        handle.close()
    finally:
        drop_pg_schema(schema)
    assert calls == [] and not (data_dir / "backups").exists()


def test_two_desks_at_once_dump_and_migrate_once(old_schema, data_dir):
    location = resolve(old_schema)
    results, errors, start = [], [], threading.Barrier(2)

    def desk():
        db = connect(location)
        try:
            start.wait()
            results.append(init_db(db, location, bind=False))
        except Exception as exc:  # the test reports what a desk met
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == [] and results == [migrations.LATEST] * 2
    assert len(_dumps(data_dir)) == 1
    assert _version(old_schema) == migrations.LATEST


def test_pg_dump_of_another_version_stops_the_upgrade(old_schema, data_dir, tmp_path,
                                                      monkeypatch):
    """A pg_dump on PATH that refuses the server (as an older major version does)."""
    tools = tmp_path / "bin"
    tools.mkdir()
    fake = tools / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump: error: aborting because of server version "
                    "mismatch' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    with pytest.raises(UpgradeBackupError) as raised:
        open_database(old_schema)
    assert "server version mismatch" in raised.value.message
    assert "postgresql-client-" in raised.value.message
    assert _version(old_schema) == OLD and not list((data_dir / "backups").iterdir())


def test_the_environment_variable_skips_the_backup_too(old_schema, data_dir, monkeypatch):
    monkeypatch.setattr(pg_tools.shutil, "which", lambda tool, *a, **k: None)
    monkeypatch.setenv("AFTERSALES_UPGRADE_WITHOUT_BACKUP", "1")
    handle, _ = open_database(old_schema)
    [(value,)] = handle.execute_sql("SELECT new_value FROM audit_event "
                                    "WHERE field = 'before_upgrade'").fetchall()
    handle.close()
    assert _version(old_schema) == migrations.LATEST and not _dumps(data_dir)
    assert "AFTERSALES_UPGRADE_WITHOUT_BACKUP=1" in value
