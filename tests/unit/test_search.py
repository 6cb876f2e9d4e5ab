"""Search through the search words index and keyset paging, on both engines."""
from __future__ import annotations

import pytest

from aftersales_desktop.domain.search_text import query_phrases, ticket_words
from aftersales_desktop.services import ticket_list
from aftersales_desktop.services.search_index import rebuild_search_index
from aftersales_desktop.services.ticket_list import (
    ENTERED, TicketFilter, count_tickets, list_page, plan_sort,
)
from aftersales_desktop.services.tickets import create_ticket, update_ticket
from aftersales_desktop.storage import migrations
from aftersales_desktop.storage.connection import connect, init_db, open_database
from aftersales_desktop.storage.location import resolve
from aftersales_desktop.storage.models import database
from tests.unit.helpers import ticket_json


def found(text: str, **filters) -> list[str]:
    return [r.number for r in list_page(TicketFilter(search=text, **filters))]


@pytest.fixture
def two(db):
    first = create_ticket(ticket_json(logistics={"waybill": "YT998877"})).number
    second = create_ticket(ticket_json(
        customer={"name": "欧阳娜娜", "phone": "+86 138-0013-5678"},
        order={"number": "PDD-2026-1"}, problem={"description": "WiFi模块断连，屏幕不亮"})).number
    return first, second


def test_chinese_of_one_two_and_four_characters(two):
    first, second = two
    assert found("破") == [first]
    assert found("破损") == [first]
    assert found("外壳破损") == [first]
    assert found("娜") == [second]
    assert found("欧阳娜娜") == [second]
    assert found("屏幕 断连") == [second]
    assert found("壳损") == [] and found("破损 断连") == []


def test_numbers_phones_orders_waybills_and_ascii_words(two):
    first, second = two
    assert found(first) == [first] and found(first.lower()) == [first]
    assert found("TB20261101001") == [first] and found("PDD-2026-1") == [second]
    assert found("YT998877") == [first] and found("wifi") == [second]
    assert found("5678") == [second, first]
    assert found("138 0013 5678") == [second] and found("00135678") == [second]
    assert found("+86 139-1234-5678") == [first]
    assert found("，。") == [] and found("PDD-2026") == [second] and found("PDD-1") == []
    assert found("5678", state="received") == [second, first]
    assert found("5678", state="closed") == []


def test_index_follows_create_and_edit(two):
    first, second = two
    update_ticket(first, {"problem": {"description": "门店安装师傅迟到"}})
    assert found("破损") == [] and found("迟到") == [first]
    update_ticket(first, {"order": {"number": "JD777"}, "logistics": {"waybill": "SF1"}})
    assert found("JD777") == [first] and found("SF1") == [first] and found("YT998877") == []
    third = create_ticket(ticket_json(customer={"name": "王小芳", "phone": "13912345678"})).number
    assert found("王小芳") == [third, first]  # the name is the customer's, on every ticket
    update_ticket(second, {"customer": {"phone": "13912345678"}})
    assert found("13912345678") == [third, second, first]


def test_words_are_what_the_query_looks_for():
    words = set(ticket_words("SH20261122-0001", "王芳", "13912345678", "TB1", None,
                             "外壳破损").split())
    assert {"外壳", "壳破", "破损", "外", "损", "王芳", "5678", "13912345678", "tb1"} <= words
    for text in ("外壳破损", "破", "5678", "SH20261122-0001"):
        assert all(set(phrase.split()) <= words for phrase in query_phrases(text)), text


def _ordered(f: TicketFilter, size: int) -> list[str]:
    rows, pages = [], 0
    while page := list_page(f, size, len(rows), rows[-1] if rows else None):
        rows += page
        pages += 1
    assert pages == -(-len(rows) // size)
    return [r.number for r in rows]


def test_keyset_pages_equal_one_long_page(db):
    people = [(20, "甲"), (21, "乙"), (21, "丙"), (19, "丁"), (22, "戊"), (21, "己")]
    for n, (day, name) in enumerate(people):
        create_ticket(ticket_json(received_at=f"2026-11-{day}T09:30:00+08:00",
                                  customer={"name": name + "先生", "phone": f"138000000{n}0"}))
    for sort in ("received_at", "number", ENTERED, "customer", "priority"):
        for descending in (True, False):
            for search in ("", "先生"):
                f = TicketFilter(search=search, sort=sort, descending=descending)
                assert _ordered(f, 2) == [r.number for r in list_page(f, 100)], f
    by_time = [r.received_at[:10] for r in list_page(TicketFilter())]
    assert by_time == sorted(by_time, reverse=True)


def test_counts_stop_at_the_cap_and_big_results_sort_by_entry(db, monkeypatch):
    for _ in range(4):
        create_ticket(ticket_json())
    assert count_tickets(TicketFilter()) == 4 and count_tickets(TicketFilter(), cap=2) == 3
    assert count_tickets(TicketFilter(search="破损"), cap=2) == 3
    assert count_tickets(TicketFilter(search="，")) == 0
    monkeypatch.setattr(ticket_list, "SORT_CAP", 3)
    small = TicketFilter(sort="customer")
    assert plan_sort(small, 3) == small and plan_sort(small, 4).sort == ENTERED
    indexed = TicketFilter(sort="number")
    assert plan_sort(indexed, 4) == indexed
    assert plan_sort(TicketFilter(search="破损"), 4).sort == ENTERED


def _v1_with_tickets(url: str) -> None:
    """A database at schema 1 with two tickets, as the previous program version left it."""
    location = resolve(url)
    handle = connect(location)
    real = migrations.LATEST
    migrations.LATEST = 1
    try:
        init_db(handle, location)
    finally:
        migrations.LATEST = real
    p = handle.param
    for n, (name, phone, text) in enumerate([("王芳", "13912345678", "外壳破损"),
                                              ("李雷", "13800138000", "快递没有送到")], 1):
        handle.execute_sql(f"INSERT INTO customer (name, phone, vip, created_at) "
                           f"VALUES ({p}, {p}, FALSE, '2026-11-01 08:00:00')", (name, phone))
        handle.execute_sql(
            "INSERT INTO ticket (number, state, channel, received_at, created_at, updated_at, "
            f"created_by_id, customer_id, description) VALUES ({p}, 'received', 'hotline', "
            "'2026-11-01 08:00:00', '2026-11-01 08:00:00', '2026-11-01 08:00:00', "
            f"1, (SELECT id FROM customer WHERE phone = {p}), {p})",
            (f"SH20261101-000{n}", phone, text))
    handle.close()


def test_step_2_fills_the_index_of_existing_tickets(db_url):
    _v1_with_tickets(db_url)
    handle, _ = open_database(db_url)
    try:
        assert found("破损") == ["SH20261101-0001"] and found("雷") == ["SH20261101-0002"]
        assert found("8000") == ["SH20261101-0002"] and found("送到") == ["SH20261101-0002"]
        database.execute_sql("DELETE FROM ticket_search")
        assert found("破损") == [] and rebuild_search_index() == 2
        assert found("破损") == ["SH20261101-0001"]
    finally:
        handle.close()
