"""升级: one level up, skip-level, instructions, passing on, follow-ups to done, serious → head,
the receiver's queue, the automatic-escalation hook; on both engines."""
import multiprocessing

import pytest

from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.services import escalation as esc
from aftersales_desktop.services.escalation_auto import escalate_automatically
from aftersales_desktop.services.escalation_chain import chain, remove_level, set_level
from aftersales_desktop.services.escalation_views import (
    current_level, escalations_of, followed_by, queue_for,
)
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.timeline import describe
from aftersales_desktop.services.audit import events_for_ticket
from aftersales_desktop.storage.models import AuditEvent, Ticket
from aftersales_desktop.storage.models_escalation import Escalation, EscalationEntry

from . import escalation_race_worker
from .escalation_helpers import add_crew, assigned_ticket

CAUSE, PLAN = "承运商野蛮装卸导致外壳破损", "先行补发新品，向承运商索赔"


@pytest.fixture
def crew(db):
    add_crew()
    return db


def words(number):
    return [describe(e) for e in events_for_ticket(Ticket.get(Ticket.number == number).id)]


def written():
    return (Escalation.select().count(), EscalationEntry.select().count(),
            AuditEvent.select().count())


def test_one_level_up_keeps_the_handler_and_is_audited(crew):
    number = assigned_ticket()
    version = get_ticket(number).version
    view = esc.escalate(number, CAUSE, PLAN, "较急", actor="zhang", expect_version=version)
    assert (view.to_level, view.to_login, view.status, view.urgency) == (1, "li", "waiting", "high")
    assert view.receiver_text == "客服经理 李娜（第1级）" and not view.skip_level
    ticket = Ticket.get(Ticket.number == number)
    assert ticket.assignee.login == "zhang" and ticket.version == version + 1
    text = words(number)
    assert "张伟 把工单上报给 客服经理 李娜（第1级）" in text
    assert f"张伟 分析原因：{CAUSE}" in text and f"张伟 提出解决方案：{PLAN}" in text
    assert "张伟 标明紧急程度：较急" in text
    assert current_level(ticket.id) == 1


@pytest.mark.parametrize("field, args", [
    ("cause_analysis", (" ", PLAN, "urgent")), ("proposed_solution", (CAUSE, "", "urgent")),
    ("urgency", (CAUSE, PLAN, "马上")),
])
def test_bad_input_names_the_field_and_writes_nothing(crew, field, args):
    number = assigned_ticket()
    before, version = written(), get_ticket(number).version
    with pytest.raises(ValidationError) as error:
        esc.escalate(number, *args, actor="zhang")
    assert error.value.field == field
    assert written() == before and get_ticket(number).version == version


def test_a_stale_version_conflicts_and_writes_nothing(crew):
    number = assigned_ticket()
    before, version = written(), get_ticket(number).version
    with pytest.raises(ConflictError):
        esc.escalate(number, CAUSE, PLAN, "urgent", actor="zhang", expect_version=version - 1)
    assert written() == before


def test_skip_level_needs_a_justification(crew):
    number = assigned_ticket()
    before = written()
    with pytest.raises(ValidationError) as error:
        esc.escalate(number, CAUSE, PLAN, "urgent", actor="zhang", level=2)
    assert error.value.field == "skip_reason" and written() == before
    view = esc.escalate(number, CAUSE, PLAN, "urgent", actor="zhang", level=2,
                        skip_reason="客服经理出差，无法联系")
    assert (view.to_level, view.to_login, view.skip_level) == (2, "wang", True)
    assert "张伟 越级上报，理由：客服经理出差，无法联系" in words(number)
    with pytest.raises(ValidationError) as error:
        esc.escalate(number, CAUSE, PLAN, "urgent", actor="zhang", level=1)
    assert error.value.field == "level"


def test_instructions_only_from_the_receiver_once(crew):
    number = assigned_ticket()
    view = esc.escalate(number, CAUSE, PLAN, "urgent", actor="zhang")
    with pytest.raises(ValidationError) as error:  # a handler gives no instructions at all
        esc.instruct(view.id, "同意补发", "zhang", actor="chen")
    assert error.value.field == "permission"
    with pytest.raises(ValidationError) as error:  # the branch manager may, but is not asked
        esc.instruct(view.id, "同意补发", "zhang", actor="wang")
    assert error.value.field == "as"
    with pytest.raises(ValidationError) as error:
        esc.instruct(view.id, "同意补发", "", actor="li")
    assert error.value.field == "executor"
    done = esc.instruct(view.id, "同意补发，今天发出", "chen", actor="li")
    assert (done.status, done.instructions, done.executor_login) == (
        "instructed", "同意补发，今天发出", "chen")
    assert done.instructed_by == "李娜" and done.instructed_at is not None
    with pytest.raises(ValidationError) as error:
        esc.instruct(view.id, "改为退款", "chen", actor="li")
    assert error.value.field == "status"
    assert {"李娜 批示处理意见：同意补发，今天发出", "李娜 指定执行人：陈静"} <= set(words(number))
    assert [v.id for v in followed_by("chen")] == [view.id]


