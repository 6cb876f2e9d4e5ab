"""The daily automatic backup, 立即备份 and 从备份恢复 (both engines): once a day, kept 30 days,
names that say date and time, evidence files included, permission checked."""
from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services import backups
from aftersales_desktop.services.attachments import stored_path
from aftersales_desktop.services.integrity import check_database
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.backup_files import STORE, list_backups
from aftersales_desktop.storage.models import AuditEvent, Ticket
from tests.unit.auth_helpers import person, refusals

RED_PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red.png"
TODAY = date(2026, 11, 22)


def _ticket(i: int, photo: bool = False) -> str:
    data = {"channel": "hotline", "customer": {"name": f"客户{i}", "phone": f"1390000{i:04d}"},
            "problem": {"description": f"备份测试 {i}"}}
    if photo:
        data["attachments"] = [str(RED_PNG)]
    return create_ticket(data).number


def _fake_old_backup(folder: Path, day: date, engine: str) -> Path:
    suffix = ".sqlite3" if engine == "sqlite" else ".pgdump"
    newest = list_backups(folder)[0].path
    old = folder / f"aftersales-auto-{day:%Y%m%d}-080000{suffix}"
    old.write_bytes(newest.read_bytes())
    return old


def test_daily_backup_runs_once_a_day(db):
    _ticket(1, photo=True)
    first = backups.daily_backup(TODAY)
    assert first is not None and first.automatic and first.files_copied == 1
    assert re.fullmatch(r"aftersales-auto-\d{8}-\d{6}\.(sqlite3|pgdump)", first.path.name)
    assert first.path.parent == db.data_dir / "backups"
    assert backups.daily_backup(TODAY) is None  # the second start of the day
    assert AuditEvent.select().where(AuditEvent.action == "backup").count() == 1


def test_old_automatic_backups_and_the_files_no_backup_needs_are_deleted(sqlite_db):
    _ticket(1, photo=True)
    folder = backups.daily_backup(TODAY).path.parent
    tomorrow = TODAY + timedelta(days=1)
    kept = _fake_old_backup(folder, tomorrow - timedelta(days=30), sqlite_db.engine)
    gone = _fake_old_backup(folder, tomorrow - timedelta(days=31), sqlite_db.engine)
    manual = backups.backup_now("admin")
    stale = stored_path(folder / STORE, "ab" + "0" * 62)
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"a file no backup needs")

    second = backups.daily_backup(tomorrow)

    assert second.pruned == (gone.name,)
    assert kept.exists() and manual.path.exists() and not gone.exists() and not stale.exists()
    assert len(list(folder.joinpath(STORE).rglob("*"))) == 2  # one photo in its folder
    assert AuditEvent.select().where(AuditEvent.action == "backup").count() == 3


def test_a_failed_daily_backup_is_tried_again_at_the_next_start(sqlite_db, monkeypatch):
    def broken(*args, **kwargs):
        raise backups.storage.BackupError("disk full")

    monkeypatch.setattr(backups.storage, "backup", broken)
    with pytest.raises(backups.storage.BackupError):
        backups.daily_backup(TODAY)
    monkeypatch.undo()
    assert backups.daily_backup(TODAY) is not None


def test_restore_brings_back_the_data_and_the_evidence_files(sqlite_db, tmp_path):
    """On SQLite; the PostgreSQL restore with its files: tests/unit/test_backup_load.py."""
    db = sqlite_db
    number = _ticket(1, photo=True)
    backups.set_backup_folder(str(tmp_path / "备份"), "admin")
    made = backups.backup_now("admin")
    assert made.path.parent == tmp_path / "备份"
    later = _ticket(2)
    for file in db.attachments_dir.rglob("*"):
        if file.is_file():
            file.unlink()  # the disk lost the evidence folder too

    result = backups.restore_backup(made.path, "admin")

    assert result.files_copied == 1 and result.kept_aside is not None
    assert [t.number for t in Ticket.select()] == [number]
    assert not Ticket.select().where(Ticket.number == later).exists()
    assert check_database(db) == []
    restore = AuditEvent.select().where(AuditEvent.action == "restore").get()
    assert restore.new_value == made.path.name and restore.staff.login == "admin"


def test_backup_and_restore_need_the_permission(sqlite_db, tmp_path):
    person("clerk1", "clerk")
    made = backups.backup_now("admin")
    for call in (lambda: backups.backup_now("clerk1"),
                 lambda: backups.restore_backup(made.path, "clerk1"),
                 lambda: backups.set_backup_folder(str(tmp_path), "clerk1")):
        with pytest.raises(PermissionDenied):
            call()
        assert refusals()[-1].field == "backup_restore"
    with pytest.raises(ValidationError):
        backups.set_backup_folder("relative/folder", "admin")
