"""The lifecycle: only allowed transitions, reasons where required, every change audited."""
import pytest

from aftersales_desktop.domain import states
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.states import TransitionError
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import AuditEvent, Ticket, database

from .helpers import counts, ticket_json

HAPPY_PATH = ["verified", "classified", "assigned", "in_progress", "resolved", "callback", "closed"]


def _new(**overrides):
    return create_ticket(ticket_json(category="quality", subcategory="defect", **overrides))


def test_happy_path_writes_one_event_per_step(db):
    ticket = _new()
    for target in HAPPY_PATH:
        kwargs = {"assignee": "admin"} if target == "assigned" else {}
        ticket = transition(ticket.number, target, **kwargs)
        assert ticket.state == target
    state_events = [(e.old_value, e.new_value) for e in ticket.events if e.field == "state"]
    assert state_events == list(zip([None, "received"] + HAPPY_PATH[:-1],
                                    ["received"] + HAPPY_PATH))
    assert ticket.version == 1 + len(HAPPY_PATH)
    assert all(e.staff_login == "admin" and e.at.endswith("+00:00") for e in ticket.events
               if e.entity == "ticket")
    # resolving scheduled a callback (by the system); closing without it cancelled it
    assert [(e.action, e.staff_login) for e in ticket.events if e.entity == "callback_task"] \
        == [("schedule", None), ("end", "admin")]


@pytest.mark.parametrize("current", sorted(states.TRANSITIONS))
def test_every_forbidden_transition_is_refused(current):
    for target in states.STATE_LABELS:
        if target in states.TRANSITIONS[current]:
            continue
        with pytest.raises(TransitionError) as info:
            states.check_transition(current, target)
        assert current in str(info.value)
        for allowed in states.TRANSITIONS[current]:
            assert allowed in str(info.value)


def test_refused_transition_writes_nothing(db):
    ticket = _new()
    before = counts()
    with pytest.raises(TransitionError, match="allowed: verified"):
        transition(ticket.number, "closed")
    assert counts() == before
    assert Ticket.get(Ticket.number == ticket.number).state == "received"


def test_reject_needs_reason_and_keeps_it(db):
    ticket = _new()
    with pytest.raises(ValidationError, match="reason"):
        transition(ticket.number, "rejected")
    ticket = transition(ticket.number, "已驳回", reason="超过7天无理由退货期限")
    assert ticket.state == "rejected" and ticket.state_reason == "超过7天无理由退货期限"
    assert ticket.events[-1].new_value == "超过7天无理由退货期限"
    with pytest.raises(TransitionError, match="none"):
        transition(ticket.number, "verified")


def test_reopen_from_closed_and_from_callback(db):
    ticket = _new()
    for target in HAPPY_PATH:
        ticket = transition(ticket.number, target, assignee="admin" if target == "assigned" else None)
    ticket = transition(ticket.number, "reopened", reason="客户不满意：仍无法加热")
    ticket = transition(ticket.number, "in_progress")
    ticket = transition(ticket.number, "resolved")
    ticket = transition(ticket.number, "callback")
    ticket = transition(ticket.number, "reopened", reason="回访未解决")
    assert ticket.state == "reopened"


def test_assign_requires_a_staff_member(db):
    ticket = _new()
    transition(ticket.number, "verified")
    transition(ticket.number, "classified")
    with pytest.raises(ValidationError, match="assignee"):
        transition(ticket.number, "assigned")
    with pytest.raises(ValidationError, match="nobody"):
        transition(ticket.number, "assigned", assignee="nobody")
    ticket = transition(ticket.number, "assigned", assignee="admin")
    assert ticket.assignee == "admin"
    assert any(e.field == "assignee" and e.new_value == "admin" for e in ticket.events)


def test_classify_requires_a_category(db):
    ticket = create_ticket(ticket_json())
    transition(ticket.number, "verified")
    with pytest.raises(ValidationError, match="category"):
        transition(ticket.number, "classified")


def test_unknown_state_and_unknown_actor(db):
    ticket = _new()
    with pytest.raises(ValueError, match="无法识别的状态“teleported”"):
        transition(ticket.number, "teleported")
    with pytest.raises(ValidationError, match="ghost"):
        transition(ticket.number, "verified", actor="ghost")


def test_audit_events_are_append_only(db):
    _new()
    with pytest.raises(Exception, match="append-only"):
        with database.atomic():
            AuditEvent.update(action="forged").execute()
    with pytest.raises(Exception, match="append-only"):
        with database.atomic():
            AuditEvent.delete().execute()
    assert AuditEvent.select().where(AuditEvent.action == "forged").count() == 0
