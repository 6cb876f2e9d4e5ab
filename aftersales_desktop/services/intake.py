"""Help while taking a complaint: who is calling, what they had before, is this a duplicate."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aftersales_desktop.domain.clock import iso_utc, utcnow
from aftersales_desktop.domain.phone import normalise
from aftersales_desktop.services.customer_orders import KnownOrder, orders_of
from aftersales_desktop.services.customers import CustomerRow, find_by_phone
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.storage.models import Customer, Ticket

DUPLICATE_DAYS = 7


@dataclass(frozen=True)
class EarlierTicket:
    number: str
    received_at: str  # ISO 8601 UTC
    state: str
    order_number: str | None
    description: str


@dataclass(frozen=True)
class CallerHistory:
    customer: CustomerRow
    earlier: list[EarlierTicket]
    orders: list[KnownOrder] = field(default_factory=list)  # imported with the customer


def _rows(query) -> list[EarlierTicket]:
    return [EarlierTicket(t.number, iso_utc(t.received_at), t.state, t.order_number,
                          t.description) for t in query]


def _tickets_of(phone: str, viewer: str | None):
    query = (Ticket.select(Ticket.number, Ticket.received_at, Ticket.state, Ticket.order_number,
                           Ticket.description)
             .join(Customer, on=(Ticket.customer == Customer.id))
             .where(Customer.phone == phone))
    return (scoped(query, acting(viewer) if viewer else None)
            .order_by(Ticket.received_at.desc(), Ticket.id.desc()))


def caller_history(raw_phone: str, limit: int = 10,
                   viewer: str | None = None) -> CallerHistory | None:
    """The known customer with this phone and their latest tickets (those `viewer` sees;
    the customer's ticket count stays whole, so a repeat customer is recognised), or None."""
    customer = find_by_phone(raw_phone)
    if customer is None:
        return None
    return CallerHistory(customer, _rows(_tickets_of(customer.phone, viewer).limit(limit)),
                         orders_of(customer.id))


def find_duplicates(raw_phone: str, order_number: str, now: datetime | None = None,
                    days: int = DUPLICATE_DAYS, viewer: str | None = None) -> list[EarlierTicket]:
    """Tickets of the same phone and order received in the last `days` days."""
    order = (order_number or "").strip()
    try:
        phone = normalise(raw_phone)
    except ValueError:
        return []
    if not order:
        return []
    since = (now or utcnow()) - timedelta(days=days)
    return _rows(_tickets_of(phone, viewer).where((Ticket.order_number == order)
                                          & (Ticket.received_at >= since)))


def has_tickets() -> bool:
    """Whether the database holds any ticket yet (a first start offers demo data)."""
    return Ticket.select(Ticket.id).limit(1).exists()
