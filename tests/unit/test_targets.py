"""客诉整改目标: target against actual on fixture data counted by hand — complaints per
department and branch, a rate of the business volume, a reduction against the previous
period, the on-time rate — the status while a period runs and once it is over, and the rules
that propose records for department heads when a period closes; on both engines."""
from datetime import datetime, time, timedelta, timezone

import pytest

from aftersales_desktop.domain.clock import SHANGHAI, local_today
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.targets import parse_period, period_of
from aftersales_desktop.services.reward_rows import records
from aftersales_desktop.services.reward_rule_run import run_rules
from aftersales_desktop.services.reward_rules import save_rule
from aftersales_desktop.services.target_actuals import results
from aftersales_desktop.services.targets import delete_target, save_target, targets
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import AuditEvent, Branch, Department, Staff, Ticket
from aftersales_desktop.storage.models_rewards import RewardRule
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

from .reward_helpers import setup_crew

# Three past months, the last one seen from its 15th (it is still running then), whatever
# today's date is.
THIS = period_of(local_today(), "month").previous
LAST = THIS.previous
BEFORE = LAST.previous
NOW = datetime.combine(THIS.start + timedelta(days=14), time(12), tzinfo=SHANGHAI).astimezone(
    timezone.utc).replace(tzinfo=None)
TODAY = THIS.start + timedelta(days=14)


def ticket(period, day: int, department: str, branch: str | None = None,
           deadline: str | None = None) -> int:
    """A ticket received at noon on `day` of `period`; `deadline` "kept", "missed", "late" (met
    after due) or "running" replaces its time limits by one of that kind."""
    local = datetime.combine(period.start + timedelta(days=day - 1), time(12), tzinfo=SHANGHAI)
    data = {"channel": "hotline", "received_at": local.isoformat(),
            "customer": {"name": "王芳", "phone": "13912345678"},
            "problem": {"description": "电饭煲无法加热"}}
    if branch:
        data["logistics"] = {"branch": branch}
    number = create_ticket(data).number
    row = Ticket.get(Ticket.number == number)
    Ticket.update(department=Department.get(Department.name == department).id).where(
        Ticket.id == row.id).execute()
    TicketDeadlineRow.delete().where(TicketDeadlineRow.ticket == row.id).execute()
    received = local.astimezone(timezone.utc).replace(tzinfo=None)
    due = received + timedelta(hours=24)
    met = {"kept": received + timedelta(hours=2), "late": due + timedelta(hours=1),
           "missed": None, "running": None}
    if deadline:
        if deadline == "running":
            due = NOW + timedelta(days=3)
        TicketDeadlineRow.insert(ticket=row.id, kind="first_reply", due_at=due, warn_at=due,
                                 limit_label="24 小时", met_at=met[deadline]).execute()
    return row.id


@pytest.fixture
def fixture(db):
    """By hand: 售后部 5 before last month; last month 4 (kept, kept, missed, none); 仓储物流部
    last month 3, two of them 浦东分公司 (late, kept); this month 售后部 2 (missed, running)."""
    setup_crew()
    Branch.insert(name="浦东分公司").execute()
    for day in range(1, 6):
        ticket(BEFORE, day, "售后部")
    for day, kind in ((2, "kept"), (9, "kept"), (15, "missed"), (20, None)):
        ticket(LAST, day, "售后部", deadline=kind)
    ticket(LAST, 3, "仓储物流部", "浦东分公司", "late")
    ticket(LAST, 4, "仓储物流部", "浦东分公司", "kept")
    ticket(LAST, 5, "仓储物流部", "闵行网点")
    ticket(THIS, 1, "售后部", deadline="missed")
    ticket(THIS, 10, "售后部", deadline="running")
    return db


def by_scope(period):
    return {(r.target.scope, r.target.measure, r.target.target_value): r
            for r in results(period, today=TODAY, now=NOW)}


def test_targets_against_actual_on_fixture_data(fixture):
    for values in ({"department": "售后部", "measure": "count", "target": "4", "on_time": "60"},
                   {"department": "仓储物流部", "branch": "浦东分公司", "measure": "rate",
                    "target": "1", "volume": "100", "on_time": "50"},
                   {"measure": "count", "target": "10"},
                   {"branch": "浦东分公司", "measure": "count", "target": "1"}):
        save_target({**values, "period": LAST.code}, "wang")
    found = by_scope(LAST)
    mine = found[("售后部", "count", 4)]
    assert (mine.actual.complaints, mine.actual.decided, mine.actual.on_time) == (4, 3, 2)
    assert round(mine.on_time_rate, 1) == 66.7 and mine.status == "achieved" and mine.closed
    pudong = found[("仓储物流部 · 浦东分公司", "rate", 100)]
    assert pudong.actual.complaints == 2 and pudong.complaint_value == 2.0
    assert pudong.on_time_rate == 50.0 and pudong.status == "missed"
    assert found[("全公司", "count", 10)].actual.complaints == 7
    assert found[("全公司", "count", 10)].status == "achieved"
    assert found[("浦东分公司", "count", 1)].status == "missed"


