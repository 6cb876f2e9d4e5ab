"""Backups as people use them: the daily automatic backup at the first start of the day, 立即备份,
从备份恢复, and the folder they go to (storage.backup_files). Backing up and restoring by hand
and choosing the folder need the permission 备份与恢复; the daily backup is the program's own.

A backup is the database (SQLite backup API / pg_dump, online) plus the evidence files it
refers to, copied into the folder's attachments/ store; a restore checks the backup first,
keeps the current data aside, and brings back the evidence files it needs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from aftersales_desktop.domain.clock import local_stamp, local_today, utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import BACKUP_RESTORE
from aftersales_desktop.services import audit, settings
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage import backup as storage
from aftersales_desktop.storage.backup_files import (
    STORE, BackupFile, backup_hashes, backup_name, list_backups, prune, sync_files,
)
from aftersales_desktop.storage.connection import connect, current_location, init_db
from aftersales_desktop.storage.location import Location
from aftersales_desktop.storage.models import Attachment, Setting, Staff, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

FOLDER_KEY = "backup.folder"
LAST_AUTO_KEY = "backup.last_auto"


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    automatic: bool
    files_copied: int
    files_missing: tuple[str, ...] = ()
    pruned: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    kept_aside: Path | None
    schema_version: int
    files_copied: int
    files_missing: tuple[str, ...] = field(default=())


def backup_folder(location: Location | None = None) -> Path:
    chosen = settings.get(FOLDER_KEY)
    return Path(chosen).expanduser() if chosen else \
        (location or current_location()).data_dir / "backups"


def set_backup_folder(folder: str | None, actor: str) -> Path:
    """Choose the backup folder (None or "": the data directory's backups/), created when
    missing; audited."""
    require(actor, BACKUP_RESTORE)
    text = (folder or "").strip()
    try:
        stored = settings.checked({FOLDER_KEY: text})[FOLDER_KEY]  # a full path, or refused
    except ValidationError as exc:
        raise ValidationError("folder", exc.template, **exc.params) from None
    if stored:
        try:
            Path(stored).expanduser().mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError("folder", QT_TRANSLATE_NOOP("errors", "无法创建“{text}”：{exc_strerror}"), text=text, exc_strerror=exc.strerror) from None
    settings.set_values({FOLDER_KEY: stored}, actor, fields={FOLDER_KEY: "folder"})
    return backup_folder()


def backups() -> list[BackupFile]:
    return list_backups(backup_folder())


def _live_hashes() -> set[str]:
    return {sha for sha, in Attachment.select(Attachment.sha256).distinct().tuples()}


def _write(location: Location, folder: Path, automatic: bool) -> BackupResult:
    at = utcnow()
    while (dest := folder / backup_name(location.engine, local_stamp(at), automatic)).exists():
        at += timedelta(seconds=1)  # two backups in one second keep both
    return write_backup(location, dest, automatic)


def write_backup(location: Location, dest: Path, automatic: bool = False) -> BackupResult:
    """The database into `dest` and its evidence files into attachments/ beside it (no
    permission check: for the services here and the CLI, which checks its own)."""
    folder = dest.parent
    try:
        written = storage.backup(location, dest)
    except OSError as exc:
        raise storage.BackupError(f"cannot write {dest}: {exc.strerror or exc}") from None
    copied, missing = sync_files(backup_hashes(location, written), location.attachments_dir,
                                 folder / STORE)
    return BackupResult(written, written.stat().st_size, automatic, copied, tuple(missing))


def backup_now(actor: str) -> BackupResult:
    staff = require(actor, BACKUP_RESTORE)
    location = current_location()
    result = _write(location, backup_folder(location), automatic=False)
    with database.atomic():
        audit.record("backup", staff.id, entity="backup", field="file", new=result.path.name)
    return result


def _claim_today(today: date) -> str | None:
    """Take today's automatic backup for this program (one desk of many wins); returns the
    day of the previous one ("" for none), None when today's is done or being done."""
    previous = Setting.select(Setting.value).where(Setting.key == LAST_AUTO_KEY).scalar() or ""
    p = database.param
    row = database.execute_sql(
        f"INSERT INTO setting (key, value) VALUES ({p}, {p}) ON CONFLICT (key) DO UPDATE "
        "SET value = excluded.value WHERE setting.value < excluded.value RETURNING value",
        (LAST_AUTO_KEY, today.isoformat())).fetchone()
    return previous if row else None


def daily_backup(today: date | None = None) -> BackupResult | None:
    """The automatic backup of the first start of `today`, and the pruning of old ones; None
    when today's backup exists already. A failure gives the claim back for the next start."""
    today = today or local_today()
    with database.atomic():
        previous = _claim_today(today)
    if previous is None:
        return None
    location = current_location()
    folder = backup_folder(location)
    try:
        result = _write(location, folder, automatic=True)
    except BaseException:
        with database.atomic():
            Setting.update(value=previous).where(Setting.key == LAST_AUTO_KEY).execute()
        raise
    pruned = prune(location, folder, _live_hashes(), today)
    with database.atomic():
        audit.record("backup", None, entity="backup", field="automatic", new=result.path.name,
                     at=utcnow())
    return BackupResult(result.path, result.size, True, result.files_copied,
                        result.files_missing, tuple(pruned))


def restore_backup(source: str | Path, actor: str) -> RestoreResult:
    """Replace the database with the backup `source` (checked first; the current data kept
    aside), then bring back the evidence files it needs from the attachments/ beside it."""
    login = require(actor, BACKUP_RESTORE).login
    return restore_into(current_location(), Path(source), login)


def restore_into(location: Location, source: Path, login: str | None) -> RestoreResult:
    """The restore itself (no permission check: the CLI checks its own, and a damaged
    database has nobody to ask). Afterwards the proxy is bound to the restored database,
    upgraded to this program's schema, and the restore is in its audit trail, by `login`
    when the restored staff list knows them."""
    report = storage.restore(location, source)
    copied, missing = sync_files(backup_hashes(location, source),
                                 source.parent / STORE, location.attachments_dir)
    db = database.obj if database.obj is not None else connect(location)
    init_db(db, location)
    staff_id = Staff.select(Staff.id).where(Staff.login == login).scalar() if login else None
    with database.atomic():
        audit.record("restore", staff_id, entity="backup", field="file", new=source.name)
    return RestoreResult(source, report.kept_aside, report.schema_version, copied,
                         tuple(missing))
