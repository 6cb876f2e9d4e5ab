"""Finding the customer a personal-data request is about: by phone, ticket number, order
number or full name, among the tickets the person asking sees."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from aftersales_desktop.domain import phone as phones
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.storage.models import Customer, Ticket
from aftersales_desktop.storage.models_privacy import CustomerPrivacy

LIMIT = 50


@dataclass(frozen=True)
class CustomerMatch:
    id: int
    name: str | None
    phone: str  # masked
    tickets: int  # the ones the person asking sees
    last_ticket: str
    anonymised: bool


def find_customers(text: str, actor: str) -> list[CustomerMatch]:
    text = (text or "").strip()
    if len(text) < 2:
        return []
    staff = acting(actor)
    condition = ((Ticket.number == text.upper()) | (Ticket.order_number == text)
                 | (Customer.name == text))
    try:
        condition |= Customer.phone == phones.normalise(text)
    except ValueError:
        pass
    query = (Ticket.select(Ticket.customer, fn.COUNT(Ticket.id), fn.MAX(Ticket.number))
             .join(Customer, on=(Ticket.customer == Customer.id))
             .where(Ticket.customer.in_(
                 Ticket.select(Ticket.customer).join(Customer, on=(Ticket.customer == Customer.id))
                 .where(condition)))
             .group_by(Ticket.customer).limit(LIMIT))
    counts = {c: (n, last) for c, n, last in scoped(query, staff).tuples()}
    rows = (Customer.select(Customer.id, Customer.name, Customer.phone,
                            CustomerPrivacy.anonymised_at)
            .join(CustomerPrivacy, on=(CustomerPrivacy.id == Customer.id))
            .where(Customer.id.in_(list(counts))).order_by(Customer.id).tuples())
    return [CustomerMatch(cid, name, mask_phone(phone), counts[cid][0], counts[cid][1],
                          anonymised is not None)
            for cid, name, phone, anonymised in rows] if counts else []