def test_a_reduction_against_the_previous_period(fixture):
    save_target({"department": "售后部", "period": LAST.code, "measure": "reduction",
                 "target": "20"}, "wang")
    save_target({"department": "仓储物流部", "period": LAST.code, "measure": "reduction",
                 "target": "10"}, "wang")
    found = by_scope(LAST)
    mine = found[("售后部", "reduction", 2000)]
    assert (mine.actual.previous_complaints, mine.actual.complaints) == (5, 4)
    assert mine.complaint_value == 20.0 and mine.status == "achieved"
    assert found[("仓储物流部", "reduction", 1000)].status == "missed"  # 0 before, 3 now


def test_while_the_period_runs(fixture):
    save_target({"department": "售后部", "period": THIS.code, "measure": "count",
                 "target": "1"}, "wang")
    [over] = results(THIS, today=TODAY, now=NOW)
    assert over.actual.complaints == 2 and over.status == "missed" and not over.closed
    save_target({"department": "售后部", "period": THIS.code, "measure": "count",
                 "target": "5", "on_time": "90"}, "wang", targets(THIS)[0].id)
    [running] = results(THIS, today=TODAY, now=NOW)
    assert (running.actual.decided, running.actual.on_time) == (1, 0)
    assert running.status == "behind" and running.on_time_rate == 0.0


def test_a_quarter_counts_its_three_months(fixture):
    quarter = period_of(LAST.start, "quarter")
    save_target({"department": "售后部", "period": quarter.code, "measure": "count",
                 "target": "100"}, "wang")
    [row] = results(quarter, today=TODAY, now=NOW)
    months = {BEFORE: 5, LAST: 4, THIS: 2}
    assert row.actual.complaints == sum(n for p, n in months.items()
                                        if quarter.start <= p.start < quarter.end)


def test_targets_are_checked_unique_and_audited(fixture):
    with pytest.raises(PermissionDenied):
        save_target({"period": LAST.code, "measure": "count", "target": "3"}, "li")
    for values, field in (({"period": "2026-13", "target": "3"}, "period"),
                          ({"period": "11月", "target": "3"}, "period"),
                          ({"period": LAST.code, "target": "-1"}, "target"),
                          ({"period": LAST.code, "measure": "rate", "target": "0.5"}, "volume"),
                          ({"period": LAST.code, "measure": "rate", "target": "abc",
                            "volume": "10"}, "target"),
                          ({"period": LAST.code, "department": "财务部", "target": "3"},
                           "department"),
                          ({"period": LAST.code, "target": "3", "on_time": "120"}, "on_time")):
        with pytest.raises(ValidationError) as error:
            save_target(values, "wang")
        assert error.value.field == field, values
    target_id = save_target({"period": LAST.code, "target": "3"}, "wang")
    with pytest.raises(ValidationError, match="已有目标"):
        save_target({"period": LAST.code, "target": "5"}, "wang")
    assert parse_period("2026-Q4").label == "2026年第4季度"
    delete_target(target_id, "wang")
    assert targets() == []
    assert [e.action for e in AuditEvent.select().where(
        AuditEvent.entity == "reduction_target").order_by(AuditEvent.id)] == ["create", "delete"]


def test_closed_periods_propose_for_the_department_head_once(fixture):
    Staff.insert(login="wllead", name="孙涛", role="supervisor", created_at=NOW,
                 department=Department.get(Department.name == "仓储物流部").id).execute()
    save_rule({"name": "整改目标达成团队奖励", "event": "target_achieved", "kind": "team_reward",
               "amount": "1000"}, "wang")
    save_rule({"name": "整改目标未达成警告", "event": "target_missed", "kind": "warning"}, "wang")
    save_target({"department": "售后部", "period": LAST.code, "target": "4"}, "wang")
    save_target({"department": "仓储物流部", "period": LAST.code, "target": "2"}, "wang")
    save_target({"department": "售后部", "period": THIS.code, "target": "1"}, "wang")  # open
    RewardRule.update(active_from=NOW - timedelta(days=60)).execute()
    assert run_rules(NOW).proposed == 2
    rows = {r.kind: r for r in records(None) if r.rule}
    team, warning = rows["team_reward"], rows["warning"]
    assert (team.recipient_kind, team.recipient, team.amount_fen) == ("department", "售后部",
                                                                       100_000)
    assert (warning.recipient_login, warning.department) == ("wllead", "仓储物流部")
    assert "仓储物流部" in warning.facts and "实际客诉 3 件" in warning.facts
    assert run_rules(NOW).proposed == 0
