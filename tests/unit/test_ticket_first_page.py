"""The first page of the 工单 screen without counting every match, and the exact count after,
on both engines: counts never say more or less than there are."""
from __future__ import annotations

import pytest

from aftersales_desktop.services import ticket_first_page, ticket_list
from aftersales_desktop.services.ticket_first_page import background_count, first_page
from aftersales_desktop.services.ticket_list import (
    ENTERED, TicketFilter, count_tickets, list_page,
)
from aftersales_desktop.services.tickets import create_ticket
from tests.unit.helpers import ticket_json


@pytest.fixture
def seven(db, monkeypatch):
    """Seven tickets with 破损 (the newest entered last), one other; any column sorts up to 3."""
    monkeypatch.setattr(ticket_list, "SORT_CAP", 3)
    monkeypatch.setattr(ticket_first_page, "SORT_CAP", 3)
    numbers = [create_ticket(ticket_json(customer={"name": f"客户{n}", "phone": f"1391234567{n}"}))
               .number for n in range(7)]
    create_ticket(ticket_json(problem={"description": "快递没有送到"}))
    return numbers


def test_a_page_not_full_is_its_own_exact_count(seven):
    start = first_page(TicketFilter(), limit=20)
    assert start.count == 8 == len(start.rows) and not start.resorted


def test_a_full_page_without_search_leaves_the_count_for_later(seven):
    start = first_page(TicketFilter(), limit=2)
    assert start.count is None and start.more_than == 0 and len(start.rows) == 2
    assert count_tickets(start.shown) == 8


def test_many_matches_show_newest_entered_first_and_say_only_what_is_known(seven):
    start = first_page(TicketFilter(search="破损", sort="customer"), limit=2)
    assert start.count is None and start.more_than == 3 and start.resorted
    assert start.shown.sort == ENTERED
    assert [r.number for r in start.rows] == seven[::-1][:2]
    assert count_tickets(TicketFilter(search="破损")) == 7  # the exact count, no cap


def test_few_matches_sort_by_the_chosen_column_and_are_counted_with_the_page(seven):
    f = TicketFilter(search="客户2", sort="customer")
    start = first_page(f, limit=2)
    assert start.count == 1 and not start.resorted and start.shown == f
    assert [r.number for r in start.rows] == [seven[2]]
    nothing = first_page(TicketFilter(search="，"))
    assert nothing.count == 0 and nothing.rows == []


def test_next_pages_follow_the_order_shown(seven):
    start = first_page(TicketFilter(search="破损"), limit=2)
    rows = list(start.rows)
    while page := list_page(start.shown, 2, len(rows), rows[-1]):
        rows += page
    assert [r.number for r in rows] == seven[::-1]


def test_a_search_is_counted_no_further_than_the_cap_and_says_so(seven, monkeypatch):
    monkeypatch.setattr(ticket_first_page, "SEARCH_COUNT_CAP", 5)
    assert background_count(TicketFilter(search="破损")) == (5, False)  # 7: more than 5
    assert background_count(TicketFilter(search="客户2")) == (1, True)
    assert background_count(TicketFilter()) == (8, True)  # no search: always exact
    monkeypatch.setattr(ticket_first_page, "SEARCH_COUNT_CAP", 7)
    assert background_count(TicketFilter(search="破损")) == (7, True)
