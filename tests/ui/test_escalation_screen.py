"""升级 screen: report a ticket up, the receiver instructs or passes on, the handler records
follow-ups until done; asserting on the database."""
import pytest

from aftersales_desktop.services import escalation as esc
from aftersales_desktop.storage.models import AuditEvent, Ticket
from aftersales_desktop.storage.models_escalation import Escalation, EscalationEntry
from tests.ui.conftest import show_focused, type_text
from tests.unit.escalation_helpers import add_crew, assigned_ticket
from ui.escalation_screen import EscalationScreen
from ui.session import Session

CAUSE, PLAN = "承运商野蛮装卸导致外壳破损", "先行补发新品，向承运商索赔"


@pytest.fixture
def crew(sqlite_db):
    add_crew()
    return sqlite_db


def open_as(qtbot, location, login) -> EscalationScreen:
    return show_focused(qtbot, EscalationScreen(Session.for_staff(login, location)))


def test_the_handler_reports_a_ticket_one_level_up(qtbot, crew):
    number = assigned_ticket()
    screen = open_as(qtbot, crew, "zhang")
    screen.report_ticket(number)
    form = screen.reporting.form
    assert form.level.currentText() == "客服经理 李娜（第1级）"
    screen.reporting.submit.click()
    assert form.errors["cause_analysis"].isVisible() and Escalation.select().count() == 0
    form.cause.setFocus()
    type_text(qtbot, CAUSE)
    form.solution.setPlainText(PLAN)
    form.urgency.setCurrentIndex(form.urgency.findData("urgent"))
    screen.reporting.submit.click()
    row = Escalation.get()
    assert (row.to_staff.login, row.urgency, row.cause_analysis) == ("li", "urgent", CAUSE)
    assert Ticket.get(Ticket.number == number).assignee.login == "zhang"
    assert "已上报给 客服经理 李娜（第1级）" in screen.message.text()
    assert screen.following.list.count() == 1


def test_skip_level_in_the_form_needs_a_reason(qtbot, crew):
    number = assigned_ticket()
    screen = open_as(qtbot, crew, "zhang")
    screen.report_ticket(number)
    form = screen.reporting.form
    form.cause.setPlainText(CAUSE)
    form.solution.setPlainText(PLAN)
    form.level.setCurrentIndex(form.level.findData(2))
    assert form.skip_reason.isEnabled()
    screen.reporting.submit.click()
    assert form.errors["skip_reason"].isVisible() and Escalation.select().count() == 0
    form.skip_reason.setText("客服经理休假")
    screen.reporting.submit.click()
    row = Escalation.get()
    assert (row.to_level, row.skip_level, row.skip_reason) == (2, True, "客服经理休假")


def test_the_receiver_instructs_and_the_handler_follows_up_to_done(qtbot, crew):
    number = assigned_ticket()
    older = assigned_ticket(phone="13800138000")
    esc.escalate(older, CAUSE, PLAN, "normal", actor="zhang")
    urgent = esc.escalate(number, CAUSE, PLAN, "urgent", actor="zhang")
    manager = open_as(qtbot, crew, "li")
    assert manager.inbox.list.count() == 2 and manager.inbox.current.id == urgent.id
    assert CAUSE in manager.inbox.report.text() and "王芳" in manager.inbox.report.text()
    assert manager.inbox.executor.currentData() == "zhang"
    manager.inbox.instructions.setFocus()
    type_text(qtbot, "同意补发，今天发出")
    manager.inbox.executor.setCurrentIndex(manager.inbox.executor.findData("chen"))
    manager.inbox.instruct_button.click()
    row = Escalation.get_by_id(urgent.id)
    assert (row.status, row.instructions, row.executor.login) == (
        "instructed", "同意补发，今天发出", "chen")
    assert manager.inbox.list.count() == 1

    handler = open_as(qtbot, crew, "chen")
    assert handler.following.current.id == urgent.id
    assert "同意补发，今天发出" in handler.following.report.text()
    handler.following.entry.setPlainText("已安排顺丰补发")
    handler.following.add_button.click()
    handler.following.result.setText("客户已收到，表示满意")
    handler.following.complete_button.click()
    assert [e.text for e in EscalationEntry.select()] == ["已安排顺丰补发"]
    assert Escalation.get_by_id(urgent.id).status == "done"
    assert handler.following.list.count() == 0
    actions = {e.action for e in AuditEvent.select().where(AuditEvent.entity == "escalation")}
    assert actions == {"escalate", "instruct", "follow_up", "complete"}


def test_the_receiver_passes_it_further_up(qtbot, crew):
    number = assigned_ticket()
    first = esc.escalate(number, CAUSE, PLAN, "normal", actor="zhang")
    manager = open_as(qtbot, crew, "li")
    further = manager.inbox.further
    assert further.level.currentText() == "分公司经理 王强（第2级）"
    further.cause.setPlainText("涉及承运商赔偿，超出权限")
    further.solution.setPlainText("请分公司与承运商协商")
    manager.inbox.further_button.click()
    rows = list(Escalation.select().order_by(Escalation.id))
    assert [(r.status, r.to_level) for r in rows] == [("passed_on", 1), ("waiting", 2)]
    assert rows[1].from_staff.login == "li" and rows[0].id == first.id
    assert manager.inbox.list.count() == 0


def test_the_main_window_opens_escalation(qtbot, crew, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    number = assigned_ticket()
    esc.escalate(number, CAUSE, PLAN, "urgent", actor="zhang")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = show_focused(qtbot, MainWindow(Session.for_staff("li", crew), settings))
    window.show_area("escalation")
    screen = window.stack.currentWidget()
    assert isinstance(screen, EscalationScreen) and screen.inbox.list.count() == 1
    assert window.current_area() == "escalation"
