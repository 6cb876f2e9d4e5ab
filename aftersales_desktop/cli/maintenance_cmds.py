"""Maintenance commands: `backup`, `restore`, `check`. They work on the database as it is,
without upgrading it first, so they also serve a database that no longer opens. A backup holds
the evidence files too: they go to attachments/ beside the backup file (storage.backup_files),
and a restore brings back the ones the restored database needs from there."""
from __future__ import annotations

import json
import os
from pathlib import Path

from aftersales_desktop.cli.errors import EXIT_OK, EXIT_PROBLEM, CliError, fail
from aftersales_desktop.cli.sign_in import sign_in
from aftersales_desktop.domain.permissions import BACKUP_RESTORE
from aftersales_desktop.services.integrity import check_database, count_rows
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.backups import restore_into, write_backup
from aftersales_desktop.storage import backup as backups
from aftersales_desktop.storage.backup_files import STORE, backup_name
from aftersales_desktop.storage.connection import connect
from aftersales_desktop.storage.location import resolve
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.network_path import NetworkPathError


def register(commands) -> None:
    backup = commands.add_parser(
        "backup", help="online backup while others work (SQLite backup API / pg_dump)")
    backup.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="backup file, or a directory to put aftersales-<time> into")
    backup.set_defaults(func=_backup, needs_actor=False, opens_db=False)
    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current data is kept aside)")
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(func=_restore, needs_actor=False, opens_db=False)
    check = commands.add_parser("check", help="integrity check; non-zero exit on any problem")
    check.set_defaults(func=_check, needs_actor=False, opens_db=False)


def _allowed(args) -> None:
    """Backup and restore need the permission of `--as` (signed in as for any command) when the
    current database can say who that is: it exists, opens and knows sign-in. One that is
    missing, damaged or older is backed up or restored without asking: there is nobody to ask,
    and whoever can replace the file can do so anyway."""
    location = resolve(args.db)
    if location.engine == "sqlite" and not Path(location.target).is_file():
        return
    try:
        db = connect(location)
        knows_sign_in = "failed_logins" in {c.name for c in db.get_columns("staff")}
    except NetworkPathError:
        raise
    except Exception:  # unreadable: restoring it is what the command is for
        return None
    previous = database.obj  # the proxy is lent for the check, then handed back
    try:
        if knows_sign_in:
            database.initialize(db)
            sign_in(args.actor)
            return require(args.actor, BACKUP_RESTORE).login
    finally:
        db.close()
        database.initialize(previous)
    return None


def backup_path(output: str, engine: str) -> Path:
    path = Path(output).expanduser()
    if path.is_dir() or output.endswith(("/", os.sep)):
        return path / backup_name(engine, backups.stamp(), automatic=False)
    return path


def _backup(args) -> int:
    _allowed(args)
    location = resolve(args.db)
    dest = backup_path(args.output, location.engine)
    try:
        result = write_backup(location, dest)
    except backups.BackupError as exc:
        raise CliError(f"backup: {exc}", EXIT_PROBLEM) from None
    print(json.dumps({"backup": str(result.path), "bytes": result.size,
                      "engine": location.engine, "database": location.display,
                      "attachments": str(result.path.parent / STORE),
                      "attachments_copied": result.files_copied,
                      "attachments_missing": list(result.files_missing)},
                     ensure_ascii=False))
    return EXIT_OK


def _restore(args) -> int:
    login = _allowed(args)
    location = resolve(args.db)
    source = Path(args.file)
    try:
        report = restore_into(location, source, login)
    except backups.BackupError as exc:
        raise CliError(f"restore: {exc}", EXIT_PROBLEM) from None
    print(json.dumps({"restored": str(report.source), "database": location.display,
                      "schema_version": report.schema_version,
                      "previous_data": str(report.kept_aside) if report.kept_aside else None,
                      "attachments_copied": report.files_copied,
                      "attachments_missing": list(report.files_missing)},
                     ensure_ascii=False))
    return EXIT_OK


def _check(args) -> int:
    location = resolve(args.db)
    problems = check_database(location)
    for line in problems:
        print(line)
    if problems:
        return fail(f"check found {len(problems)} problem(s) in {location.display}", EXIT_PROBLEM)
    counts = count_rows(location)
    print("ok: " + ", ".join(f"{n} {label}" for label, n in counts.items())
          + f" ({location.display})")
    return EXIT_OK
