"""异常情况汇报表 and 书面报告 from the ticket detail screen of a logistics ticket: saving, the
10-minute rule, the parts from the escalations, bad input writes nothing and keeps the input."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services import escalation as esc
from aftersales_desktop.storage.models_escalation import ExceptionReport, WrittenReport
from tests.ui.conftest import show_focused, type_text
from tests.unit.escalation_helpers import add_crew, assigned_ticket
from ui.exception_report_form import ExceptionReportDialog
from ui.exception_report_parts import shown_time
from ui.session import Session
from ui.ticket_detail_screen import TicketDetailScreen
from ui.written_report_form import WrittenReportDialog


@pytest.fixture
def crew(sqlite_db):
    add_crew()
    return sqlite_db


def detail_of(qtbot, location, number) -> TicketDetailScreen:
    screen = show_focused(qtbot, TicketDetailScreen(Session.for_staff("zhang", location)))
    assert screen.load(number)
    return screen


def opened(qtbot, screen, name):
    button(screen, name).click()
    dialog = screen.report_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog


def button(screen, name):
    QApplication.processEvents()  # new buttons are shown, old ones deleted, a moment later
    return next((b for b in screen.findChildren(type(screen.save_button))
                 if b.objectName() == f"action_{name}" and b.isVisible()), None)


def test_only_logistics_tickets_offer_the_reports(qtbot, crew):
    screen = detail_of(qtbot, crew, assigned_ticket(category="quality"))
    assert button(screen, "exception_report") is None
    screen.load(assigned_ticket(category="logistics", phone="13800138000"))
    assert button(screen, "exception_report") and button(screen, "written_report")


def test_the_exception_report_saves_and_shows_the_ten_minute_rule(qtbot, crew):
    number = assigned_ticket(category="logistics")
    screen = detail_of(qtbot, crew, number)
    dialog = opened(qtbot, screen, "exception_report")
    assert isinstance(dialog, ExceptionReportDialog)
    fields = dialog.fields
    assert fields["info_received_at"].text()  # the ticket's receipt time to start with
    fields["occurred_at"].setText("昨天下午")
    dialog.save_button.click()
    assert dialog.errors["occurred_at"].isVisible() and ExceptionReport.select().count() == 0
    fields["occurred_at"].clear()
    dialog.save_button.click()
    assert dialog.errors["what_happened"].isVisible() and ExceptionReport.select().count() == 0
    assert not dialog.errors["occurred_at"].isVisible()

    received = utcnow() - timedelta(minutes=30)
    fields["what_happened"].setFocus()
    type_text(qtbot, "送货时冰箱门体受压变形")
    fields["info_received_at"].setText(shown_time(received))
    fields["reported_at"].setText(shown_time(received + timedelta(minutes=8)))
    assert "达标" in dialog.rule.text()
    fields["reported_at"].setText(shown_time(received + timedelta(minutes=15)))
    assert "超时" in dialog.rule.text()
    fields["reported_at"].setText(shown_time(received + timedelta(minutes=8)))
    fields["reported_to"].setCurrentIndex(fields["reported_to"].findData("li"))
    fields["documents"].setText("托运单 TY-0099")
    fields["archived_on"].setText("2026-13-40")
    dialog.save_button.click()
    assert dialog.errors["archived_on"].isVisible() and ExceptionReport.select().count() == 0
    assert fields["what_happened"].toPlainText() == "送货时冰箱门体受压变形"  # nothing lost
    fields["archived_on"].setText("2026-11-30")
    dialog.save_button.click()
    row = ExceptionReport.get()
    assert (row.what_happened, row.reported_to.login, row.documents) == (
        "送货时冰箱门体受压变形", "li", "托运单 TY-0099")
    assert row.reported_at - row.info_received_at == timedelta(minutes=8)
    assert str(row.archived_on) == "2026-11-30"
    assert "达标" in dialog.rule.text() and dialog.message.text() == "已保存"
    assert any("异常情况汇报表" in screen.timeline.item(i).text()
               for i in range(screen.timeline.count()))

    fields["responsibility"].setText("承运商")
    dialog.save_button.click()
    assert ExceptionReport.get().responsibility == "承运商"
    assert ExceptionReport.get().what_happened == "送货时冰箱门体受压变形"


def test_the_report_shows_what_the_escalations_hold(qtbot, crew):
    number = assigned_ticket(category="logistics")
    view = esc.escalate(number, "装卸不当", "上门换新", "urgent", actor="zhang")
    esc.instruct(view.id, "同意换新，今天联系客户", "zhang", actor="li")
    esc.add_entry(view.id, "execution", "已安排明天上午换新", actor="zhang")
    dialog = show_focused(qtbot, ExceptionReportDialog(number, Session.for_staff("zhang", crew)))
    assert "保存汇报表后" in dialog.escalations.toPlainText()
    dialog.fields["what_happened"].setPlainText("门体变形")
    dialog.save_button.click()
    text = dialog.escalations.toPlainText()
    for part in ("装卸不当", "上门换新", "同意换新，今天联系客户", "执行人：张伟", "已安排明天上午换新"):
        assert part in text
    assert ExceptionReport.get().reported_at is None  # the escalation's time stays derived
    assert "客服经理 李娜" in dialog.fields["reported_to"].currentText()


def test_the_written_report_needs_all_three_parts_and_is_then_read_only(qtbot, crew):
    number = assigned_ticket(category="logistics")
    screen = detail_of(qtbot, crew, number)
    dialog = opened(qtbot, screen, "written_report")
    assert isinstance(dialog, WrittenReportDialog)
    dialog.fields["cause"].setFocus()
    type_text(qtbot, "承运商装卸不当")
    dialog.fields["lessons"].setPlainText("易碎品加固包装")
    dialog.save_button.click()
    assert dialog.errors["measures"].isVisible() and WrittenReport.select().count() == 0
    assert dialog.fields["cause"].toPlainText() == "承运商装卸不当"
    dialog.fields["measures"].setPlainText("更换承运商")
    dialog.save_button.click()
    row = WrittenReport.get()
    assert (row.cause, row.measures, row.lessons, row.written_by.login) == (
        "承运商装卸不当", "更换承运商", "易碎品加固包装", "zhang")
    assert dialog.fields["cause"].isReadOnly() and not dialog.save_button.isVisible()
    assert "张伟" in dialog.state.text()
