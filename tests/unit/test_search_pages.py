"""Search pages against a plain scan (LIKE), on both engines: with the newest-first walk of
PostgreSQL made tiny so that every page mixes the walk, the index, keyset and filters."""
from __future__ import annotations

import pytest

from aftersales_desktop.services import search_index, search_rarest, ticket_list
from aftersales_desktop.services.ticket_list import (
    ENTERED, TicketFilter, count_tickets, list_page, plan_sort,
)
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.models import database
from tests.unit.helpers import ticket_json

TEXTS = ["洗衣机漏水，地板泡坏", "快递外包装破损，电饭煲外壳碎裂", "电饭煲无法加热",
         "空调漏水并有异响", "快递三天未到，物流不更新"]
QUERIES = ["漏", "漏水", "电饭煲外壳", "外壳碎裂", "快递", "王芳", "欧阳", "5678", "13800135678",
           "TB20261101001", "JD-77", "YT100", "SF2"]


@pytest.fixture
def spread(db, monkeypatch):
    """23 tickets, matches spread over old and new ones; windows of 4 tickets, cap 3."""
    monkeypatch.setattr(search_index, "WALK_ROWS", 4)
    monkeypatch.setattr(ticket_list, "SORT_CAP", 3)
    for n in range(23):
        person = ({"name": "欧阳娜娜", "phone": "13800135678"} if n % 7 == 3
                  else {"name": "王芳", "phone": f"1391234{n:04d}"})
        number = create_ticket(ticket_json(
            customer=person, order={"number": "JD-77" if n in (2, 19) else f"TB{n}"},
            logistics={"waybill": f"YT100{n}" if n < 3 else f"SF{n}"},
            problem={"description": TEXTS[n % len(TEXTS)] if n % 4 else TEXTS[1]})).number
        if n % 3 == 0:
            transition(number, "verified")


def plain_scan(text: str, state: str | None = None) -> list[str]:
    """Numbers containing `text`, newest first, by LIKE over the searched fields."""
    p = database.param
    digits = "".join(c for c in text if c.isdigit())
    where = (f"(c.name LIKE {p} OR t.description LIKE {p} OR t.number = {p} "
             f"OR t.order_number = {p} OR t.waybill = {p}"
             + (f" OR c.phone LIKE {p})" if len(digits) >= 4 else ")"))
    args = [f"%{text}%", f"%{text}%", text, text, text] + ([f"%{digits}"] if len(digits) >= 4
                                                         else [])
    if state:
        where += f" AND t.state = {p}"
        args.append(state)
    rows = database.execute_sql(
        f"SELECT t.number FROM ticket t JOIN customer c ON c.id = t.customer_id WHERE {where} "
        "ORDER BY t.received_at DESC, t.id DESC", args).fetchall()
    return [number for number, in rows]


def screen_pages(f: TicketFilter, size: int = 2) -> list[str]:
    """Every page the list screen would fetch, continuing from the last row shown."""
    f = plan_sort(f, count_tickets(f))
    rows = []
    while page := list_page(f, size, len(rows), rows[-1] if rows else None):
        rows += page
        assert len(rows) <= 30, "pages do not end"
    return [row.number for row in rows]


@pytest.mark.parametrize("state", [None, "verified"])
def test_every_page_equals_a_plain_scan(spread, state):
    for text in QUERIES:
        expected = plain_scan(text, state)
        f = TicketFilter(search=text, state=state)
        assert screen_pages(f) == expected, text
        assert count_tickets(f, cap=3) == min(len(expected), 4), text


def test_big_results_walk_newest_entered_first_and_small_ones_sort_by_any_column(spread):
    many = TicketFilter(search="快递")
    assert plan_sort(many, count_tickets(many)).sort == ENTERED
    few = TicketFilter(search="欧阳", sort="number", descending=False)
    assert plan_sort(few, count_tickets(few)) == few
    assert screen_pages(few) == sorted(plain_scan("欧阳"))
    oldest_first = TicketFilter(search="快递", sort=ENTERED, descending=False)
    assert [r.number for r in list_page(oldest_first, 100)] == plain_scan("快递")[::-1]


@pytest.fixture
def sparse(db, monkeypatch):
    """40 tickets: 漏水 in the oldest three, one in the middle and the newest but one; 快递 in
    every other; a walk over the newest 3 ids (PostgreSQL), then windows below."""
    monkeypatch.setattr(search_index, "WALK_ROWS", 3)
    for n in range(40):
        text = "洗衣机漏水" if n in (0, 1, 2, 20, 38) else ("快递未到" if n % 2 else "屏幕不亮")
        create_ticket(ticket_json(customer={"name": "王芳", "phone": f"1391234{n:04d}"},
                                  problem={"description": text}))


def statements(action) -> int:
    """How many statements `action` sends to the database."""
    sent = []
    real = database.obj.execute_sql
    database.obj.execute_sql = lambda sql, params=None, *a, **k: (
        sent.append(sql), real(sql, params, *a, **k))[1]
    try:
        action()
    finally:
        del database.obj.execute_sql
    return len(sent)


@pytest.mark.parametrize("size", [1, 2, 4, 100])
def test_newest_first_pages_of_rare_and_frequent_words_equal_a_plain_scan(sparse, size):
    for text in ("漏水", "快递", "屏幕", "漏", "冰箱"):
        assert screen_pages(TicketFilter(search=text, sort=ENTERED), size) == plain_scan(text), text


def test_windows_below_the_walk_grow_with_what_is_missing(sparse):
    page = []
    sent = statements(lambda: page.extend(list_page(TicketFilter(search="漏水", sort=ENTERED), 4)))
    assert [r.number for r in page] == plain_scan("漏水")[:4]
    # PostgreSQL: the newest id, the walk, a window of 2×3×3/2 = 9 ids, then all below, the
    # page's columns; never one statement per id
    assert sent <= 6


def test_a_window_holds_about_twice_the_rows_missing():
    assert search_index.next_window(2000, 0, 100) == 400_000  # none seen: as if one
    assert search_index.next_window(2000, 19, 81) == 16_200
    assert search_index.next_window(10, 9, 1) == 2


def test_windows_ask_the_index_for_the_rarest_word_the_statistics_know(sparse, monkeypatch):
    if dialect(database.obj) != "postgresql":
        pytest.skip("the statistics of PostgreSQL's planner")
    database.execute_sql("ANALYZE ticket_search")
    search_rarest._read.clear()
    shares = search_rarest.word_frequencies()
    assert shares["快递"] == pytest.approx(0.5, abs=0.05)
    assert search_rarest.rarest_word(["快递", "漏水", "屏幕"]) == "漏水"
    assert search_rarest.rarest_word(["快递", "冰箱"]) == "冰箱"  # not among the common ones
    # a window's rows are the same whichever word the index is asked for
    monkeypatch.setattr(search_index, "rarest_word", lambda words: words and words[-1])
    assert screen_pages(TicketFilter(search="快递未到", sort=ENTERED), 3) == plain_scan("快递未到")


def test_searches_are_planned_for_their_own_words_never_from_a_cached_plan(sparse):
    if dialect(database.obj) != "postgresql":
        pytest.skip("PostgreSQL's prepared statements")
    for _ in range(8):  # psycopg would prepare a statement from its fifth run on
        for text in ("漏水", "快递"):
            list_page(TicketFilter(search=text, sort=ENTERED), 2)
            count_tickets(TicketFilter(search=text), cap=3)
    prepared = database.execute_sql("SELECT count(*) FROM pg_prepared_statements").fetchone()[0]
    assert prepared == 0
