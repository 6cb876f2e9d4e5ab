"""The backup folder: database copies named by date and time, and the evidence files beside them.

    backups/aftersales-auto-20261122-083012.sqlite3   the daily automatic backup
    backups/aftersales-20261122-151500.pgdump         one made with 立即备份 / `aftersales backup`
    backups/attachments/ab/ab12…                      every evidence file, once per content hash

Evidence files never change (their name is their SHA-256), so each is copied once and serves
every backup that refers to it: thirty daily backups cost thirty database copies plus the
photos added since, not thirty copies of every photo. Automatic backups older than 30 days are
deleted, then every file in attachments/ that no remaining backup and not the live database
refers to; backups made by hand stay until someone deletes them.
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from aftersales_desktop.storage.location import Location

KEEP_DAYS = 30
AUTO, MANUAL = "aftersales-auto-", "aftersales-"
SUFFIX = {"sqlite": ".sqlite3", "postgresql": ".pgdump"}
NAME = re.compile(r"^aftersales-(auto-)?(\d{8}-\d{6})\.(sqlite3|pgdump)$")
STORE = "attachments"


def stored_path(root: Path, sha256: str) -> Path:
    """The layout of the evidence store (services.attachments): root/ab/ab12…"""
    return Path(root) / sha256[:2] / sha256


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local (Asia/Shanghai) time from the name
    automatic: bool
    size: int
    engine: str


def backup_name(engine: str, stamp: str, automatic: bool) -> str:
    return f"{AUTO if automatic else MANUAL}{stamp}{SUFFIX[engine]}"


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first (files named like ours only)."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        match = NAME.match(path.name)
        if not match or not path.is_file():
            continue
        taken = datetime.strptime(match.group(2), "%Y%m%d-%H%M%S")
        engine = "sqlite" if match.group(3) == "sqlite3" else "postgresql"
        found.append(BackupFile(path, taken, bool(match.group(1)), path.stat().st_size, engine))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def backup_hashes(location: Location, path: Path) -> set[str]:
    """The evidence files the backup `path` refers to (an SQLite copy or a pg_dump archive,
    told apart by their first bytes, not by the name)."""
    with Path(path).open("rb") as handle:
        head = handle.read(16)
    if not head.startswith(b"SQLite format 3"):
        from aftersales_desktop.storage.pg_backup import archive_attachments

        return archive_attachments(location, path)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return {sha for sha, in conn.execute("SELECT DISTINCT sha256 FROM attachment")}
    finally:
        conn.close()


def _copy_file(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".incoming-")
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sync_files(hashes: set[str], source_root: Path, dest_root: Path) -> tuple[int, list[str]]:
    """Copy the files of `hashes` missing in `dest_root` from `source_root`; (copied, the
    hashes found in neither)."""
    copied, missing = 0, []
    for sha in sorted(hashes):
        dest = stored_path(dest_root, sha)
        if dest.is_file():
            continue
        source = stored_path(source_root, sha)
        if not source.is_file():
            missing.append(sha)
            continue
        _copy_file(source, dest)
        copied += 1
    return copied, missing


def prune(location: Location, folder: Path, live_hashes: set[str], today: date,
          keep_days: int = KEEP_DAYS) -> list[str]:
    """Delete automatic backups older than `keep_days` (by the date in their name) and the
    evidence files no remaining backup needs; return the names of the deleted backups."""
    limit = today - timedelta(days=keep_days)
    deleted = []
    for backup in list_backups(folder):
        if backup.automatic and backup.taken_at.date() < limit:
            backup.path.unlink(missing_ok=True)
            deleted.append(backup.path.name)
    store = Path(folder) / STORE
    if not store.is_dir():
        return deleted
    needed = set(live_hashes)
    for backup in list_backups(folder):
        try:
            needed |= backup_hashes(location, backup.path)
        except Exception:  # an unreadable backup: keep every file rather than guess
            return deleted
    for sub in store.iterdir():
        if not sub.is_dir():
            continue
        for file in sub.iterdir():
            if not file.name.startswith(".") and file.name not in needed:
                file.unlink(missing_ok=True)
        if not any(sub.iterdir()):
            sub.rmdir()
    return deleted
