"""Every change checks the role's permission in the service layer; refusals are audited."""
from __future__ import annotations

from datetime import date

import pytest

from aftersales_desktop.domain import permissions as perms
from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.services import (
    assignment, auth, calendar_settings, classification, classification_rules, escalation,
    escalation_chain, exception_report, personal_data, rule_order, sla_settings, staff_admin,
    taxonomy, ticket_clock, tickets,
)
from aftersales_desktop.services.audit_log import AuditFilter, audit_log
from aftersales_desktop.services.demo import generate_demo
from aftersales_desktop.services.permissions import record_refusal, require
from aftersales_desktop.storage.models import AuditEvent, Ticket, database
from tests.unit.auth_helpers import person, refusals
from tests.unit.helpers import ticket_json

IMPACT = {"loss": "none", "scope": "single", "urgency": "none", "repair": "simple"}


def test_the_table_gives_the_administrator_everything_and_unknown_roles_nothing():
    assert perms.permissions_of("admin") == perms.ALL_PERMISSIONS
    used = set().union(*(p for r, p in perms.ROLE_PERMISSIONS.items() if r != "admin"))
    assert used == perms.ALL_PERMISSIONS - {perms.MANAGE_STAFF, perms.EDIT_SETTINGS,
                                            perms.BACKUP_RESTORE}
    assert perms.permissions_of("janitor") == frozenset()
    assert set(perms.ROLE_LABELS) == set(perms.ROLE_PERMISSIONS) == set(perms.SCOPES)
    with pytest.raises(KeyError):
        perms.allows("admin", "fly")


@pytest.fixture
def crew(db):
    person("clerk1", "clerk")
    person("analyst1", "analyst")
    person("handler1", "handler")
    return db


def _refused(call, login: str, permission: str) -> None:
    before = Ticket.select().count(), AuditEvent.select().count()
    with pytest.raises(PermissionDenied) as error:
        call()
    assert error.value.permission == permission and error.value.field == "permission"
    events = refusals()
    assert events[-1].staff.login == login and events[-1].field == permission
    assert events[-1].ticket_id is None  # not a change of the ticket
    assert (Ticket.select().count(), AuditEvent.select().count()) == (before[0], before[1] + 1)


def test_each_change_is_refused_without_its_permission(crew):
    number = tickets.create_ticket(ticket_json(category="quality")).number
    tickets.transition(number, "verified")
    version = Ticket.get(Ticket.number == number).version
    cases = [
        (lambda: tickets.create_ticket(ticket_json(), actor="analyst1"), "analyst1",
         perms.CREATE_TICKET),
        (lambda: tickets.update_ticket(number, {"priority": "urgent"}, actor="analyst1"),
         "analyst1", perms.EDIT_TICKET),
        (lambda: tickets.transition(number, "classified", actor="clerk1"), "clerk1",
         perms.CLASSIFY),
        (lambda: classification.classify(number, "quality", "quality.defect", "low", IMPACT,
                                         actor="clerk1"), "clerk1", perms.CLASSIFY),
        (lambda: assignment.reassign(number, "handler1", actor="clerk1"), "clerk1", perms.ASSIGN),
        (lambda: ticket_clock.pause_clock(number, "补照片", actor="analyst1"), "analyst1",
         perms.EDIT_TICKET),
        (lambda: escalation.escalate(number, "原因", "方案", "urgent", actor="analyst1"),
         "analyst1", perms.ESCALATE),
        (lambda: exception_report.save_exception_report(number, {}, actor="analyst1"),
         "analyst1", perms.ESCALATE),
        (lambda: taxonomy.add_category("cold", "冷链", actor="clerk1"), "clerk1",
         perms.EDIT_SETTINGS),
        (lambda: classification_rules.set_rule_retired("keyword", 1, True, actor="clerk1"),
         "clerk1", perms.EDIT_SETTINGS),
        (lambda: rule_order.move_rule("keyword", 1, 1, actor="clerk1"), "clerk1",
         perms.EDIT_SETTINGS),
        (lambda: sla_settings.set_business_hours("09:00", "18:00", actor="clerk1"), "clerk1",
         perms.EDIT_SETTINGS),
        (lambda: calendar_settings.set_override(date(2026, 12, 24), "holiday", actor="clerk1"),
         "clerk1", perms.EDIT_SETTINGS),
        (lambda: escalation_chain.remove_level("售后部", 3, actor="clerk1"), "clerk1",
         perms.EDIT_SETTINGS),
        (lambda: staff_admin.add_staff("clerk1", "x1", {"name": "X", "role": "admin"},
                                       "long enough 1"), "clerk1", perms.MANAGE_STAFF),
        (lambda: auth.set_single_user("clerk1", True), "clerk1", perms.MANAGE_STAFF),
        (lambda: generate_demo(5, seed=1, actor="clerk1"), "clerk1", perms.MANAGE_STAFF),
        (lambda: audit_log("clerk1", AuditFilter()), "clerk1", perms.VIEW_AUDIT),
        (lambda: personal_data.reveal_contact(number, "clerk1"), "clerk1",
         perms.REVEAL_PERSONAL),
    ]
    for call, login, permission in cases:
        _refused(call, login, permission)
    assert Ticket.get(Ticket.number == number).version == version  # nothing was written


def test_the_roles_do_their_own_work(crew):
    number = tickets.create_ticket(ticket_json(), actor="clerk1").number
    assert tickets.transition(number, "verified", actor="clerk1").state == "verified"
    person("sorter", "classification")
    result = classification.classify(number, "service", "service.attitude", "low", IMPACT,
                                     actor="sorter")
    assert result.state in ("classified", "assigned")
    if result.state == "classified":
        assignment.reassign(number, "handler1", actor="sorter")
    assert tickets.transition(number, "in_progress", actor="handler1").state == "in_progress"
    assert tickets.transition(number, "resolved", actor="handler1").state == "resolved"
    assert tickets.transition(number, "callback", actor="clerk1").state == "callback"
    assert refusals() == []


def test_a_refusal_inside_a_transaction_is_recorded_after_the_rollback(crew):
    with pytest.raises(PermissionDenied) as error:
        with database.atomic():
            tickets.create_ticket(ticket_json(), actor="clerk1")
            require("clerk1", perms.APPROVE_REWARDS)
    assert Ticket.select().count() == 0 and not error.value.recorded
    assert refusals() == []
    record_refusal(error.value)
    record_refusal(error.value)  # once only
    [event] = refusals()
    assert event.field == perms.APPROVE_REWARDS and event.staff.login == "clerk1"
