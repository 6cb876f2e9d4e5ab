"""Editing time-limit policies and business hours: checked first, audited, and the deadlines of
open tickets follow in the same transaction — on both engines."""
from datetime import datetime, timedelta

import pytest

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services import sla_settings as sla
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import AuditEvent, Setting, Ticket
from aftersales_desktop.storage.models_sla import SlaPolicyRow, TicketDeadlineRow
from tests.unit.helpers import ticket_json

WEDNESDAY = "2026-03-11T17:00:00+08:00"


def sh(*args) -> datetime:
    """Naive UTC of a Shanghai wall-clock time."""
    return datetime(*args) - timedelta(hours=8)


def made(received: str = WEDNESDAY, phone: str = "13912345678", **extra) -> str:
    return create_ticket(ticket_json(received_at=received, customer={"phone": phone},
                                     **extra)).number


def stored(number: str) -> dict:
    ticket_id = Ticket.get(Ticket.number == number).id
    return {r.kind: r for r in
            TicketDeadlineRow.select().where(TicketDeadlineRow.ticket == ticket_id)}


def events(entity: str) -> list[tuple]:
    return [(e.action, e.entity_id, e.field, e.old_value, e.new_value) for e in
            AuditEvent.select().where(AuditEvent.entity == entity).order_by(AuditEvent.id)]


def normal_solution() -> sla.PolicyRow:
    return next(p for p in sla.list_policies()
                if p.values["kind"] == "solution" and p.values["priority"] == "normal")


def snapshot() -> tuple:
    return ([tuple(r.values()) for r in SlaPolicyRow.select().dicts()],
            sorted(Setting.select().tuples()), AuditEvent.select().count(),
            [tuple(r.values()) for r in TicketDeadlineRow.select().order_by(
                TicketDeadlineRow.id).dicts()])


BAD_POLICIES = [
    ({"kind": "solution", "priority": "normal", "amount": 0, "unit": "hour"}, "amount"),
    ({"kind": "solution", "priority": "normal", "amount": "两", "unit": "hour"}, "amount"),
    ({"kind": "solution", "priority": "normal", "amount": 2, "unit": "week"}, "unit"),
    ({"kind": "promised", "amount": 2, "unit": "hour"}, "kind"),
    ({"kind": "solution", "priority": "soon", "amount": 2, "unit": "hour"}, "priority"),
    ({"kind": "solution", "category_code": "nope", "amount": 2, "unit": "hour"}, "category_code"),
    ({"kind": "solution", "category_code": "quality", "subcategory_code": "logistics.damaged",
      "amount": 2, "unit": "hour"}, "subcategory_code"),
    ({"kind": "solution", "amount": 2, "unit": "hour", "warn_percent": 0}, "warn_percent"),
    ({"kind": "solution", "priority": "normal", "amount": 2, "unit": "hour"}, "kind"),  # exists
]


def test_invalid_changes_name_the_field_and_write_nothing(db):
    made()
    before = snapshot()
    for values, field in BAD_POLICIES:
        with pytest.raises(ValidationError) as caught:
            sla.add_policy(values)
        assert caught.value.field == field, values
    policy = normal_solution()
    with pytest.raises(ValidationError) as caught:
        sla.edit_policy(policy.id, {"amount": -1})
    assert caught.value.field == "amount"
    for opens, closes, field in (("9:00", "08:00", "closes"), ("25:00", "18:00", "opens"),
                                 ("09:00", "18h", "closes"), ("10:00", "10:00", "closes")):
        with pytest.raises(ValidationError) as caught:
            sla.set_business_hours(opens, closes)
        assert caught.value.field == field
    with pytest.raises(NotFoundError):
        sla.edit_policy(9999, {"amount": 2})
    assert snapshot() == before


def test_a_longer_normal_solution_limit_moves_open_deadlines_only(db):
    running = made()
    answered = made(phone="13800138000")
    transition(answered, "rejected", reason="重复投诉")
    answered_due = stored(answered)["solution"].due_at
    assert stored(running)["solution"].due_at == sh(2026, 3, 12, 17)
    change = sla.edit_policy(normal_solution().id, {"amount": 2})
    assert change.changed and change.recomputed == 1
    row = stored(running)["solution"]
    assert (row.due_at, row.limit_label) == (sh(2026, 3, 13, 17), "2个工作日")
    assert stored(answered)["solution"].due_at == answered_due
    assert events("sla_policy") == [("update", normal_solution().id, "amount", "1", "2")]
    assert sla.edit_policy(normal_solution().id, {"amount": 2}).changed is False


def test_add_retire_and_restore_a_category_policy(db):
    number = made(category="quality")
    change = sla.add_policy({"kind": "solution", "priority": "normal", "category_code": "quality",
                             "amount": 4, "unit": "working_hour", "warn_percent": 50})
    assert stored(number)["solution"].due_at == sh(2026, 3, 12, 12)  # 17–18 + 09–12
    assert stored(number)["solution"].limit_label == "4个工作小时"
    sla.set_policy_retired(change.policy_id, True)
    assert stored(number)["solution"].due_at == sh(2026, 3, 12, 17)
    assert [p.id for p in sla.list_policies(include_retired=True) if p.retired] == \
        [change.policy_id]
    sla.set_policy_retired(change.policy_id, False)
    assert stored(number)["solution"].limit_label == "4个工作小时"
    actions = [(e[0], e[1]) for e in events("sla_policy")]
    assert actions == [("create", change.policy_id), ("retire", change.policy_id),
                       ("restore", change.policy_id)]
    assert events("sla_policy")[0][4] == "solution normal quality 4 working_hour 50 notify escalate"


def test_business_hours_change_moves_working_deadlines_and_is_audited(db):
    number = made("2026-03-11T08:00:00+08:00")  # before opening: the day starts at opening
    assert stored(number)["solution"].due_at == sh(2026, 3, 11, 18)
    change = sla.set_business_hours("08:30", "17:30")
    assert change.recomputed == 1 and sla.business_hours() == ("08:30", "17:30")
    assert stored(number)["solution"].due_at == sh(2026, 3, 11, 17, 30)
    sla.set_business_hours("8:30", "12:00")
    assert sla.business_hours() == ("08:30", "12:00")
    assert stored(number)["solution"].due_at == sh(2026, 3, 11, 12)
    assert [(e[2], e[3], e[4]) for e in events("setting")] == [
        ("sla.business_opens", "09:00", "08:30"), ("sla.business_closes", "18:00", "17:30"),
        ("sla.business_closes", "17:30", "12:00")]
    assert sla.set_business_hours("08:30", "12:00").changed is False


def test_a_missing_setting_row_is_created(db):
    Setting.delete().where(Setting.key == sla.CLOSES).execute()
    assert sla.business_hours() == ("09:00", "18:00")
    sla.set_business_hours("09:00", "17:00")
    assert Setting.get(Setting.key == sla.CLOSES).value == "17:00"


def test_warning_and_breach_actions_are_set_per_policy(db):
    from aftersales_desktop.domain.errors import ValidationError
    from aftersales_desktop.services import sla_settings as sla

    policy = sla.list_policies()[0]
    sla.edit_policy(policy.id, {"on_warning": "escalate", "on_breach": "notify"})
    changed = next(p for p in sla.list_policies() if p.id == policy.id)
    assert (changed.values["on_warning"], changed.values["on_breach"]) == ("escalate", "notify")
    with pytest.raises(ValidationError) as info:
        sla.edit_policy(policy.id, {"on_breach": "ignore"})
    assert info.value.field == "on_breach"
