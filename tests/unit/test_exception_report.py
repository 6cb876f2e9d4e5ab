"""异常情况汇报表 and 书面报告: recorded fields, data assembled from the escalations, the
10-minute rule, reports listed by period; on both engines."""
from datetime import timedelta

import pytest

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services import escalation as esc
from aftersales_desktop.services.audit import events_for_ticket
from aftersales_desktop.services.exception_report import (
    exception_report, save_exception_report, ten_minute_rule, write_report, written_reports,
)
from aftersales_desktop.services.timeline import describe
from aftersales_desktop.storage.models import AuditEvent, Ticket
from aftersales_desktop.storage.models_escalation import ExceptionReport

from .escalation_helpers import add_crew, assigned_ticket


@pytest.fixture
def crew(db):
    add_crew()
    return db


def test_the_ten_minute_rule():
    t = utcnow()
    assert ten_minute_rule(t, t + timedelta(minutes=10), t) == "met"
    assert ten_minute_rule(t, t + timedelta(minutes=11), t) == "missed"
    assert ten_minute_rule(t, None, t + timedelta(minutes=5)) == "pending"
    assert ten_minute_rule(t, None, t + timedelta(minutes=12)) == "missed"


def test_the_report_gathers_escalation_instructions_and_records(crew):
    number = assigned_ticket(category="logistics", description="冰箱门体变形")
    received = utcnow() - timedelta(minutes=5)
    with pytest.raises(ValidationError) as error:
        save_exception_report(number, {"info_received_at": received}, actor="zhang")
    assert error.value.field == "what_happened" and ExceptionReport.select().count() == 0
    save_exception_report(number, {"what_happened": "送货时门体受压变形",
                                   "info_received_at": received,
                                   "documents": "托运单 TY-0099"}, actor="zhang")
    view = esc.escalate(number, "装卸不当", "上门换新", "urgent", actor="zhang")
    esc.instruct(view.id, "同意换新", "zhang", actor="li")
    esc.add_entry(view.id, "execution", "已安排换新", actor="zhang")
    esc.add_entry(view.id, "customer", "客户同意明天送货", actor="zhang")
    save_exception_report(number, {"responsibility": "承运商", "reward_penalty": "按协议罚款",
                                   "archived_on": "2026-11-30"}, actor="li")
    data = exception_report(number)
    assert data.ten_minute_rule == "met" and data.reported_to == "客服经理 李娜（第1级）"
    assert (data.cause_analysis, data.proposed_solution) == ("装卸不当", "上门换新")
    assert [(i.by, i.text, i.executor) for i in data.instructions] == [("李娜", "同意换新", "张伟")]
    assert [e.text for e in data.execution] == ["已安排换新"]
    assert [e.text for e in data.customer_contacts] == ["客户同意明天送货"]
    assert data.documents == "托运单 TY-0099" and data.responsibility == "承运商"
    assert str(data.archived_on) == "2026-11-30"
    words = [describe(e) for e in events_for_ticket(Ticket.get(Ticket.number == number).id)]
    assert "李娜 在异常情况汇报表中填写了责任认定：承运商" in words


def test_a_late_report_misses_the_rule(crew):
    number = assigned_ticket(category="logistics")
    save_exception_report(number, {"what_happened": "未及时发运",
                                   "info_received_at": utcnow() - timedelta(minutes=30)})
    assert exception_report(number).ten_minute_rule == "missed"
    with pytest.raises(NotFoundError):
        exception_report(assigned_ticket(phone="13800138000"))


def test_written_reports_need_all_parts_and_list_by_period(crew):
    number = assigned_ticket()
    before = AuditEvent.select().count()
    with pytest.raises(ValidationError) as error:
        write_report(number, "承运商装卸不当", "", "加强包装", actor="zhang")
    assert error.value.field == "measures" and AuditEvent.select().count() == before
    report = write_report(number, "承运商装卸不当", "更换承运商", "易碎品加固包装", actor="zhang")
    assert (report.written_by, report.customer_name) == ("张伟", "王芳")
    with pytest.raises(ValidationError):
        write_report(number, "再写一次", "x", "y", actor="zhang")
    now = utcnow()
    assert [r.number for r in written_reports(now - timedelta(days=1), now + timedelta(days=1))] \
        == [number]
    assert written_reports(now + timedelta(days=1)) == []
