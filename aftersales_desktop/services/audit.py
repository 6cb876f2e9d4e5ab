"""The audit trail: append-only events, written inside the caller's transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from aftersales_desktop.domain.clock import iso_utc, utcnow
from aftersales_desktop.storage.models import AuditEvent, Staff


@dataclass(frozen=True)
class EventRow:
    id: int
    entity: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    staff_login: str | None
    staff_name: str | None
    at: str
    entity_id: int | None = None


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def record(action: str, staff_id: int | None, *, ticket_id: int | None = None,
           entity: str = "ticket", entity_id: int | None = None, field: str | None = None,
           old=None, new=None, at: datetime | None = None) -> None:
    AuditEvent.insert(
        ticket=ticket_id, entity=entity, entity_id=entity_id if entity_id is not None else ticket_id,
        action=action, field=field, old_value=_text(old), new_value=_text(new),
        staff=staff_id, at=at or utcnow(),
    ).execute()


def record_changes(changes: dict, staff_id: int, *, ticket_id: int | None, entity: str,
                   entity_id: int, at: datetime) -> None:
    """One event per changed field: `changes` maps field → (old, new)."""
    for name, (old, new) in changes.items():
        record("update", staff_id, ticket_id=ticket_id, entity=entity, entity_id=entity_id,
               field=name, old=old, new=new, at=at)


def events_for_ticket(ticket_id: int) -> list[EventRow]:
    query = (AuditEvent.select(AuditEvent, Staff.login, Staff.name)
             .join(Staff, on=(AuditEvent.staff == Staff.id), join_type=JOIN.LEFT_OUTER)
             .where(AuditEvent.ticket == ticket_id)
             .order_by(AuditEvent.at, AuditEvent.id).dicts())
    return [EventRow(r["id"], r["entity"], r["action"], r["field"], r["old_value"],
                     r["new_value"], r.get("login"), r.get("name"), iso_utc(r["at"]),
                     r["entity_id"])
            for r in query]
