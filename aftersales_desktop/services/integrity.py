"""`check`: find damage and broken rules in a database without changing anything."""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from peewee import Database, DatabaseError

from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.attachments import stored_path, verify_stored
from aftersales_desktop.services.numbering import NUMBER_PATTERN
from aftersales_desktop.storage import migrations
from aftersales_desktop.storage.backup import sqlite_problems
from aftersales_desktop.storage.connection import SchemaError, connect, dialect, schema_version
from aftersales_desktop.storage.location import Location

MAX_LISTED = 20  # per kind of problem; the rest is counted
COUNTED = {"ticket": "tickets", "audit_event": "audit events", "attachment": "attachments",
           "customer": "customers", "staff": "staff"}


def check_database(location: Location) -> list[str]:
    """Every problem found, one readable line each; an empty list means the database is sound."""
    if location.engine == "sqlite" and not Path(location.target).is_file():
        return [f"no database file at {location.target}"]
    try:
        db = connect(location)
        db.connect(reuse_if_open=True)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        return [f"database cannot be opened: {exc}"]
    try:
        return _problems(db, location)
    except (DatabaseError, sqlite3.DatabaseError) as exc:
        return [f"database cannot be read: {exc}"]
    finally:
        db.close()


def count_rows(location: Location) -> dict[str, int]:
    db = connect(location)
    try:
        return {label: db.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                for table, label in COUNTED.items()}
    finally:
        db.close()


def _problems(db: Database, location: Location) -> list[str]:
    problems: list[str] = []
    if location.engine == "sqlite":
        problems += _sqlite_structure(db)
        if problems and problems[0].startswith("integrity"):
            return problems
    try:
        version = schema_version(db)
    except SchemaError as exc:
        return problems + [str(exc)]
    if version != migrations.LATEST:
        hint = "run `aftersales init`" if version < migrations.LATEST else "update the program"
        return problems + [f"schema version is {version}, expected {migrations.LATEST}; {hint}"]
    for check in (_missing_create_events, _numbers_and_counters, _versions, _states,
                  _append_only_guard):
        problems += check(db)
    problems += _attachment_files(db, location.attachments_dir)
    return problems


def _listed(kind: str, lines: Iterable[str]) -> list[str]:
    lines = list(lines)
    if len(lines) <= MAX_LISTED:
        return lines
    return lines[:MAX_LISTED] + [f"{kind}: {len(lines) - MAX_LISTED} more like the above"]


def _rows(db: Database, sql: str, params: tuple = ()) -> list[tuple]:
    return list(db.execute_sql(sql.replace("?", db.param), params).fetchall())


def _sqlite_structure(db: Database) -> list[str]:
    damage = sqlite_problems(_rows(db, "PRAGMA integrity_check"))
    if damage:
        return _listed("integrity", (f"integrity: {line}" for line in damage))
    return _listed("foreign key", (
        f"foreign key: {table} row {rowid} refers to a missing {parent} row"
        for table, rowid, parent, _ in _rows(db, "PRAGMA foreign_key_check")))


def _missing_create_events(db: Database) -> list[str]:
    rows = _rows(db, "SELECT number FROM ticket t WHERE NOT EXISTS (SELECT 1 FROM audit_event e "
                     "WHERE e.ticket_id = t.id AND e.action = 'create') ORDER BY number")
    return _listed("audit", (f"ticket {n} has no 'create' audit event" for n, in rows))


def _numbers_and_counters(db: Database) -> list[str]:
    problems, highest = [], {}
    for number, in _rows(db, "SELECT number FROM ticket ORDER BY number"):
        match = NUMBER_PATTERN.match(number)
        if not match:
            problems.append(f"ticket number '{number}' does not have the form SHyyyymmdd-nnnn")
            continue
        day, sequence = match.group(1), int(match.group(2))
        highest[day] = max(highest.get(day, 0), sequence)
    counters = dict(_rows(db, "SELECT day, last FROM ticket_counter"))
    for day, top in sorted(highest.items()):
        last = counters.get(day)
        if last is None or last < top:
            problems.append(f"ticket_counter for {day} is at {last if last is not None else 'none'}"
                            f" but SH{day}-{top:04d} exists; the next new numbers would collide")
    return _listed("numbers", problems)


def _versions(db: Database) -> list[str]:
    rows = _rows(db, "SELECT number, version FROM ticket WHERE version < 1 ORDER BY number")
    return _listed("version", (f"ticket {n} has version {v}, expected 1 or more" for n, v in rows))


def _states(db: Database) -> list[str]:
    known = tuple(STATE_LABELS)
    marks = ", ".join("?" * len(known))
    rows = _rows(db, f"SELECT number, state FROM ticket WHERE state NOT IN ({marks}) "
                     "ORDER BY number", known)
    return _listed("state", (f"ticket {n} is in unknown state '{s}'" for n, s in rows))


def _append_only_guard(db: Database) -> list[str]:
    if dialect(db) == "sqlite":
        sql = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
        events = {m.upper() for text, in _rows(db, sql)
                  for m in re.findall(r"\bBEFORE\s+(UPDATE|DELETE)\b", text, re.IGNORECASE)}
    else:
        sql = ("SELECT event_manipulation FROM information_schema.triggers WHERE "
               "event_object_table = 'audit_event' AND event_object_schema = current_schema()")
        events = {event for event, in _rows(db, sql)}
    return [f"audit_event has no trigger refusing {event}; events could be "
            f"{'changed' if event == 'UPDATE' else 'deleted'}"
            for event in ("UPDATE", "DELETE") if event not in events]


def _attachment_files(db: Database, root: Path) -> list[str]:
    rows = _rows(db, "SELECT a.sha256, a.filename, t.number FROM attachment a "
                     "LEFT JOIN ticket t ON t.id = a.ticket_id ORDER BY t.number, a.id")
    verdicts: dict[str, str | None] = {}
    problems = []
    for sha256, filename, number in rows:
        if sha256 not in verdicts:
            verdicts[sha256] = verify_stored(root, sha256)
        if verdicts[sha256]:
            problems.append(f"attachment '{filename}' of ticket {number}: {verdicts[sha256]} "
                            f"({stored_path(root, sha256)})")
    return _listed("attachment", problems)
