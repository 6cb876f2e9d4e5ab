"""Department and branch scoping in the queries: list, search, counts, detail, queues, CLI."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.services import notices, tickets
from aftersales_desktop.services.escalation_views import queue_for
from aftersales_desktop.services.classification_queue import queue
from aftersales_desktop.services.deadlines import overdue_count
from aftersales_desktop.services.intake import caller_history
from aftersales_desktop.services.ticket_list import (
    TicketFilter, count_tickets, exact_number, list_page,
)
from aftersales_desktop.services.ticket_queries import view_ticket
from aftersales_desktop.storage.models import Department, Staff, Ticket
from aftersales_desktop.storage.models_escalation import Escalation
from aftersales_desktop.storage.models_sla import TicketDeadlineRow
from tests.unit.auth_helpers import person, refusals
from tests.unit.helpers import ticket_json


def _ticket(actor: str, text: str, phone: str) -> str:
    return tickets.create_ticket(ticket_json(customer={"name": "客户", "phone": phone},
                                             problem={"description": text}), actor=actor).number


@pytest.fixture
def office(db):
    """Two branches; the after-sales clerks of each, a logistics handler, a branch manager."""
    person("clerk_pd", "clerk", "售后部", "浦东分公司")
    person("clerk_sz", "clerk", "售后部", "苏州分公司")
    person("wl1", "handler", "仓储物流部", "浦东分公司")
    person("ops1", "handler", "运营部")
    person("mgr_pd", "branch_manager", "仓储物流部", "浦东分公司")
    person("auditor1", "auditor")
    person("nodept", "clerk", None)
    numbers = {"pd": _ticket("clerk_pd", "浦东电饭煲破损", "13900000001"),
               "sz": _ticket("clerk_sz", "苏州电饭煲破损", "13900000002"),
               "wl": _ticket("clerk_pd", "浦东快递破损转物流", "13900000001")}
    logistics = Department.get(Department.name == "仓储物流部").id
    Ticket.update(department=logistics).where(Ticket.number == numbers["wl"]).execute()
    return numbers


def seen(login: str, **filters) -> set[str]:
    return {r.number for r in list_page(TicketFilter(viewer=login, **filters), 100)}


def test_list_search_and_count_show_only_what_the_role_sees(office):
    pd, sz, wl = office["pd"], office["sz"], office["wl"]
    assert seen("clerk_pd") == {pd, wl}  # took both; wl is handled by logistics now
    assert seen("clerk_sz") == {sz}
    assert seen("wl1") == {wl}  # handled by their department
    assert seen("ops1") == set()
    assert seen("mgr_pd") == {pd, wl}  # everything of the 浦东 branch
    assert seen("auditor1") == seen("admin") == {pd, sz, wl}
    assert seen("nodept") == set()
    assert seen("clerk_sz", search="电饭煲") == {sz} and seen("admin", search="电饭煲") == {pd, sz}
    assert count_tickets(TicketFilter(viewer="clerk_pd")) == 2
    assert count_tickets(TicketFilter(viewer="clerk_sz", search="破损")) == 1
    assert exact_number(pd, viewer="clerk_sz") is None and exact_number(pd, "clerk_pd") == pd


def test_the_detail_is_refused_outside_the_scope_and_recorded(office):
    assert view_ticket(office["pd"], "clerk_pd").number == office["pd"]
    with pytest.raises(PermissionDenied) as error:
        view_ticket(office["pd"], "clerk_sz")
    assert error.value.permission == "scope"
    [event] = refusals()
    assert event.ticket_id is None and event.entity == "ticket"
    assert event.entity_id == Ticket.get(Ticket.number == office["pd"]).id
    with pytest.raises(PermissionDenied):  # nor changed
        tickets.update_ticket(office["pd"], {"priority": "urgent"}, actor="clerk_sz")
    assert Ticket.get(Ticket.number == office["pd"]).priority == "normal"


def test_overdue_count_classification_queue_and_caller_history_are_scoped(office):
    past = utcnow() - timedelta(hours=1)
    TicketDeadlineRow.update(due_at=past).where(TicketDeadlineRow.met_at.is_null()).execute()
    assert overdue_count(utcnow()) == 3
    assert overdue_count(utcnow(), "clerk_sz") == 1 and overdue_count(utcnow(), "ops1") == 0
    for number in (office["pd"], office["sz"]):
        tickets.transition(number, "verified")
    assert {q.number for q in queue(viewer="clerk_pd")} == {office["pd"]}
    assert {q.number for q in queue()} == {office["pd"], office["sz"]}
    history = caller_history("13900000001", viewer="clerk_sz")
    assert history.earlier == [] and history.customer.ticket_count == 2


def test_escalation_queue_and_notices_follow_the_scope(office):
    person("sup_sz", "supervisor", "售后部", "苏州分公司")
    number = office["pd"]
    # Nobody of the chain's role was free in the department: addressed to the role.
    Escalation.insert(ticket=Ticket.get(Ticket.number == number).id,
                      department=Department.get(Department.name == "售后部").id, from_level=0,
                      to_level=1, to_title="客服经理", to_role="supervisor", origin="manual",
                      cause_analysis="原因", proposed_solution="方案", urgency="normal",
                      status="waiting", created_at=utcnow()).execute()
    assert queue_for("sup_sz") == []  # a 浦东 ticket, the 苏州 supervisor
    person("sup_pd", "supervisor", "售后部", "浦东分公司")
    assert [v.ticket_number for v in queue_for("sup_pd")] == [number]
    sz_staff = Staff.get(Staff.login == "clerk_sz").id
    notices.add_notice(sz_staff, "deadline", "浦东的工单", "k1",
                       Ticket.get(Ticket.number == number).id)
    notices.add_notice(sz_staff, "deadline", "没有工单的提醒", "k2")
    assert [n.text for n in notices.notices_for("clerk_sz")] == ["没有工单的提醒"]
    assert notices.unread_count("clerk_sz") == 1


def test_the_cli_list_is_scoped(office, db_url, capsys):
    assert main(["--db", db_url, "--as", "clerk_sz", "ticket", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["number"] for r in rows] == [office["sz"]]
    assert rows[0]["customer_phone"] == "139****0002"
