"""Has anyone changed a ticket since I last looked? A cheap marker the screens poll every few
seconds (ui.change_watcher), so changes made at other desks appear in lists and queues.

Every change of a ticket writes an audit event in its transaction (the house rule), so the
audit trail's newest id is the marker: no extra write, no trigger, the same on SQLite and
PostgreSQL, and one index lookup per poll. On PostgreSQL ids are drawn before commit, so a
transaction holding a lower id can commit after a higher one is seen; the marker therefore
also counts the events in a window just below the newest id it saw last, which a late commit
changes. (LISTEN/NOTIFY would push instead of poll, but needs a second connection per desk,
its own reconnection, and nothing on SQLite; a poll of one index every 3 s is negligible for
a server and works for the CLI writing into an open window's SQLite file too.)
"""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.storage.models import database

WINDOW = 500  # ids below the last seen newest one in which a late commit is noticed


@dataclass(frozen=True)
class ChangeMarker:
    newest: int  # newest audit event of a ticket
    recent: int  # events of tickets with an id above `floor`
    floor: int


def change_marker(floor: int | None = None) -> ChangeMarker:
    newest = database.execute_sql(
        "SELECT MAX(id) FROM audit_event WHERE ticket_id IS NOT NULL").fetchone()[0] or 0
    floor = max(0, newest - WINDOW) if floor is None else floor
    recent = database.execute_sql(
        f"SELECT COUNT(*) FROM audit_event WHERE id > {database.param} "
        "AND ticket_id IS NOT NULL", (floor,)).fetchone()[0]
    return ChangeMarker(newest, recent, floor)


def changed_since(previous: ChangeMarker) -> tuple[bool, ChangeMarker]:
    """(whether tickets changed since `previous` was taken, the marker to compare next)."""
    now = change_marker(previous.floor)
    if (now.newest, now.recent) == (previous.newest, previous.recent):
        return False, previous
    return True, change_marker()  # the window moves up below the new newest


def current_version(number: str) -> int | None:
    """The version ticket `number` has now (None: it does not exist), to see whether the copy
    a screen shows is still the latest."""
    from aftersales_desktop.storage.models import Ticket

    return Ticket.select(Ticket.version).where(Ticket.number == number).scalar()
