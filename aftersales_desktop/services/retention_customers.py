"""Customers without tickets under the retention period (issue 8/9): people imported from a
customer file (services.customer_import) who never called keep their personal data only as
long as a closed ticket would. Like a ticket's, their time counts from the last change: the
customer's creation, an audited change of the record, an imported order added or changed —
the whole person is removed (services.anonymise) once all of them are before the cut-off."""
from __future__ import annotations

from datetime import datetime

from peewee import fn

from aftersales_desktop.storage.models import AuditEvent, Customer, Ticket
from aftersales_desktop.storage.models_orders import CustomerOrder
from aftersales_desktop.storage.models_privacy import CustomerPrivacy

CHANGES = ("create", "update")  # audited actions that change the customer record
_CHUNK = 500


def _quiet(cutoff: datetime):
    """Customers with no ticket, not yet removed, created and with no order changed since."""
    tickets = Ticket.select(Ticket.id).where(Ticket.customer == Customer.id)
    orders = CustomerOrder.select(CustomerOrder.id).where(
        (CustomerOrder.customer == Customer.id) & (CustomerOrder.updated_at >= cutoff))
    return (Customer.select(Customer.id)
            .join(CustomerPrivacy, on=(CustomerPrivacy.id == Customer.id))
            .where(CustomerPrivacy.anonymised_at.is_null() & (Customer.created_at < cutoff)
                   & ~fn.EXISTS(tickets) & ~fn.EXISTS(orders)))


def _changed_since(ids: list[int], cutoff: datetime) -> set[int]:
    # a customer without tickets is changed only by events without a ticket
    return {c for c, in AuditEvent.select(AuditEvent.entity_id).where(
        AuditEvent.ticket.is_null() & (AuditEvent.entity == "customer")
        & AuditEvent.action.in_(CHANGES) & AuditEvent.entity_id.in_(ids)
        & (AuditEvent.at >= cutoff)).distinct().tuples()}


def idle_customers(cutoff: datetime) -> list[int]:
    """Ids (ascending) of the customers without tickets whose last change was before `cutoff`
    (naive UTC)."""
    found: list[int] = []
    after = 0
    while ids := [c for c, in _quiet(cutoff).where(Customer.id > after).order_by(Customer.id)
                  .limit(_CHUNK).tuples()]:
        changed = _changed_since(ids, cutoff)
        found += [c for c in ids if c not in changed]
        after = ids[-1]
    return found
