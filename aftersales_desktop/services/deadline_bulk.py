"""Deadlines of many tickets: generated ones whose whole history is known up front (demo data),
written in bulk with the rules of services.deadlines; and recomputing every running ticket."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from peewee import chunked

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services.deadlines import (
    ANSWERED, SlaContext, compute_for, load_context, sync_deadlines)
from aftersales_desktop.storage.bulk import insert_rows
from aftersales_desktop.storage.models import Ticket, database
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

_FIELDS = [TicketDeadlineRow.ticket, TicketDeadlineRow.kind, TicketDeadlineRow.due_at,
           TicketDeadlineRow.warn_at, TicketDeadlineRow.limit_label, TicketDeadlineRow.met_at]


def history_rows(context: SlaContext, ticket_id: int, received_at: datetime, priority: str,
                 code: str | None, path: Sequence[str], times: Sequence[datetime]) -> list[tuple]:
    """ticket_deadline rows of a ticket received at `received_at` that went along `path`
    (states, from `received`) at `times`."""
    start, met = None, {}
    for step, at in zip(path[1:], times[1:]):
        met.setdefault("first_reply", at)
        met.setdefault("report", at)
        if step == "reopened":
            start = at
            met.pop("solution", None)
        elif step in ("resolved", "rejected"):
            met["solution"] = at
    category = code.split(".", 1)[0] if code else None
    subcategory = code if code and "." in code else None
    found = compute_for(context, received_at, priority, category, subcategory, start)
    return [(ticket_id, kind, item.due_at, item.warn_at, item.limit_label, met.get(kind))
            for kind, item in found.items() if item is not None]


def insert_deadlines(rows: list[tuple]) -> None:
    insert_rows(TicketDeadlineRow, _FIELDS, rows)


def resync_running(batch: int = 500) -> int:
    """Recompute the deadlines of every ticket not yet answered, e.g. after the calendar,
    the business hours or the policies changed; returns how many tickets."""
    context, now = load_context(), utcnow()
    ids = [i for i, in Ticket.select(Ticket.id).where(Ticket.state.not_in(ANSWERED)).tuples()]
    for chunk in chunked(ids, batch):
        with database.atomic():
            for ticket_id in chunk:
                sync_deadlines(ticket_id, now, context)
    return len(ids)
