"""回访: resolve → callback due → unhappy → reopened to the handler on the SLA clock → resolve →
callback → closed → revisits; retries up to the limit; on both engines."""
from datetime import timedelta

import pytest

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.sla import TimeLimit, deadline
from aftersales_desktop.services.audit import events_for_ticket
from aftersales_desktop.services.callback_queue import callback_queue, load_call, queue_counts
from aftersales_desktop.services.callbacks import record_call
from aftersales_desktop.services.deadlines import load_context
from aftersales_desktop.services.notices import notices_for
from aftersales_desktop.services.resolution import resolve_ticket
from aftersales_desktop.services.satisfaction import callbacks_for_ticket, satisfaction_for_tickets
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.timeline import describe
from aftersales_desktop.storage.models import AuditEvent, Ticket
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask

from .callback_helpers import (
    HAPPY, NO_ANSWER, UNHAPPY, add_callback_crew, open_task, ticket_in_progress)


@pytest.fixture
def crew(db):
    add_callback_crew()
    return db


def words(number):
    return [describe(e) for e in events_for_ticket(Ticket.get(Ticket.number == number).id)]


def test_the_whole_loop(crew):
    number = ticket_in_progress()
    before = utcnow()
    resolve_ticket(number, "repair", "已上门更换加热盘", actor="zhang")
    task = open_task(number)
    assert (task.kind, task.assignee.login, task.attempts, task.max_attempts) == \
        ("callback", "sun", 0, 3)
    context = load_context()
    low = deadline(before, TimeLimit(24, "working_hour"), context.calendar,
                   hours=context.hours).due_at
    assert low <= task.due_at <= low + timedelta(seconds=5)
    assert [r.number for r in callback_queue("sun")] == [number]
    assert callback_queue("li") == [] and len(callback_queue("li", scope="all")) == 1
    call = load_call(task.id, "sun")
    assert call.resolutions[0].note == "已上门更换加热盘" and call.handler == "张伟"
    assert "王女士" in call.script and "孙丽" in call.script and "已上门更换加热盘" in call.script

    result = record_call(task.id, UNHAPPY, actor="sun", expect_attempts=0)
    view = get_ticket(number)
    assert (result.step, view.state, view.assignee) == ("reopen", "reopened", "zhang")
    assert "加热盘换了还是不热" in view.state_reason and "问题未解决" in view.state_reason
    solution = view.deadline("solution")
    assert solution.met_at is None and solution.due_at > utcnow()  # back on the clock
    assert CallbackTask.get_by_id(task.id).outcome == "reopened"
    assert set(result.notified) == {"zhang", "li"}
    assert "加热盘换了还是不热" in notices_for("li")[0].text
    assert callback_queue("sun") == []

    for target in ("in_progress",):
        from aftersales_desktop.services.tickets import transition
        transition(number, target, actor="zhang")
    resolve_ticket(number, "exchange", "已为客户换新机", actor="zhang")
    second = open_task(number)
    assert second.id != task.id
    assert "已为客户换新机" in load_call(second.id, "sun").script
    result = record_call(second.id, HAPPY, actor="sun")
    assert (result.step, result.ticket_state) == ("close", "closed")
    assert CallbackTask.get_by_id(second.id).outcome == "satisfied"
    revisits = list(CallbackTask.select().where((CallbackTask.kind == "revisit")
                                                & (CallbackTask.status == "open")))
    assert sorted(t.revisit_days for t in revisits) == [7, 30]

    text = words(number)
    assert "孙丽 第 1/3 次回访：已接通" in text
    assert "孙丽 回访中记录客户原话：加热盘换了还是不热，饭煮不熟" in text
    assert "孙丽 回访中客户对处理结果的满意度：2 分（不满意）" in text
    assert "张伟 处理方式：换货" in text and "孙丽 把状态从 回访中 改为 已关闭" in text
    assert any(t.startswith("系统 安排第 7 天再次回访") for t in text)
    latest = satisfaction_for_tickets([view.id, 999_999])
    assert list(latest) == [view.id]
    assert (latest[view.id].resolution_score, latest[view.id].attitude_score,
            latest[view.id].satisfied, latest[view.id].solved) == (5, 4, True, True)
    records = callbacks_for_ticket(view.id)
    assert [r.result_text() for r in records] == [
        "不满意：处理结果 2 分，服务态度 4 分，问题未解决",
        "满意：处理结果 5 分，服务态度 4 分，问题已解决"]


