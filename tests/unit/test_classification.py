"""Classification, policy review and auto-assignment on both engines (steps 3–4 applied)."""
from datetime import date, datetime, timedelta, timezone

import pytest

from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.services.assignment import reassign
from aftersales_desktop.services.classification import classify
from aftersales_desktop.services.classification_queue import (
    assess, load_case, preview_review, queue,
)
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.services.timeline import timeline
from aftersales_desktop.storage.models import AuditEvent, Department, Staff, Ticket
from aftersales_desktop.storage.models_rules import (
    AssignmentRuleRow, KeywordRuleRow, ReviewRuleRow, TicketClassification,
)
from tests.unit.helpers import ticket_json

LOW = {"loss": "none", "scope": "single", "urgency": "none", "repair": "simple"}
URGENT = {"loss": "major", "scope": "systemic", "urgency": "none", "repair": "compensation"}


def staff(login, department="售后部", absent=False, active=True) -> int:
    dept = Department.get(Department.name == department)
    return Staff.insert(login=login, name=login.upper(), role="handler", department=dept.id,
                        active=active, absent=absent,
                        created_at=datetime(2026, 1, 1)).execute()


def verified(description="客服态度很差", days_ago=1, phone="13912345678", **extra) -> str:
    received = datetime.now(timezone.utc) - timedelta(days=days_ago)
    data = ticket_json(problem={"description": description},
                       customer={"name": "王芳", "phone": phone},
                       received_at=received.isoformat(), **extra)
    number = create_ticket(data).number
    transition(number, "verified")
    return number


def events(number, action=None):
    ticket = Ticket.get(Ticket.number == number)
    query = AuditEvent.select().where(AuditEvent.ticket == ticket.id).order_by(AuditEvent.id)
    return [(e.action, e.field, e.old_value, e.new_value) for e in query
            if action is None or e.action == action]


def test_step_4_seeds_the_rules_and_links_departments(db):
    assert KeywordRuleRow.select().count() >= 40
    assert ReviewRuleRow.select().count() == 4
    logistics = AssignmentRuleRow.get(AssignmentRuleRow.category_code == "logistics")
    assert logistics.department.name == "仓储物流部"
    assert TicketClassification.select().count() == 0


def test_the_queue_holds_verified_tickets_oldest_first(db):
    newer = verified(days_ago=1)
    older = verified(days_ago=3, phone="13800138000")
    create_ticket(ticket_json(customer={"phone": "13700001111"}))
    assert [item.number for item in queue()] == [older, newer]
    case = load_case(older)
    assert case.suggestions[0].subcategory == "service.attitude"
    assert case.evidence_files == 0 and case.impact == {}


def test_classify_records_everything_and_assigns_the_least_busy_member(db):
    staff("li")
    staff("wang")
    staff("zhao", absent=True)
    busy = verified(phone="13800138000")
    classify(busy, "service", "service.attitude", "low", LOW)  # → admin (login order)
    number = verified()
    result = classify(number, "service", "service.attitude", "low", LOW, actor="admin",
                      expect_version=load_case(number).version)
    assert result.state == "assigned" and result.review.passed
    assert result.assignment.department == "售后部" and result.assignment.assignee == "li"
    ticket = Ticket.get(Ticket.number == number)
    extra = TicketClassification.get_by_id(ticket.id)
    assert (extra.impact_loss, extra.suggested_priority, extra.review_result) == \
        ("none", "low", "pass")
    assert extra.priority_reason is None
    assert ("update", "subcategory", None, "service.attitude") in events(number)
    assert ("assess", "suggested_priority", None, "low") in events(number)
    assert ("review", "policy_review", None, "pass") in events(number)
    assert [e[3] for e in events(number, "transition")] == ["verified", "classified", "assigned"]
    assert ("update", "assignee", None, "li") in events(number)
    assert load_case(number).impact == LOW


def test_another_priority_than_suggested_needs_a_reason(db):
    number = verified()
    version = load_case(number).version
    with pytest.raises(ValidationError) as err:
        classify(number, "service", "service.attitude", "urgent", LOW)
    assert err.value.field == "override_reason"
    assert load_case(number).version == version and not events(number, "assess")
    result = classify(number, "service", "service.attitude", "紧急", LOW,
                      override_reason=" VIP 客户，已投诉多次 ")
    assert result.priority == "urgent" and result.suggested_priority == "low"
    assert ("override", "priority_reason", "low", "VIP 客户，已投诉多次") in events(number)
    assert ("update", "priority", "normal", "urgent") in events(number)
    assert TicketClassification.get_by_id(Ticket.get(Ticket.number == number).id) \
        .priority_reason == "VIP 客户，已投诉多次"


