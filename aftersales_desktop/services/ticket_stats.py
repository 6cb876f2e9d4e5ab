"""Keeps the dashboard's per-ticket values on the ticket row (storage.migration_v15): called in
the transaction of every change to a ticket's resolutions, time limits or callbacks, so the
values are never seen out of step with the rows they come from."""
from __future__ import annotations

from collections.abc import Iterable

from peewee import chunked

from aftersales_desktop.storage.migration_v15 import STAT_COLUMNS_V15
from aftersales_desktop.storage.models import database

_BATCH = 500


def refresh(ticket_ids: Iterable[int]) -> None:
    """Recompute the stored values of these tickets from their child rows."""
    for chunk in chunked(sorted(set(ticket_ids)), _BATCH):
        marks = ", ".join([database.param] * len(chunk))
        database.execute_sql(
            f"UPDATE ticket SET {STAT_COLUMNS_V15} WHERE ticket.id IN ({marks})", chunk)


def refresh_between(first_id: int, last_id: int) -> None:
    """Recompute the values of the tickets with ids in [first_id, last_id] (bulk-written
    demo data)."""
    p = database.param
    database.execute_sql(
        f"UPDATE ticket SET {STAT_COLUMNS_V15} WHERE ticket.id BETWEEN {p} AND {p}",
        (first_id, last_id))
