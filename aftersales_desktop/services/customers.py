"""Customers, found again by phone number; repeat customers recognised."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from aftersales_desktop.domain import phone as phones
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.services import audit, search_index
from aftersales_desktop.storage.models import Customer, Ticket

CUSTOMER_FIELDS = ("name", "phone", "email", "gender", "age_range", "region", "postcode", "vip")


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str | None
    phone: str | None
    email: str | None
    gender: str | None
    age_range: str | None
    region: str | None
    postcode: str | None
    vip: bool
    ticket_count: int

    @property
    def repeat(self) -> bool:
        return self.ticket_count > 1

    def as_dict(self) -> dict:
        data = {f: getattr(self, f) for f in CUSTOMER_FIELDS}
        data.update(repeat=self.repeat, ticket_count=self.ticket_count)
        return data


def _row(customer: Customer, ticket_count: int) -> CustomerRow:
    return CustomerRow(customer.id, *(getattr(customer, f) for f in CUSTOMER_FIELDS),
                       ticket_count)


def get_customer(customer_id: int) -> CustomerRow:
    customer = Customer.get_by_id(customer_id)
    count = Ticket.select(fn.COUNT(Ticket.id)).where(Ticket.customer == customer_id).scalar()
    return _row(customer, count)


def find_by_phone(raw_phone: str) -> CustomerRow | None:
    """The customer with this phone (any spelling: +86, spaces, dashes), or None."""
    try:
        number = phones.normalise(raw_phone)
    except ValueError:
        return None
    customer = Customer.get_or_none(Customer.phone == number)
    return get_customer(customer.id) if customer else None


def upsert_for_ticket(data: dict, staff_id: int, now: datetime,
                      ticket_id: int | None = None) -> int:
    """Find the customer by phone and bring given fields up to date, or create one.

    Runs inside the caller's transaction; every change is audited.
    """
    number = data.get("phone")
    customer = Customer.get_or_none(Customer.phone == number) if number else None
    if customer is None:
        values = {f: data.get(f) for f in CUSTOMER_FIELDS if data.get(f) is not None}
        values.setdefault("vip", False)
        customer_id = Customer.insert(created_at=now, **values).execute()
        audit.record("create", staff_id, entity="customer", entity_id=customer_id,
                     new=values.get("name") or mask_phone(number), at=now)
        return customer_id
    update_customer(customer, data, staff_id, now, ticket_id)
    return customer.id


def update_customer(customer: Customer, data: dict, staff_id: int, now: datetime,
                    ticket_id: int | None = None) -> bool:
    """Bring the given (non-empty) fields of `customer` up to date, auditing each change."""
    changes = {f: (getattr(customer, f), data[f]) for f in CUSTOMER_FIELDS
               if data.get(f) is not None and data[f] != getattr(customer, f)}
    if changes:
        Customer.update({f: new for f, (_, new) in changes.items()}).where(
            Customer.id == customer.id).execute()
        audit.record_changes(changes, staff_id, ticket_id=ticket_id, entity="customer",
                             entity_id=customer.id, at=now)
        if "name" in changes or "phone" in changes:
            search_index.index_customer_tickets(customer.id)
    return bool(changes)