def test_a_failed_policy_review_rejects_with_the_written_reason(db):
    number = verified("申请无理由退货", days_ago=1,
                      order={"number": "JD1", "purchased_on": (date.today() - timedelta(days=30))
                             .isoformat()})
    preview = preview_review(number, "returns", "returns.no_reason")
    assert preview.codes() == "no_reason_7_days"
    result = classify(number, "returns", "returns.no_reason", "urgent", URGENT)
    assert result.state == "rejected" and result.assignment is None
    assert "超出无理由退换货期限" in result.rejection_notice
    ticket = Ticket.get(Ticket.number == number)
    assert ticket.state_reason == result.rejection_notice
    assert ("review", "policy_review", None, "no_reason_7_days") in events(number)
    assert ("transition", "state", "verified", "rejected") in events(number)
    assert ("reason", "state_reason", None, result.rejection_notice) in events(number)


def test_staff_may_override_a_rejection_with_a_reason_and_a_delivery_date(db):
    staff("wu", "仓储物流部")
    number = verified("申请无理由退货", order={"number": "JD2", "purchased_on": "2020-01-01"})
    result = classify(number, "returns", "returns.no_reason", "urgent", URGENT,
                      review_override="经理特批：老客户")
    assert result.state == "assigned" and result.review_overridden
    assert ("override", "review_override", "no_reason_7_days", "经理特批：老客户") in events(number)
    recent = verified("没收到", phone="13800138000",
                      order={"number": "JD3", "purchased_on": "2020-01-01"})
    delivered = date.today() - timedelta(days=2)
    ok = classify(recent, "logistics", "logistics.not_received", "urgent", URGENT,
                  delivered_on=delivered.isoformat())
    assert ok.review.passed and ok.assignment.assignee == "wu"
    assert ("update", "delivered_on", None, delivered.isoformat()) in events(recent)


def test_nothing_is_written_on_a_stale_version_or_a_missing_answer(db):
    number = verified()
    before = events(number)
    with pytest.raises(ConflictError):
        classify(number, "service", "service.attitude", "low", LOW, expect_version=1)
    with pytest.raises(ValidationError):
        classify(number, "service", "service.attitude", "low", {**LOW, "repair": None})
    with pytest.raises(ValidationError) as err:
        classify(number, "service", None, "low", LOW)
    assert err.value.field == "subcategory"
    assert events(number) == before and Ticket.get(Ticket.number == number).state == "verified"


def test_without_an_available_member_the_ticket_waits_classified_for_manual_assignment(db):
    staff("gone", "运营部", absent=True)
    number = verified("主播虚假宣传")
    result = classify(number, "livestream", "livestream.false_ad", "urgent", URGENT)
    assert result.state == "classified" and result.assignment.department == "运营部"
    assert "没有可用人员" in result.assignment.note
    with pytest.raises(ValidationError):
        reassign(number, "gone")
    staff("back", "运营部")
    reassign(number, "back", reason="临时顶班")
    ticket = Ticket.get(Ticket.number == number)
    assert ticket.state == "assigned" and ticket.assignee.login == "back"
    reassign(number, "admin")
    assert ("update", "assignee", "back", "admin") in events(number)
    assert ("update", "department", "运营部", "售后部") in events(number)
    assert ("reassign", "reassign_reason", None, "临时顶班") in events(number)

def test_assess_waits_for_all_four_answers(db):
    assert assess({"loss": "none"}) is None
    assert assess(URGENT).priority == "urgent"


def test_the_timeline_tells_the_classification_in_plain_words(db):
    number = verified("申请无理由退货", order={"number": "JD9", "purchased_on": "2020-01-01"})
    classify(number, "returns", "returns.no_reason", "urgent", LOW, override_reason="媒体关注",
             review_override="经理特批")
    lines = [line.text for line in timeline(get_ticket(number).events)]
    assert "系统管理员 完成影响评估，建议优先级：低" in lines
    assert "系统管理员 未采用建议优先级 低，原因：媒体关注" in lines
    assert "系统管理员 政策审核：未通过（no_reason_7_days）" in lines
    assert "系统管理员 人工放行未通过的政策审核（no_reason_7_days），原因：经理特批" in lines
    assert "系统管理员 填写了实际损失：无实际损失" in lines
