"""Retention: closed tickets older than the period lose their person; the job says what it did."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.scrub import REDACTED
from aftersales_desktop.services import retention
from aftersales_desktop.services.ticket_list import TicketFilter, count_tickets
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import AuditEvent, Customer, Ticket
from tests.unit.auth_helpers import person

HAPPY_PATH = ["verified", "classified", "assigned", "in_progress", "resolved", "callback", "closed"]
TODAY = date(2026, 11, 22)


def _ticket(name: str, phone: str, closed_on: date | None) -> str:
    number = create_ticket({"channel": "hotline", "category": "quality",
                            "customer": {"name": name, "phone": phone},
                            "problem": {"description": f"{name}的电饭煲坏了"}}).number
    if closed_on:
        for state in HAPPY_PATH:
            transition(number, state, assignee="admin" if state == "assigned" else None)
        Ticket.update(updated_at=datetime.combine(closed_on, datetime.min.time())).where(
            Ticket.number == number).execute()
    return number


def test_retention_is_off_until_set_and_checks_its_input(db):
    assert retention.retention_years() is None
    assert retention.run_retention("admin", today=TODAY).years is None
    for bad in (-1, 31, "3", 2.5):
        with pytest.raises(ValidationError):
            retention.set_retention_years(bad, "admin")
    person("clerk1", "clerk")
    with pytest.raises(PermissionDenied):
        retention.set_retention_years(3, "clerk1")
    assert retention.set_retention_years(3, "admin") == 3
    assert AuditEvent.select().where(AuditEvent.field == retention.YEARS_KEY).count() == 1
    assert retention.set_retention_years(0, "admin") is None


def test_old_closed_tickets_are_anonymised_and_the_rest_stays(db):
    old_only = _ticket("张三", "13900000001", date(2022, 5, 1))
    old_of_repeat = _ticket("李四", "13900000002", date(2023, 1, 2))
    recent_of_repeat = _ticket("李四", "13900000002", date(2025, 6, 1))
    open_old = _ticket("王五", "13900000003", None)
    Ticket.update(updated_at=datetime(2020, 1, 1)).where(Ticket.number == open_old).execute()
    edge = _ticket("赵六", "13900000004", date(2023, 11, 22))  # on the cut-off day: kept
    retention.set_retention_years(3, "admin")

    preview = retention.run_retention("admin", dry_run=True, today=TODAY)
    assert (preview.due, preview.tickets, preview.cutoff) == (2, 0, "2023-11-22")
    assert count_tickets(TicketFilter(search="张三")) == 1

    report = retention.run_retention(None, today=TODAY)

    assert (report.due, report.tickets, report.customers) == (2, 2, 1)
    assert "已匿名化 2 张" in report.text()
    assert count_tickets(TicketFilter(search="张三")) == 0
    assert count_tickets(TicketFilter(search="13900000001")) == 0
    assert count_tickets(TicketFilter(search="李四")) == 1  # the recent ticket keeps its person
    li = Customer.get(Customer.phone == "13900000002")
    assert [t.number for t in Ticket.select().where(Ticket.customer == li.id)] == [recent_of_repeat]
    moved = Ticket.get(Ticket.number == old_of_repeat).customer
    assert moved.name == REDACTED and moved.phone is None and moved.id != li.id
    assert Ticket.get(Ticket.number == old_only).customer.name == REDACTED
    for kept in (open_old, edge):
        assert Ticket.get(Ticket.number == kept).customer.name != REDACTED
    assert retention.last_run() == report
    assert retention.run_retention(None, today=TODAY).tickets == 0  # nothing twice
