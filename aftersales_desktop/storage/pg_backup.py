"""PostgreSQL backup and restore with the client tools pg_dump and pg_restore.

The connection goes to the tools through the libpq environment (PGHOST, PGOPTIONS, ...),
so no password appears on a command line.
"""
from __future__ import annotations

import os
import re
import subprocess
import time
import uuid
from pathlib import Path

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.storage.backup import BackupError, backup, check_version, stamp
from aftersales_desktop.storage.connection import connect, schema_version
from aftersales_desktop.storage.location import Location
from aftersales_desktop.storage.pg_replace import replace_schema
from aftersales_desktop.storage.pg_tools import failure, find_tool, wait_watched
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

_PG_ENV = {
    "host": "PGHOST", "port": "PGPORT", "user": "PGUSER", "password": "PGPASSWORD",
    "dbname": "PGDATABASE", "options": "PGOPTIONS", "sslmode": "PGSSLMODE",
    "sslrootcert": "PGSSLROOTCERT", "sslcert": "PGSSLCERT", "sslkey": "PGSSLKEY",
    "connect_timeout": "PGCONNECT_TIMEOUT", "application_name": "PGAPPNAME",
    "passfile": "PGPASSFILE",
}
LOCK_WAIT_S = 30.0  # a restore waiting this long on someone's open transaction gives up
_SEARCH_PATH = re.compile(r"search_path\s*=\s*\"?([^\s,\"]+)")


def schema_of(location: Location) -> str | None:
    """The schema named by `options=-c search_path=...`, if any."""
    match = _SEARCH_PATH.search(location.connect_args.get("options", ""))
    return match.group(1) if match else None


def dump(location: Location, dest: Path) -> None:
    schema = schema_of(location)
    _run("pg_dump", ["-Fc", "-f", dest, *(["-n", schema] if schema else [])], location)


def restore(location: Location, source: Path) -> tuple[Path | None, int]:
    """The archive in place of the schema's contents, in one transaction (storage.pg_replace;
    also an archive of an older schema version over a newer one): on any error the database
    stays as it was.

    Returns where the previous data was kept and the restored schema version.
    """
    archived = _archive_schema(location, source)
    wanted = schema_of(location) or "public"
    if archived != wanted:
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”中是架构“{archived}”，当前数据库使用“{wanted}”；请恢复到使用“{archived}”的数据库"), source=source, archived=archived, wanted=wanted)
    version = check_version(source, _archive_version(location, source, archived))
    kept = None
    if _has_data(location):
        kept = backup(location, location.data_dir / f"before-restore-{stamp()}.pgdump")
    watch = _LockWatch(location)
    try:
        replace_schema(source, wanted, location.connect_args["dbname"],
                       _env(location, watch.appname), watch)
    except BackupError:
        if watch.blockers:
            raise BackupError(f"gave up after {LOCK_WAIT_S:g} s waiting for other sessions "
                              f"using the tables ({watch.blockers}); nothing was changed. "
                              "Close the program elsewhere and try again") from None
        raise
    finally:
        watch.close()
    return kept, version


class _LockWatch:
    """Cancels our own pg_restore when it waits too long for a lock someone else holds.

    pg_restore resets lock_timeout to 0 in its session, so the wait is watched from outside.
    """

    def __init__(self, location: Location):
        self.appname = f"aftersales-restore-{uuid.uuid4().hex[:12]}"
        self.location = location
        self.db = None
        self.waiting_since: float | None = None
        self.blockers = ""

    def __call__(self) -> None:
        self.db = self.db or connect(self.location)
        row = self.db.execute_sql(
            "SELECT pid, pg_blocking_pids(pid) FROM pg_stat_activity "
            "WHERE application_name = %s AND wait_event_type = 'Lock'", (self.appname,)).fetchone()
        if not row or not row[1]:
            self.waiting_since = None
            return
        self.waiting_since = self.waiting_since or time.monotonic()
        if time.monotonic() - self.waiting_since >= LOCK_WAIT_S and not self.blockers:
            others = self.db.execute_sql(
                "SELECT pid, usename, client_addr, state FROM pg_stat_activity "
                "WHERE pid = ANY(%s)", (list(row[1]),)).fetchall()
            self.blockers = "; ".join(f"pid {pid} {user}@{addr or 'local'} {state}"
                                      for pid, user, addr, state in others) or "unknown"
            self.db.execute_sql("SELECT pg_cancel_backend(%s)", (row[0],))

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def _env(location: Location, appname: str | None) -> dict:
    env = dict(os.environ)
    for key, value in location.connect_args.items():
        if key in _PG_ENV:
            env[_PG_ENV[key]] = str(value)
    if appname:
        env["PGAPPNAME"] = appname
    return env


def _run(tool: str, args: list, location: Location, appname: str | None = None,
         watch=None) -> str:
    proc = subprocess.Popen([find_tool(tool), *map(str, args)], env=_env(location, appname),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stdout, stderr = wait_watched(proc, watch)
    if proc.returncode != 0:
        raise failure(tool, stderr)
    return stdout


def _archive_schema(location: Location, source: Path) -> str:
    """The schema of the `setting` table in a pg_dump archive; ValidationError if none."""
    try:
        listing = _run("pg_restore", ["-l", source], location)
    except BackupError as exc:
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”不是 pg_dump 归档（{exc}）"), source=source, exc=exc) from None
    match = re.search(r"^\d+; \d+ \d+ TABLE (\S+) setting ", listing, re.MULTILINE)
    if not match:
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”是 pg_dump 归档，但不是售后工单台的备份（缺少 setting 表）"), source=source)
    return match.group(1)


def _archive_version(location: Location, source: Path, schema: str) -> int:
    """The schema version in the archive, after reading all of it (a cut-off archive can
    still list its contents, and would fail only halfway through the restore)."""
    try:
        _run("pg_restore", ["-f", os.devnull, source], location)
        script = _run("pg_restore", ["-f", "-", "--data-only", "-n", schema, "-t", "setting",
                                     source], location)
    except BackupError as exc:
        raise ValidationError("FILE", QT_TRANSLATE_NOOP("errors", "“{source}”已损坏或不完整（{exc}）"), source=source, exc=exc) from None
    match = re.search(r"^schema_version\t(\d+)$", script, re.MULTILINE)
    return int(match.group(1)) if match else 0


def _has_data(location: Location) -> bool:
    db = connect(location)
    try:
        return schema_version(db) > 0
    finally:
        db.close()


def archive_attachments(location: Location, source: Path) -> set[str]:
    """The content hashes of the evidence files a pg_dump archive refers to."""
    script = _run("pg_restore", ["-f", "-", "--data-only", "-t", "attachment", source],
                  location)  # our archives hold one schema
    hashes, column = set(), None
    for line in script.splitlines():
        if column is None:
            header = re.match(r"^COPY \S+ \((.*)\) FROM stdin;$", line)
            if header:
                column = [c.strip().strip('"') for c in header.group(1).split(",")].index("sha256")
        elif line == "\\.":
            break
        else:
            hashes.add(line.split("\t")[column])
    return hashes
