"""Online backup and restore. SQLite: the backup API, never a plain file copy (a copy taken
while someone writes can be torn). PostgreSQL: pg_dump / pg_restore (storage.pg_backup)."""
from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop.domain.clock import local_stamp
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.storage import migrations
from aftersales_desktop.storage.connection import backup_sqlite_file
from aftersales_desktop.storage.location import Location
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text


class BackupError(RuntimeError):
    """The backup or restore could not run (tool missing, server refused)."""


@dataclass(frozen=True)
class RestoreReport:
    engine: str
    source: Path
    kept_aside: Path | None
    schema_version: int


def stamp() -> str:
    """The date and time for a backup file's name, in Asia/Shanghai."""
    return local_stamp()


def check_version(source: Path, version: int) -> int:
    if not 0 < version <= migrations.LATEST:
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”的数据库版本为 {version}；本程序只能恢复版本 1 到 {migrations_LATEST} 的备份"), source=source, version=version, migrations_LATEST=migrations.LATEST)
    return version


def backup(location: Location, dest: str | Path) -> Path:
    """Write a consistent copy of the live database to `dest` (replaced only when complete)."""
    from aftersales_desktop.storage import pg_backup

    dest = Path(dest)
    if location.engine == "sqlite" and dest.resolve() == Path(location.target).resolve():
        raise ValidationError("output", QT_TRANSLATE_NOOP("errors", "这是正在使用的数据库文件本身，请选择其他文件"))
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        if location.engine == "sqlite":
            _sqlite_backup(location.target, partial)
        else:
            pg_backup.dump(location, partial)
        os.replace(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return dest


def restore(location: Location, source: str | Path) -> RestoreReport:
    """Replace the database with the backup in `source`, keeping the current data aside first.

    The backup is checked before anything is touched; a refused file changes nothing.
    """
    from aftersales_desktop.storage import pg_backup

    source = Path(source)
    if not source.is_file():
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”不存在或不是文件"), source=source)
    if location.engine == "sqlite":
        return _sqlite_restore(location, source)
    kept, version = pg_backup.restore(location, source)
    return RestoreReport("postgresql", source, kept, version)


def _sqlite_backup(path: str, dest: Path) -> None:
    if not Path(path).is_file():
        raise BackupError(f"no database file at {path}")
    src = sqlite3.connect(path, timeout=30)
    out = sqlite3.connect(dest)
    try:
        src.backup(out)  # all pages in one step: one consistent snapshot, writers go on (WAL)
        out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        if out.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(f"the copy of {path} fails its check; the database may be damaged")
    finally:
        out.close()
        src.close()


def sqlite_problems(rows: list[tuple]) -> list[str]:
    """The lines of a PRAGMA integrity_check answer, without its 'ok' and section headers."""
    lines = [line.strip() for row in rows for line in str(row[0]).splitlines()]
    return [ln for ln in lines if ln and ln != "ok" and not ln.startswith("*** in database")]


def _truncation(source: Path) -> str | None:
    """A cut-off file can pass integrity_check when the lost pages happen to be unused,
    so compare the file with the size its header promises."""
    with source.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return None
    page_size = int.from_bytes(header[16:18], "big") or 65536
    if page_size == 1:
        page_size = 65536
    pages = int.from_bytes(header[28:32], "big")
    size = source.stat().st_size
    if size % page_size or size < pages * page_size:
        return Text(QT_TRANSLATE_NOOP("errors", "“{source}”不完整（被截断）：{size} 字节，应为 {expected} 字节"),
                    source=source, size=size, expected=pages * page_size)
    return None


def _sqlite_backup_version(conn: sqlite3.Connection, source: Path) -> int:
    """The schema version of a sound AfterSales backup; ValidationError for anything else."""
    cut = _truncation(source)
    if cut:
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "{problem}"), problem=cut)
    try:
        problems = sqlite_problems(conn.execute("PRAGMA integrity_check").fetchall())
        if problems:
            raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”已损坏：{value2}"), source=source, value2='; '.join(problems[:3]))
        if not conn.execute("SELECT 1 FROM sqlite_master "
                            "WHERE type = 'table' AND name = 'setting'").fetchone():
            raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”是 SQLite 文件，但不是售后工单台的备份（缺少 setting 表）"), source=source)
        row = conn.execute("SELECT value FROM setting WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row and str(row[0]).isdigit() else 0
    except sqlite3.DatabaseError as exc:
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”不是可读取的 SQLite 备份（{exc}）"), source=source, exc=exc) from None
    return check_version(source, version)


def _sqlite_restore(location: Location, source: Path) -> RestoreReport:
    target = Path(location.target)
    if target.exists() and source.resolve() == target.resolve():
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "备份文件就是正在使用的数据库文件本身"))
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        version = _sqlite_backup_version(src, source)
        kept = _keep_aside(target) if target.exists() else None
        try:
            _copy_in(src, target)
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"could not write {target}: {exc}; "
                              f"the previous data is kept in {kept}") from None
    finally:
        src.close()
    return RestoreReport("sqlite", source, kept, version)


def _keep_aside(target: Path) -> Path:
    try:
        return backup_sqlite_file(str(target), "before-restore")
    except sqlite3.DatabaseError:  # damaged beyond the backup API: keep the bytes as they are
        aside = Path(f"{target}.before-restore-{stamp()}.bak")
        shutil.copy2(target, aside)
        return aside


def _copy_in(src: sqlite3.Connection, target: Path) -> None:
    """Backup API into the live file, so open connections see old or new data, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(target, timeout=30)
    try:
        src.backup(dest)
        return
    except sqlite3.OperationalError:
        raise
    except sqlite3.DatabaseError:  # the current file is no database at all: replace it whole
        pass
    finally:
        dest.close()
    incoming = target.with_name(f".{target.name}.restore-incoming")
    incoming.unlink(missing_ok=True)
    out = sqlite3.connect(incoming)
    try:
        src.backup(out)
    finally:
        out.close()
    for sidecar in ("-wal", "-shm"):
        Path(f"{target}{sidecar}").unlink(missing_ok=True)
    os.replace(incoming, target)
