"""The rules that propose reward and penalty records: the right record for each cause, once,
also on a second run and with two processes at once; rules editable; on both engines."""
import multiprocessing
from datetime import timedelta

import pytest

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services import escalation as esc
from aftersales_desktop.services.deadline_watch import tick
from aftersales_desktop.services.reward_rows import records
from aftersales_desktop.services.reward_rule_run import run_rules
from aftersales_desktop.services.reward_rules import rules, save_rule, set_rule_active
from aftersales_desktop.services.tickets import transition
from aftersales_desktop.storage.models import AuditEvent
from aftersales_desktop.storage.models_rewards import RewardRecord, RewardRule

from . import reward_race_worker
from .reward_helpers import CARRIER, add_carrier, logistics_ticket, setup_crew


@pytest.fixture
def crew(db):
    setup_crew()
    return db


def by_rule(event: str) -> list:
    rule_id = RewardRule.get(RewardRule.event == event).id
    return [r for r in records(None) if r.rule and RewardRecord.get_by_id(r.id).rule_id == rule_id]


def test_shipped_rules_are_on_from_the_upgrade(crew):
    assert {(r.event, r.kind, r.active) for r in rules()} == {
        ("carrier_exception", "carrier_penalty", True), ("report_missed", "warning", True),
        ("satisfied_callbacks", "commendation", True)}
    assert rules()[0].subcategory_code == "logistics.damage_shortage"


def test_a_carrier_damage_exception_proposes_the_clause_of_its_agreement_once(crew):
    carrier_id, clause_id = add_carrier()
    number = logistics_ticket()
    logistics_ticket(subcategory="配送延迟", phone="13800138001")  # another kind: no proposal
    logistics_ticket(carrier="不认识的物流", phone="13800138002")  # no agreement: none
    assert run_rules().proposed >= 1
    [row] = by_rule("carrier_exception")
    assert (row.kind, row.recipient_kind, row.recipient, row.status) == \
        ("carrier_penalty", "carrier", CARRIER, "proposed")
    assert row.clause_id == clause_id and row.amount_fen == 50_000 and row.tickets == (number,)
    assert "第7.2条" in row.basis and "YS-2026-003" in row.basis and "SF1234567890" in row.facts
    assert row.proposer is None and row.rule == "承运商货损货差按运输协议处罚"
    assert run_rules().proposed == 0 and tick(utcnow()).proposed == 0
    assert len(by_rule("carrier_exception")) == 1
    event = AuditEvent.get((AuditEvent.entity == "reward_record") & (AuditEvent.action == "propose"))
    assert event.staff is None and row.number in event.new_value


def test_a_percentage_clause_waits_for_the_goods_value(crew):
    add_carrier(percent=True)
    logistics_ticket()
    run_rules()
    [row] = by_rule("carrier_exception")
    assert row.amount_fen is None and "30%" in row.basis and "2,000.00" in row.basis


def test_a_rejected_ticket_or_an_old_one_proposes_nothing(crew):
    add_carrier()
    rejected = logistics_ticket()
    transition(rejected, "rejected", reason="不属于我司承运")
    logistics_ticket(phone="13800138003", minutes_ago=60 * 24)  # before the rule was on
    RewardRule.update(active_from=utcnow() - timedelta(hours=1)).execute()
    run_rules()
    assert by_rule("carrier_exception") == []


def test_a_missed_ten_minute_report_proposes_a_warning_for_the_taker_once(crew):
    RewardRule.update(active_from=utcnow() - timedelta(hours=2)).execute()
    late = logistics_ticket(carrier=None, minutes_ago=30, description="货物路途中受潮")
    logistics_ticket(carrier=None, minutes_ago=3, phone="13800138004")  # still within 10 min
    in_time = logistics_ticket(carrier=None, minutes_ago=5, phone="13800138005")
    transition(in_time, "verified")
    transition(in_time, "classified")
    transition(in_time, "assigned", assignee="zhang")
    esc.escalate(in_time, "受潮", "补发", "urgent", actor="zhang")  # reported in time
    run_rules()
    [row] = by_rule("report_missed")
    assert (row.kind, row.recipient_login, row.recipient, row.measure) == \
        ("warning", "clerk1", "周敏", "警告")
    assert row.tickets == (late,) and "至今未汇报" in row.facts and "十分钟" in row.facts
    assert run_rules().proposed == 0
    later = run_rules(utcnow() + timedelta(minutes=15))  # now the second one is late too
    assert later.proposed == 1 and len(by_rule("report_missed")) == 2


def test_a_report_made_late_counts_as_missed(crew):
    RewardRule.update(active_from=utcnow() - timedelta(hours=2)).execute()
    number = logistics_ticket(carrier=None, minutes_ago=40)
    transition(number, "verified")
    transition(number, "classified")
    transition(number, "assigned", assignee="zhang")
    esc.escalate(number, "受潮", "补发", "urgent", actor="zhang")
    run_rules()
    [row] = by_rule("report_missed")
    assert "才汇报" in row.facts


