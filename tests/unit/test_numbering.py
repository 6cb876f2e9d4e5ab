"""Ticket numbers: date in Shanghai, daily sequence, never reused."""
from aftersales_desktop.services.tickets import create_ticket

from .helpers import ticket_json


def test_number_uses_shanghai_date_and_daily_sequence(db):
    late_evening_utc = "2026-11-21T16:30:00+00:00"  # 00:30 on the 22nd in Shanghai
    a = create_ticket(ticket_json(received_at=late_evening_utc))
    b = create_ticket(ticket_json(received_at="2026-11-22T08:00:00+08:00"))
    c = create_ticket(ticket_json(received_at="2026-11-21T23:59:00+08:00"))
    assert (a.number, b.number, c.number) == ("SH20261122-0001", "SH20261122-0002",
                                              "SH20261121-0001")


def test_refused_ticket_takes_no_number(db):
    create_ticket(ticket_json(received_at="2026-11-10T10:00:00+08:00"))
    try:
        create_ticket(ticket_json(received_at="2026-11-10T11:00:00+08:00", category="nope"))
    except ValueError:
        pass
    third = create_ticket(ticket_json(received_at="2026-11-10T12:00:00+08:00"))
    assert third.number == "SH20261110-0002"
