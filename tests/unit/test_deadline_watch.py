"""The deadline watch: warnings notify, breaches escalate once per level (also with two
processes ticking), the 10-minute rule, bounded and failure-tolerant ticks, `aftersales tick`;
on both engines."""
import json
import multiprocessing
from datetime import timedelta

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services import deadline_watch
from aftersales_desktop.services.deadline_watch import tick
from aftersales_desktop.services.escalation_views import escalations_of
from aftersales_desktop.services.exception_report import save_exception_report
from aftersales_desktop.services.notices import notices_for
from aftersales_desktop.storage.models import Ticket
from aftersales_desktop.storage.models_escalation import Escalation
from aftersales_desktop.storage.models_notice import Notice
from aftersales_desktop.storage.models_sla import SlaPolicyRow, TicketDeadlineRow

from . import tick_race_worker
from .escalation_helpers import add_crew, assigned_ticket

LATER = timedelta(days=10)


@pytest.fixture
def crew(db):
    add_crew()
    return db


def deadline(number, kind):
    return TicketDeadlineRow.get((TicketDeadlineRow.ticket == Ticket.get(Ticket.number == number))
                                 & (TicketDeadlineRow.kind == kind))


def test_a_breach_escalates_once_and_notifies_the_receiver(crew):
    number = assigned_ticket()
    report = tick(utcnow() + LATER)
    assert (report.checked, report.escalated, report.failed) == (1, 1, ())
    [view] = escalations_of(number)
    assert (view.to_level, view.origin, view.reason, view.urgency) == \
        (1, "automatic", "时限已过", "urgent")
    assert Escalation.get().auto_key == "solution:breach"
    [notice] = notices_for("li")
    assert notice.ticket_number == number and notice.kind == "escalation"
    assert tick(utcnow() + LATER).checked == 0
    assert Escalation.select().count() == 1 and Notice.select().count() == 1


def test_a_warning_notifies_the_handler_then_the_breach_escalates(crew):
    number = assigned_ticket()
    warn_at = deadline(number, "solution").warn_at
    report = tick(warn_at + timedelta(seconds=1))
    assert (report.notified, report.escalated) == (1, 0)
    [notice] = notices_for("zhang")
    assert notice.kind == "deadline_warn" and "即将超时" in notice.text
    assert tick(warn_at + timedelta(seconds=2)).checked == 0
    assert tick(utcnow() + LATER).escalated == 1
    assert len(notices_for("zhang")) == 1 and Escalation.select().count() == 1


def test_the_policy_decides_notify_or_escalate(crew):
    SlaPolicyRow.update(on_warning="escalate", on_breach="notify").where(
        SlaPolicyRow.kind == "solution").execute()
    number = assigned_ticket()
    report = tick(deadline(number, "solution").warn_at + timedelta(seconds=1))
    assert report.escalated == 1 and escalations_of(number)[0].reason == "即将超时"
    report = tick(utcnow() + LATER)
    assert (report.escalated, report.notified) == (0, 1)
    assert [n.kind for n in notices_for("zhang")] == ["deadline_breach"]


def test_an_unreported_logistics_exception_escalates_itself_after_ten_minutes(crew):
    number = assigned_ticket(category="logistics", description="货物途中被雨淋湿")
    row = deadline(number, "report")
    assert row.met_at is None  # verifying no longer counts as reporting to the superior
    report = tick(row.due_at + timedelta(seconds=1))
    assert report.escalated == 1
    assert Escalation.get().auto_key == "report:breach"
    assert deadline(number, "report").met_at is not None


def test_a_fresh_unassigned_logistics_exception_escalates_up_the_intake_clerks_chain(crew):
    from aftersales_desktop.services.tickets import create_ticket

    number = create_ticket({"channel": "hotline", "category": "logistics",
                            "customer": {"name": "周明", "phone": "13500005555"},
                            "problem": {"description": "车辆途中抛锚，货物无法按时到达"}}).number
    row = deadline(number, "report")
    report = tick(row.due_at + timedelta(seconds=1))
    assert (report.escalated, report.failed) == (1, ())
    assert Escalation.get().auto_key == "report:breach"


def test_a_reported_exception_does_not_escalate(crew):
    number = assigned_ticket(category="logistics", phone="13800138000")
    row = deadline(number, "report")
    save_exception_report(number, {"what_happened": "未及时发运",
                                   "info_received_at": row.due_at - timedelta(minutes=10),
                                   "reported_at": row.due_at - timedelta(minutes=5),
                                   "reported_to": "li"}, actor="zhang")
    assert deadline(number, "report").met_at == row.due_at - timedelta(minutes=5)
    assert tick(row.due_at + timedelta(minutes=1)).escalated == 0


def test_one_bad_ticket_is_reported_and_the_batch_is_bounded(crew, monkeypatch):
    bad, good = assigned_ticket(), assigned_ticket(phone="13800138000")
    real = deadline_watch.escalate_automatically

    def failing(number, *args):
        if number == bad:
            raise RuntimeError("boom")
        return real(number, *args)

    monkeypatch.setattr(deadline_watch, "escalate_automatically", failing)
    report = tick(utcnow() + LATER, limit=1)
    assert report.more and report.checked == 1
    report = tick(utcnow() + LATER)
    assert [n for n, _ in report.failed] == [bad] and report.escalated <= 1
    assert len(escalations_of(good)) == 1 and escalations_of(bad) == []
    assert deadline(bad, "solution").breach_handled_at is None  # tried again next time


def test_two_processes_ticking_escalate_and_notify_once(db_url, crew):
    numbers = [assigned_ticket(phone=f"1380013800{i}") for i in range(3)]
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    at = (utcnow() + LATER).isoformat()
    procs = [ctx.Process(target=tick_race_worker.tick_at, args=(db_url, at, 3, start, out))
             for _ in range(2)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    results = [out.get(timeout=5), out.get(timeout=5)]
    assert sum(r["escalated"] for r in results) == 3 and sum(r["failed"] for r in results) == 0
    assert [len(escalations_of(n)) for n in numbers] == [1, 1, 1]
    assert Notice.select().count() == 3


def test_the_tick_command_prints_a_summary(db_url, crew, capsys):
    assigned_ticket()
    assert main(["--db", db_url, "tick"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["checked"] == 0 and summary["failed"] == [] and summary["more"] is False
    assert set(summary) == {"at", "checked", "escalated", "notified", "failed", "more",
                            "proposed"}
