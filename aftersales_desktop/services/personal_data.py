"""Customers' contact data as screens get it: masked (domain.masking) unless revealed, which
needs the permission and leaves an audit event (PIPL; seed 003 §5)."""
from __future__ import annotations

from dataclasses import replace

from aftersales_desktop.domain.masking import mask_address, mask_email, mask_phone
from aftersales_desktop.domain.permissions import REVEAL_PERSONAL
from aftersales_desktop.services import audit
from aftersales_desktop.services.customers import CustomerRow, get_customer
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Ticket, database


def masked(customer: CustomerRow) -> CustomerRow:
    return replace(customer, phone=mask_phone(customer.phone) or None,
                   email=mask_email(customer.email) or None,
                   region=mask_address(customer.region) or None)


def reveal_contact(number: str, actor: str) -> CustomerRow:
    """The full phone, e-mail and address of ticket `number`'s customer, for `actor` with the
    permission (PermissionDenied otherwise); the reveal is an audit event (ticket_id NULL: the
    ticket does not change; entity "ticket" and its id say which)."""
    staff = require(actor, REVEAL_PERSONAL, ticket=number)
    ticket = Ticket.select(Ticket.id, Ticket.customer).where(Ticket.number == number).get()
    customer = get_customer(ticket.customer_id)
    with database.atomic():
        audit.record("reveal", staff.id, entity="ticket", entity_id=ticket.id, field="contact",
                     new=f"工单 {number} 客户{customer.name or ''}的电话、邮箱和地址")
    return customer
