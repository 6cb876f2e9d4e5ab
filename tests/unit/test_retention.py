"""Retention: closed tickets older than the period lose their person, and so do imported
customers without tickets whose last change is that old; the job says what it did."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.scrub import REDACTED
from aftersales_desktop.services import customer_import, retention
from aftersales_desktop.services.ticket_list import TicketFilter, count_tickets
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import AuditEvent, Customer, Ticket
from aftersales_desktop.storage.models_orders import CustomerOrder
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


def _import_at(tmp_path, when: datetime, rows: list[tuple], monkeypatch) -> None:
    """Import `rows` (name, phone, region, order number, product) as of `when` (UTC)."""
    path = tmp_path / f"客户{when:%Y%m%d}.csv"
    lines = ["客户姓名,手机号,地区,订单号,商品"] + [",".join(v or "" for v in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(customer_import, "utcnow", lambda: when)
    customer_import.import_file(path, "admin")


def test_imported_customers_without_tickets_go_when_their_last_change_is_old(
        db, tmp_path, monkeypatch):
    old, later = datetime(2022, 3, 1, 2), datetime(2025, 5, 1, 2)
    _import_at(tmp_path, old, [("陈静", "13700000001", "上海", "TB100", "电饭煲"),
                               ("刘洋", "13700000002", "北京", None, None),
                               ("赵敏", "13700000003", "杭州", "TB300", "电水壶"),
                               ("孙丽", "13700000004", "南京", None, None)], monkeypatch)
    _import_at(tmp_path, later, [("刘洋", "13700000002", "天津", None, None),  # record changed
                                 ("赵敏", "13700000003", None, "TB300", "破壁机")], monkeypatch)
    _import_at(tmp_path, datetime(2023, 11, 21, 16), [("钱多", "13700000005", None, None, None)],
               monkeypatch)  # 2023-11-22 00:00 in Shanghai: the cut-off day itself, kept
    create_ticket({"channel": "hotline", "category": "quality",
                   "customer": {"name": "孙丽", "phone": "13700000004"},
                   "problem": {"description": "孙丽的电饭煲坏了"}})  # has a ticket: kept
    retention.set_retention_years(3, "admin")
    chen = Customer.get(Customer.phone == "13700000001").id

    preview = retention.run_retention("admin", dry_run=True, today=TODAY)
    assert (preview.due, preview.idle, preview.customers) == (0, 1, 0)
    assert "另有 1 位没有工单的客户" in preview.text()
    assert Customer.get_by_id(chen).name == "陈静"

    report = retention.run_retention(None, today=TODAY)
    assert (report.tickets, report.idle, report.customers) == (0, 1, 1)
    assert "其中 0 位客户的信息已全部删除；另有 1 位没有工单的客户" in report.text()
    gone = Customer.get_by_id(chen)
    assert (gone.name, gone.phone, gone.region) == (REDACTED, None, None)
    assert not CustomerOrder.select().where(CustomerOrder.customer == chen).exists()
    created = AuditEvent.get((AuditEvent.entity == "customer") & (AuditEvent.entity_id == chen)
                             & (AuditEvent.action == "create"))
    assert created.new_value == REDACTED
    assert AuditEvent.select().where((AuditEvent.entity == "customer")
                                     & (AuditEvent.entity_id == chen)
                                     & (AuditEvent.action == "anonymise")).count() == 1
    kept = {c.phone: c.name for c in Customer.select().where(Customer.id != chen)}
    assert kept == {"13700000002": "刘洋", "13700000003": "赵敏", "13700000004": "孙丽",
                    "13700000005": "钱多"}
    assert retention.run_retention(None, today=TODAY).customers == 0  # nothing twice
