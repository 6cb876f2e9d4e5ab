"""Finding the customer a personal-data request is about: by phone, ticket number, order
number (of a ticket or an imported order) or full name, among the tickets the person asking
sees — and customers without any ticket (imported, 导入客户与订单), who are in nobody's scope."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from aftersales_desktop.domain import phone as phones
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.storage.models import Customer, Ticket
from aftersales_desktop.storage.models_orders import CustomerOrder
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
    person = (Customer.name == text) | Customer.id.in_(
        CustomerOrder.select(CustomerOrder.customer).where(CustomerOrder.order_number == text))
    try:
        person |= Customer.phone == phones.normalise(text)
    except ValueError:
        pass
    condition = (Ticket.number == text.upper()) | (Ticket.order_number == text) | person
    query = (Ticket.select(Ticket.customer, fn.COUNT(Ticket.id), fn.MAX(Ticket.number))
             .join(Customer, on=(Ticket.customer == Customer.id))
             .where(Ticket.customer.in_(
                 Ticket.select(Ticket.customer).join(Customer, on=(Ticket.customer == Customer.id))
                 .where(condition)))
             .group_by(Ticket.customer).limit(LIMIT))
    counts = {c: (n, last) for c, n, last in scoped(query, staff).tuples()}
    without = ~fn.EXISTS(Ticket.select(Ticket.id).where(Ticket.customer == Customer.id))
    counts.update({c: (0, "") for c, in Customer.select(Customer.id).where(person & without)
                   .limit(LIMIT).tuples()})
    rows = (Customer.select(Customer.id, Customer.name, Customer.phone,
                            CustomerPrivacy.anonymised_at)
            .join(CustomerPrivacy, on=(CustomerPrivacy.id == Customer.id))
            .where(Customer.id.in_(list(counts))).order_by(Customer.id).tuples())
    return [CustomerMatch(cid, name, mask_phone(phone), counts[cid][0], counts[cid][1],
                          anonymised is not None)
            for cid, name, phone, anonymised in rows] if counts else []