def test_not_reached_retries_up_to_the_limit_then_closes_unreached(crew):
    number = ticket_in_progress()
    resolve_ticket(number, "refund", "已退款 199 元", actor="zhang")
    task = open_task(number)
    first = record_call(task.id, NO_ANSWER, actor="sun")
    assert (first.step, first.ticket_state, first.attempts) == ("retry", "callback", 1)
    assert first.next_at > utcnow()
    assert callback_queue("sun") == []  # not yet time to call again
    later = first.next_at + timedelta(minutes=1)
    assert [r.attempts for r in callback_queue("sun", now=later)] == [1]
    assert len(callback_queue("sun", include_waiting=True)) == 1
    record_call(task.id, {"reached": "否", "unreached_reason": "关机/停机"}, actor="sun")
    last = record_call(task.id, NO_ANSWER, actor="sun")
    assert (last.step, last.ticket_state, last.attempts) == ("give_up", "closed", 3)
    ticket = get_ticket(number)
    assert "3 次均未接通" in ticket.state_reason
    assert CallbackTask.get_by_id(task.id).outcome == "unreached"
    assert last.notified == ("li",)
    assert CallbackAttempt.select().where(CallbackAttempt.task == task.id).count() == 3
    with pytest.raises(ValidationError, match="已结束"):
        record_call(task.id, NO_ANSWER, actor="sun")
    assert satisfaction_for_tickets([ticket.id]) == {}
    assert "孙丽 回访未接通" in " ".join(words(number))


def test_revisits_appear_later_and_an_unhappy_one_reopens(crew):
    number = ticket_in_progress()
    resolve_ticket(number, "repair", "已维修", actor="zhang")
    record_call(open_task(number).id, HAPPY, actor="sun")
    week = open_task(number, "revisit")
    assert week.revisit_days == 7
    assert callback_queue("sun") == []
    due, overdue = queue_counts("sun", now=week.available_at)
    assert (due, overdue) == (1, 0)
    rows = callback_queue("sun", now=week.available_at + timedelta(hours=1))
    assert [(r.kind, r.revisit_days) for r in rows] == [("revisit", 7)]
    assert "已过去7天" in load_call(week.id, "sun").script
    assert queue_counts("sun", now=week.due_at)[1] == 1
    result = record_call(week.id, {**UNHAPPY, "customer_words": "又不加热了"}, actor="sun")
    assert (result.step, result.ticket_state) == ("reopen", "reopened")
    month = CallbackTask.get((CallbackTask.revisit_days == 30))
    assert (month.status, month.outcome) == ("done", "cancelled")
    assert "第 7 天再次回访问题未解决" in get_ticket(number).state_reason


def test_bad_answers_are_refused_and_write_nothing(crew):
    number = ticket_in_progress()
    resolve_ticket(number, "repair", "已维修", actor="zhang")
    task = open_task(number)
    events = AuditEvent.select().count()
    cases = [({"reached": True, "solved": True, "resolution_score": 6, "attitude_score": 5},
              "resolution_score"),
             ({"reached": True, "solved": None, "resolution_score": 5, "attitude_score": 5},
              "solved"),
             ({"reached": True, "solved": True, "resolution_score": 5}, "attitude_score"),
             ({"reached": True, "solved": False, "resolution_score": 5, "attitude_score": 5},
              "customer_words"),
             ({"reached": False, "unreached_reason": "不知道"}, "unreached_reason"),
             ({"reached": "maybe"}, "reached")]
    for data, field in cases:
        with pytest.raises(ValidationError) as info:
            record_call(task.id, data, actor="sun")
        assert info.value.field == field
    with pytest.raises(ValidationError, match="刚被他人记录"):
        record_call(task.id, HAPPY, actor="sun", expect_attempts=1)
    assert AuditEvent.select().count() == events
    assert CallbackAttempt.select().count() == 0 and get_ticket(number).state == "resolved"


def test_a_satisfied_logistics_exception_waits_for_its_written_report(crew):
    number = ticket_in_progress(category="logistics", phone="13800138000")
    resolve_ticket(number, "resend", "已补发", actor="zhang")
    result = record_call(open_task(number).id, HAPPY, actor="sun")
    assert (result.step, result.ticket_state) == ("close", "callback")
    assert "书面报告" in result.close_refused and result.notified == ("zhang",)
    assert open_task(number) is None


def test_closing_or_reopening_elsewhere_cancels_the_open_callback(crew):
    from aftersales_desktop.services.tickets import transition

    number = ticket_in_progress()
    resolve_ticket(number, "explanation", "已电话指导客户操作", actor="zhang")
    task = open_task(number)
    transition(number, "callback")
    transition(number, "reopened", reason="客户来电说还是不会用")
    assert CallbackTask.get_by_id(task.id).outcome == "cancelled"
    assert "系统 取消回访（工单已重开）" in words(number)
    with pytest.raises(ValidationError):
        record_call(task.id, HAPPY, actor="sun")


def test_a_plain_transition_to_resolved_also_creates_the_callback(crew):
    from aftersales_desktop.services.tickets import transition

    number = ticket_in_progress()
    transition(number, "resolved", actor="zhang")
    task = open_task(number)
    assert task is not None and load_call(task.id, "sun").resolutions == []
    with pytest.raises(ValidationError) as info:
        resolve_ticket(number, "维修", "", actor="zhang")
    assert info.value.field in ("note", "state")
