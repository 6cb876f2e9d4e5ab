"""Small helpers for the unit tests."""
from __future__ import annotations

from aftersales_desktop.storage.models import AuditEvent, Customer, Ticket, TicketCounter


def counts() -> dict:
    return {"tickets": Ticket.select().count(), "customers": Customer.select().count(),
            "events": AuditEvent.select().count(), "counters": TicketCounter.select().count()}


def ticket_json(**overrides) -> dict:
    data = {
        "channel": "hotline",
        "customer": {"name": "王芳", "phone": "13912345678", "region": "上海"},
        "order": {"number": "TB20261101001", "product": "电饭煲", "model": "MB-40"},
        "problem": {"description": "收到的电饭煲外壳破损，无法正常加热"},
    }
    data.update(overrides)
    return data