def test_a_switched_off_rule_proposes_nothing_and_starts_afresh_when_on(crew):
    add_carrier()
    rule_id = RewardRule.get(RewardRule.event == "carrier_exception").id
    set_rule_active(rule_id, False, "wang")
    logistics_ticket()
    assert run_rules().proposed == 0
    set_rule_active(rule_id, True, "wang")
    assert run_rules().proposed == 0  # the ticket came while it was off
    logistics_ticket(phone="13800138006")
    assert run_rules().proposed == 1


def test_rules_are_edited_with_checks_and_permission(crew):
    with pytest.raises(PermissionDenied):
        save_rule({"name": "x", "event": "report_missed", "kind": "warning"}, "clerk1")
    for values, field in (({"name": "", "event": "report_missed", "kind": "warning"}, "name"),
                          ({"name": "罚款", "event": "nothing", "kind": "fine"}, "event"),
                          ({"name": "罚款", "event": "report_missed", "kind": "bonus"}, "kind"),
                          ({"name": "罚款", "event": "report_missed", "kind": "fine"}, "amount"),
                          ({"name": "承运", "event": "carrier_exception",
                            "kind": "carrier_penalty"}, "subcategory_code")):
        with pytest.raises(ValidationError) as error:
            save_rule(values, "wang")
        assert error.value.field == field
    rule_id = save_rule({"name": "未及时汇报罚款", "event": "report_missed", "kind": "fine",
                         "amount": "50"}, "wang")
    save_rule({"name": "未及时汇报罚款", "event": "report_missed", "kind": "fine", "amount": "80"},
              "wang", rule_id)
    assert [r.amount_fen for r in rules() if r.id == rule_id] == [8000]
    assert AuditEvent.select().where((AuditEvent.entity == "reward_rule")
                                     & (AuditEvent.field == "amount_fen")).count() == 1


def test_two_processes_running_the_rules_propose_once(db_url, crew):
    add_carrier()
    RewardRule.update(active_from=utcnow() - timedelta(hours=2)).execute()
    numbers = [logistics_ticket(phone=f"1380013801{i}", minutes_ago=20) for i in range(3)]
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=reward_race_worker.run, args=(db_url, 3, start, out))
             for _ in range(2)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    results = [out.get(timeout=5), out.get(timeout=5)]
    assert sum(r["proposed"] for r in results) == 6 and sum(r["failed"] for r in results) == 0
    assert RewardRecord.select().count() == 6  # a penalty and a warning per ticket
    assert sorted(t for r in records(None) for t in r.tickets) == sorted(numbers * 2)


def test_satisfied_callbacks_in_a_month_propose_a_commendation_once_it_has_ended(db):
    from datetime import datetime, time, timezone

    from aftersales_desktop.domain.clock import SHANGHAI, local_today
    from aftersales_desktop.domain.targets import period_of
    from aftersales_desktop.services.callbacks import record_call
    from aftersales_desktop.services.resolution import resolve_ticket

    from .callback_helpers import HAPPY, UNHAPPY, add_callback_crew, open_task, \
        ticket_in_progress

    add_callback_crew()
    for i, (handler, answers) in enumerate((("zhang", HAPPY), ("zhang", HAPPY),
                                            ("zhang", UNHAPPY), ("chen", HAPPY))):
        number = ticket_in_progress(phone=f"1390000000{i}", handler=handler)
        resolve_ticket(number, "repair", "已维修", actor=handler)
        record_call(open_task(number).id, answers, actor="sun")
    shipped = RewardRule.get(RewardRule.event == "satisfied_callbacks")
    assert shipped.threshold == 30
    save_rule({"name": "月度满意回访表扬", "event": "satisfied_callbacks", "kind": "commendation",
               "threshold": "2", "basis": "《客诉管理奖罚制度》第6.2条"}, "wang", shipped.id)
    assert run_rules().proposed == 0  # the month is still running
    month = period_of(local_today(), "month")
    next_month = datetime.combine(month.end, time(9), tzinfo=SHANGHAI).astimezone(
        timezone.utc).replace(tzinfo=None)
    assert run_rules(next_month).proposed == 1
    [row] = by_rule("satisfied_callbacks")
    assert (row.kind, row.recipient_login, row.measure) == ("commendation", "zhang", "通报表扬")
    assert f"{month.label}处理的工单回访满意 2 次" in row.facts and "接通 3 次" in row.facts
    assert run_rules(next_month).proposed == 0
    with pytest.raises(ValidationError) as error:
        save_rule({"name": "x", "event": "satisfied_callbacks", "kind": "commendation",
                   "threshold": "0"}, "wang")
    assert error.value.field == "threshold"


def test_a_run_proposes_at_most_its_limit_and_the_next_goes_on(crew):
    RewardRule.update(active_from=utcnow() - timedelta(hours=2)).execute()
    for i in range(3):
        logistics_ticket(carrier=None, minutes_ago=30, phone=f"1380013802{i}")
    assert [run_rules(limit=2).proposed, run_rules(limit=2).proposed, run_rules().proposed] == \
        [2, 1, 0]
