"""The backup of a PostgreSQL database before its schema is upgraded (shared mode).

init_db calls `before_upgrade` while it holds the upgrade lock, so of two desks starting the
new program at once one dumps and migrates, the other waits and then finds the schema current.
The dump (pg_dump custom format, the location's schema only, as `aftersales backup`) goes to
the backup folder as aftersales-pre-v18-20261202-101500.pgdump. When it cannot be made
nothing is migrated: UpgradeBackupError. An administrator who backs up on the server may skip
it (AFTERSALES_UPGRADE_WITHOUT_BACKUP=1 or `aftersales init --no-backup-before-upgrade`); the
skip is logged and written to the audit trail, like the backup itself.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from peewee import Database

from aftersales_desktop.domain.clock import local_stamp, utcnow
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP
from aftersales_desktop.storage.location import Location

ENV_SKIP = "AFTERSALES_UPGRADE_WITHOUT_BACKUP"
CLI_SKIP = "--no-backup-before-upgrade"
FOLDER_KEY = "backup.folder"  # services.backups.FOLDER_KEY: the folder chosen under 设置
log = logging.getLogger(__name__)
NOT_BACKED_UP = QT_TRANSLATE_NOOP("errors", "数据库（{where}）须从第 {current} 版升级到第 {latest} 版，升级前必须先备份，但备份未能完成：{problem}。数据库没有任何改动。请在本机安装与服务器版本一致的 PostgreSQL 客户端工具（pg_dump，如 apt install postgresql-client-{server}）并确保备份文件夹 {folder} 可写，然后重新启动；如果管理员已在服务器上备份，可设置环境变量 {env}=1 或运行 aftersales init {flag} 跳过这次备份（会记入审计日志）。")


def skip_reason(explicit: str | None) -> str | None:
    """Why no backup is wanted: the caller's reason, else the environment variable, else None."""
    if explicit:
        return explicit
    return f"{ENV_SKIP}=1" if os.environ.get(ENV_SKIP, "").strip() == "1" else None


def backup_folder(db: Database, location: Location) -> Path:
    row = db.execute_sql(f"SELECT value FROM setting WHERE key = {db.param}",
                         (FOLDER_KEY,)).fetchone()
    chosen = (row[0] or "").strip() if row else ""
    return Path(chosen).expanduser() if chosen else location.data_dir / "backups"


def pre_upgrade_path(folder: Path, version: int) -> Path:
    name = f"aftersales-pre-v{version}-{local_stamp()}"
    dest, n = folder / f"{name}.pgdump", 1
    while dest.exists():
        n += 1
        dest = folder / f"{name}-{n}.pgdump"
    return dest


def before_upgrade(db: Database, location: Location, current: int, latest: int,
                   skip: str | None) -> str:
    """Dump the database at schema `current` before it is upgraded to `latest`; returns what
    the audit trail records (the file's name, or that and why it was skipped)."""
    from aftersales_desktop.storage.backup import BackupError, backup
    from aftersales_desktop.storage.connection import UpgradeBackupError

    if skip:
        log.warning("upgrading %s from schema %d to %d without a backup (%s)",
                    location.display, current, latest, skip)
        return f"skipped before v{latest} ({skip})"
    folder = backup_folder(db, location)
    try:
        written = backup(location, pre_upgrade_path(folder, latest))
    except (BackupError, OSError) as exc:
        problem = str(exc) if isinstance(exc, BackupError) else \
            f"cannot write to {folder}: {exc.strerror or exc}"
        raise UpgradeBackupError(NOT_BACKED_UP,
                                 where=location.display, current=current, latest=latest,
                                 problem=problem, server=_server_major(db), folder=folder,
                                 env=ENV_SKIP, flag=CLI_SKIP) from None
    log.info("backed up %s at schema %d to %s before upgrading", location.display, current,
             written)
    return written.name


def record(db: Database, value: str) -> None:
    """The audit event of the backup before the upgrade (or of its skipping)."""
    p = db.param
    with db.atomic():
        db.execute_sql(f"INSERT INTO audit_event (entity, action, field, new_value, at) "
                       f"VALUES ({p}, {p}, {p}, {p}, {p})",
                       ("backup", "backup", "before_upgrade", value, utcnow()))


def _server_major(db: Database) -> str:
    version = db.execute_sql("SHOW server_version_num").fetchone()[0]
    return str(int(version) // 10000)