def test_passing_on_then_follow_ups_until_done(crew):
    number = assigned_ticket()
    first = esc.escalate(number, CAUSE, PLAN, "normal", actor="zhang")
    second = esc.escalate_further(first.id, "涉及承运商赔偿，超出权限", "请分公司与承运商协商",
                                  "urgent", actor="li")
    assert (second.from_level, second.to_level, second.to_login) == (1, 2, "wang")
    assert escalations_of(number)[0].status == "passed_on"
    assert queue_for("li") == [] and [v.id for v in queue_for("wang")] == [second.id]
    esc.instruct(second.id, "由分公司先行赔付", "zhang", actor="wang")
    with pytest.raises(ValidationError):
        esc.add_entry(second.id, "execution", "  ", actor="zhang")
    esc.add_entry(second.id, "execution", "已联系承运商，赔付 200 元", actor="zhang")
    esc.add_entry(second.id, "customer", "已电话告知客户", actor="zhang")
    final = esc.complete(second.id, "客户收到赔付，表示满意", actor="zhang")
    assert final.status == "done" and [e.kind for e in final.entries] == ["execution", "customer"]
    assert {v.status for v in escalations_of(number)} == {"done"}
    assert current_level(Ticket.get(Ticket.number == number).id) == 0
    with pytest.raises(ValidationError) as error:
        esc.add_entry(second.id, "follow_up", "再次回访", actor="zhang")
    assert error.value.field == "status"
    text = words(number)
    assert "李娜 把工单上报给 分公司经理 王强（第2级）" in text
    assert "张伟 记录执行情况：已联系承运商，赔付 200 元" in text
    assert "张伟 完成升级事项，处理结果：客户收到赔付，表示满意" in text


def test_serious_goes_straight_to_the_department_head(crew):
    set_level("售后部", 1, "客服主管", "supervisor")
    set_level("售后部", 2, "客服经理", "branch_manager", staff="wang", is_head=True)
    assert [(lv.level, lv.title, lv.is_head) for lv in chain("售后部")][:2] == [
        (1, "客服主管", False), (2, "客服经理", True)]
    number = assigned_ticket()
    view = esc.escalate(number, "客户威胁向媒体曝光", "经理出面致歉并补偿", "normal",
                        actor="zhang", serious=True)
    assert (view.to_level, view.to_login, view.origin, view.urgency, view.skip_level) == (
        2, "wang", "serious", "urgent", False)
    assert "张伟 判断可能产生严重后果，立即上报部门主管" in words(number)


def test_the_queue_shows_most_urgent_then_oldest_first(crew):
    tickets = [assigned_ticket(phone=f"1391234567{i}") for i in range(3)]
    made = [esc.escalate(n, CAUSE, PLAN, u, actor="zhang").id
            for n, u in zip(tickets, ("normal", "urgent", "normal"))]
    assert [v.id for v in queue_for("li")] == [made[1], made[0], made[2]]
    assert queue_for("wang") == []


def test_chain_editing_keeps_levels_contiguous(crew):
    with pytest.raises(ValidationError) as error:
        set_level("售后部", 6, "董事长", "chairman")
    assert error.value.field == "level"
    with pytest.raises(ValidationError):
        remove_level("售后部", 1)
    remove_level("售后部", 3)
    assert [lv.level for lv in chain("售后部")] == [1, 2]


def test_automatic_escalation_fires_once_per_key_up_to_the_top(crew):
    number = assigned_ticket()
    first = escalate_automatically(number, "solution:warn")
    assert (first.to_level, first.origin, first.reason) == (1, "automatic", "时限已过")
    assert escalate_automatically(number, "solution:warn") is None
    assert escalate_automatically(number, "solution:breach").to_level == 2
    assert escalate_automatically(number, "report:breach").to_level == 3
    assert escalate_automatically(number, "promised:breach") is None
    assert Escalation.select().count() == 3
    assert "系统 因时限已过自动把工单升级给 客服经理 李娜（第1级）" in words(number)


def test_two_processes_escalate_automatically_once(db_url, crew):
    number = assigned_ticket()
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=escalation_race_worker.auto_escalate,
                         args=(db_url, number, 5, start, out)) for _ in range(2)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    assert sorted([out.get(timeout=5), out.get(timeout=5)]) in ([0, 2], [1, 1])
    assert [v.to_level for v in escalations_of(number)] == [1, 2]
