"""The ticket table: filters, sorting, paging, search — plain rows for the list screen.

Search uses LIKE '%…%', which finds one- and two-character Chinese words on both engines;
on very large databases it scans (a faster index is a later task).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from peewee import JOIN

from aftersales_desktop.domain.clock import SHANGHAI, iso_utc
from aftersales_desktop.domain.phone import normalise
from aftersales_desktop.services.numbering import NUMBER_PATTERN
from aftersales_desktop.storage.models import Category, Customer, Staff, Ticket

SubCategory = Category.alias("sub")
SORT_KEYS = {
    "number": Ticket.number, "received_at": Ticket.received_at, "customer": Customer.name,
    "category": Category.sort_order, "priority": Ticket.priority, "state": Ticket.state,
    "assignee": Staff.name,
}


@dataclass(frozen=True)
class TicketFilter:
    state: str | None = None
    category: str | None = None  # top-level code
    priority: str | None = None
    channel: str | None = None
    assignee: str | None = None  # login
    date_from: date | None = None  # received, Shanghai dates, inclusive
    date_to: date | None = None
    search: str = ""
    sort: str = "received_at"
    descending: bool = True


@dataclass(frozen=True)
class TicketTableRow:
    number: str
    received_at: str  # ISO 8601 UTC
    customer_name: str | None
    customer_phone: str | None
    category: str | None
    subcategory: str | None
    priority: str
    state: str
    channel: str
    assignee: str | None
    deadline: str | None  # no time limits yet: always None


def _utc_start(day: date) -> datetime:
    local = datetime.combine(day, time.min, tzinfo=SHANGHAI)
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def _term_condition(term: str):
    condition = (Customer.name.contains(term) | Ticket.description.contains(term)
                 | (Ticket.order_number == term) | (Ticket.waybill == term)
                 | (Ticket.number == term.upper()))
    try:
        condition |= Customer.phone == normalise(term)
    except ValueError:
        if term.isdigit() and len(term) >= 4:
            condition |= Customer.phone.endswith(term)
    return condition


def _filtered(f: TicketFilter, query):
    if f.state:
        query = query.where(Ticket.state == f.state)
    if f.priority:
        query = query.where(Ticket.priority == f.priority)
    if f.channel:
        query = query.where(Ticket.channel == f.channel)
    if f.category:
        query = query.where(Category.code == f.category)
    if f.assignee:
        query = query.where(Staff.login == f.assignee)
    if f.date_from:
        query = query.where(Ticket.received_at >= _utc_start(f.date_from))
    if f.date_to:
        query = query.where(Ticket.received_at < _utc_start(f.date_to + timedelta(days=1)))
    for term in (f.search or "").split():
        query = query.where(_term_condition(term))
    return query


def _base(*columns):
    return (Ticket.select(*columns)
            .join(Customer, on=(Ticket.customer == Customer.id))
            .switch(Ticket).join(Category, JOIN.LEFT_OUTER, on=(Ticket.category == Category.id))
            .switch(Ticket).join(SubCategory, JOIN.LEFT_OUTER,
                                 on=(Ticket.subcategory == SubCategory.id))
            .switch(Ticket).join(Staff, JOIN.LEFT_OUTER, on=(Ticket.assignee == Staff.id)))


def list_page(f: TicketFilter, limit: int = 100, offset: int = 0) -> list[TicketTableRow]:
    query = _filtered(f, _base(
        Ticket.number, Ticket.received_at, Customer.name.alias("customer_name"),
        Customer.phone.alias("customer_phone"), Category.name.alias("category_name"),
        SubCategory.name.alias("subcategory_name"), Ticket.priority, Ticket.state,
        Ticket.channel, Staff.name.alias("assignee_name")))
    key = SORT_KEYS.get(f.sort, Ticket.received_at)
    order = key.desc() if f.descending else key.asc()
    tie = Ticket.id.desc() if f.descending else Ticket.id.asc()
    query = query.order_by(order, tie).limit(limit).offset(offset)
    return [TicketTableRow(r["number"], iso_utc(r["received_at"]), r["customer_name"],
                           r["customer_phone"], r["category_name"], r["subcategory_name"],
                           r["priority"], r["state"], r["channel"], r["assignee_name"], None)
            for r in query.dicts()]


def count_tickets(f: TicketFilter) -> int:
    return _filtered(f, _base(Ticket.id)).count()


def exact_number(text: str) -> str | None:
    """The ticket number when `text` is one that exists (as typed or scanned), else None."""
    candidate = (text or "").strip().upper()
    if not NUMBER_PATTERN.match(candidate):
        return None
    row = Ticket.select(Ticket.number).where(Ticket.number == candidate).first()
    return row.number if row else None
