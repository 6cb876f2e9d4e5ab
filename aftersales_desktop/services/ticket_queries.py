"""Reading one ticket as a plain view, JSON out. Lists and search: services.ticket_list."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from aftersales_desktop.domain.clock import iso_utc
from aftersales_desktop.domain.errors import NotFoundError
from aftersales_desktop.services.audit import EventRow, events_for_ticket
from aftersales_desktop.services.customers import CustomerRow, get_customer
from aftersales_desktop.services.deadlines import (
    KIND_ORDER, DeadlineView, open_pause, ticket_deadlines)
from aftersales_desktop.services.permissions import acting, require_visible
from aftersales_desktop.services.personal_data import masked
from aftersales_desktop.services.ticket_fields import sections_from_row
from aftersales_desktop.storage.models import Attachment, Category, Staff, Ticket


@dataclass(frozen=True)
class TicketView:
    id: int
    number: str
    client_id: str | None
    state: str
    version: int
    channel: str
    priority: str
    received_at: str
    created_at: str
    updated_at: str
    category: str | None
    subcategory: str | None
    assignee: str | None
    state_reason: str | None
    customer: CustomerRow
    sections: dict
    attachments: list[dict] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    deadlines: list[DeadlineView] = field(default_factory=list)
    paused_since: str | None = None  # waiting on the customer since (ISO 8601 UTC)
    pause_reason: str | None = None

    def deadline(self, kind: str) -> DeadlineView | None:
        return next((d for d in self.deadlines if d.kind == kind), None)

    def as_json(self) -> dict:
        data = {
            "number": self.number, "state": self.state, "version": self.version,
            "channel": self.channel, "priority": self.priority,
            "received_at": self.received_at, "created_at": self.created_at,
            "updated_at": self.updated_at, "category": self.category,
            "subcategory": self.subcategory, "assignee": self.assignee,
            "state_reason": self.state_reason, "client_id": self.client_id,
            "customer": self.customer.as_dict(),
            "attachments": self.attachments, "events": len(self.events),
            "deadlines": {kind: iso_utc(d.due_at) if (d := self.deadline(kind)) else None
                          for kind in KIND_ORDER},
        }
        for section, values in self.sections.items():
            data[section] = {k: (v.isoformat() if hasattr(v, "isoformat") else v)
                             for k, v in values.items()}
        return data


def _code(category_id) -> str | None:
    return Category.get_by_id(category_id).code if category_id else None


def get_ticket(number: str) -> TicketView:
    ticket = Ticket.get_or_none(Ticket.number == number)
    if ticket is None:
        raise NotFoundError(f"ticket {number} does not exist")
    row = ticket.__data__
    files = [{"filename": a.filename, "mime": a.mime, "size": a.size, "sha256": a.sha256}
             for a in Attachment.select().where(Attachment.ticket == ticket.id)
             .order_by(Attachment.id)]
    assignee = Staff.get_by_id(ticket.assignee_id).login if ticket.assignee_id else None
    pause = open_pause(ticket.id)
    return TicketView(
        id=ticket.id, number=ticket.number, client_id=ticket.client_id, state=ticket.state,
        version=ticket.version, channel=ticket.channel, priority=ticket.priority,
        received_at=iso_utc(ticket.received_at), created_at=iso_utc(ticket.created_at),
        updated_at=iso_utc(ticket.updated_at), category=_code(ticket.category_id),
        subcategory=_code(ticket.subcategory_id), assignee=assignee,
        state_reason=ticket.state_reason, customer=get_customer(ticket.customer_id),
        sections=sections_from_row(row), attachments=files,
        events=events_for_ticket(ticket.id), deadlines=ticket_deadlines(ticket.id),
        paused_since=iso_utc(pause.started_at) if pause else None,
        pause_reason=pause.reason if pause else None)


def view_ticket(number: str, actor: str) -> TicketView:
    """The ticket as a screen shows it to `actor`: refused (PermissionDenied, recorded) outside
    their scope; the customer's phone, e-mail and address masked (reveal: services.personal_data)."""
    require_visible(acting(actor), number)
    view = get_ticket(number)
    return replace(view, customer=masked(view.customer))
