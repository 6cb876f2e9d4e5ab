"""Services behind the screens: list filters and short search, intake help, drafts, timeline."""
from __future__ import annotations

from datetime import timedelta

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services import intake
from aftersales_desktop.services.drafts import DraftStore
from aftersales_desktop.services.ticket_list import (
    TicketFilter, count_tickets, exact_number, list_page,
)
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.services.timeline import timeline
from tests.unit.helpers import ticket_json


def _numbers(f: TicketFilter) -> list[str]:
    return [r.number for r in list_page(f)]


def test_short_chinese_search_and_filters_on_both_engines(db):
    a = create_ticket(ticket_json()).number
    b = create_ticket(ticket_json(customer={"name": "李雷", "phone": "13800138000"},
                                  problem={"description": "快递没有送到"},
                                  order={"number": "JD1"}, category="logistics")).number
    assert _numbers(TicketFilter(search="破损")) == [a]
    assert _numbers(TicketFilter(search="雷")) == [b]
    assert _numbers(TicketFilter(search="李雷 送到")) == [b]
    assert _numbers(TicketFilter(search="5678")) == [a]
    assert _numbers(TicketFilter(search="JD1")) == [b]
    assert _numbers(TicketFilter(category="logistics")) == [b]
    assert _numbers(TicketFilter(sort="number", descending=False)) == [a, b]
    assert count_tickets(TicketFilter(search="送")) == 1
    assert exact_number(a.lower()) == a and exact_number("SH19990101-0001") is None
    row = list_page(TicketFilter(search="破损"))[0]
    nearest = min(d for d in get_ticket(a).as_json()["deadlines"].values() if d)
    assert row.customer_phone == "13912345678" and row.deadline == nearest


def test_duplicates_within_seven_days_only(sqlite_db):
    first = create_ticket(ticket_json()).number
    assert [t.number for t in intake.find_duplicates("139 1234 5678", "TB20261101001")] == [first]
    assert intake.find_duplicates("13912345678", "OTHER") == []
    later = utcnow() + timedelta(days=8)
    assert intake.find_duplicates("13912345678", "TB20261101001", now=later) == []
    history = intake.caller_history("+86 139-1234-5678")
    assert history.customer.name == "王芳" and [t.number for t in history.earlier] == [first]
    assert intake.caller_history("13800000000") is None


def test_drafts_survive_and_discard(tmp_path):
    store = DraftStore(tmp_path)
    store.save("entry:admin", {"customer.phone": "138", "problem.description": "漏水"})
    assert DraftStore(tmp_path).load("entry:admin")["problem.description"] == "漏水"
    store.discard("entry:admin")
    assert store.load("entry:admin") is None
    (tmp_path / "drafts.json").write_text("{broken")
    assert store.load("entry:admin") is None


def test_timeline_words(sqlite_db):
    number = create_ticket(ticket_json()).number
    transition(number, "verified")
    lines = timeline(get_ticket(number).events)
    assert lines[0].text == "系统管理员 受理了工单"
    assert lines[-1].text == "系统管理员 把状态从 已受理 改为 已核实"
    assert lines[-1].full.endswith(lines[-1].when) and len(lines[-1].when) == 5
