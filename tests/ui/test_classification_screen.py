"""分类 screen: confirm, priority override with reason, policy rejection and its override."""
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import AuditEvent, Ticket
from aftersales_desktop.storage.models_rules import TicketClassification
from tests.ui.conftest import make_ticket, press, show_focused, type_text
from ui.classification_screen import ClassificationScreen

LOW = {"loss": "none", "scope": "single", "urgency": "none", "repair": "simple"}


@pytest.fixture
def screen(qtbot, session):
    return session


def open_screen(qtbot, session) -> ClassificationScreen:
    return show_focused(qtbot, ClassificationScreen(session))


def answer(screen, answers) -> None:
    for question, code in answers.items():
        combo = screen.form.answers[question]
        combo.setCurrentIndex(combo.findData(code))


def events(number, action):
    ticket = Ticket.get(Ticket.number == number)
    return [(e.field, e.old_value, e.new_value) for e in AuditEvent.select()
            .where((AuditEvent.ticket == ticket.id) & (AuditEvent.action == action))
            .order_by(AuditEvent.id)]


def test_confirm_classifies_with_the_suggestion_and_assigns(qtbot, screen):
    older = make_ticket(description="客服态度很差，说话难听", path=["verified"])
    newer = make_ticket(phone="13800138000", description="没收到货", path=["verified"])
    view = open_screen(qtbot, screen)
    assert view.queue_list.count() == 2 and view.case.number == older
    assert "“态度”" in view.form.suggestion_label.text()
    assert view.form.subcategory.currentData() == "service.attitude"
    answer(view, LOW)
    assert view.form.priority.currentData() == "low"
    assert "低" in view.form.suggested_label.text()
    assert view.form.review_label.text().startswith("通过")
    view.queue_list.setFocus()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    ticket = Ticket.get(Ticket.number == older)
    assert ticket.state == "assigned" and ticket.priority == "low"
    assert ("policy_review", None, "pass") in events(older, "review")
    assert [e[2] for e in events(older, "transition")] == ["verified", "classified", "assigned"]
    assert "已分类" in view.message.text() and view.case.number == newer
    assert view.queue_list.count() == 1


def test_a_priority_override_needs_a_reason_and_is_audited(qtbot, screen):
    number = make_ticket(description="客服态度很差", path=["verified"])
    view = open_screen(qtbot, screen)
    answer(view, LOW)
    assert not view.form.override_reason.isEnabled()
    view.form.priority.setFocus()
    view.form.priority.setCurrentIndex(view.form.priority.findData("urgent"))
    view.form.priority.activated.emit(view.form.priority.currentIndex())
    assert view.form.override_reason.isEnabled()
    view.confirm_button.click()
    assert "调整原因" in view.message.text()
    assert Ticket.get(Ticket.number == number).state == "verified"
    view.form.override_reason.setFocus()
    type_text(qtbot, "VIP客户投诉多次")
    view.confirm_button.click()
    assert Ticket.get(Ticket.number == number).priority == "urgent"
    assert events(number, "override") == [("priority_reason", "low", "VIP客户投诉多次")]
    extra = TicketClassification.get_by_id(Ticket.get(Ticket.number == number).id)
    assert extra.priority_reason == "VIP客户投诉多次" and extra.suggested_priority == "low"


def late_return() -> str:
    bought = (date.today() - timedelta(days=30)).isoformat()
    number = create_ticket({"channel": "hotline", "customer": {"phone": "13912345678"},
                            "problem": {"description": "申请无理由退货"},
                            "order": {"number": "JD5566", "purchased_on": bought}}).number
    transition(number, "verified")
    return number


def test_a_failed_policy_review_rejects_with_the_notice_to_read(qtbot, screen):
    number = late_return()
    view = open_screen(qtbot, screen)
    assert view.form.subcategory.currentData() == "returns.no_reason"
    answer(view, LOW)
    assert "未通过" in view.form.review_label.text()
    assert view.form.reject_choice.isVisible() and view.form.reject_choice.isChecked()
    assert view.confirm_button.text() == "驳回申请"
    view.confirm_button.click()
    ticket = Ticket.get(Ticket.number == number)
    assert ticket.state == "rejected" and "超出无理由退换货期限" in ticket.state_reason
    assert ("state_reason", None, ticket.state_reason) in events(number, "reason")
    assert "请向客户宣读" in view.message.text() and ticket.state_reason in view.message.text()
    assert view.queue_list.count() == 0


def test_staff_can_override_a_rejection_with_a_reason(qtbot, screen):
    number = late_return()
    view = open_screen(qtbot, screen)
    answer(view, LOW)
    view.form.pass_choice.click()
    assert view.confirm_button.text() == "确认分类"
    view.confirm_button.click()
    assert "须写明原因" in view.message.text()
    assert Ticket.get(Ticket.number == number).state == "verified"
    view.form.review_override.setFocus()
    type_text(qtbot, "经理特批：老客户")
    view.confirm_button.click()
    ticket = Ticket.get(Ticket.number == number)
    assert ticket.state == "assigned"
    assert events(number, "override") == [
        ("review_override", "no_reason_7_days", "经理特批：老客户")]


def test_a_delivery_date_within_seven_days_passes_the_review(qtbot, screen):
    late_return()
    view = open_screen(qtbot, screen)
    view.form.delivered_on.setFocus()
    type_text(qtbot, (date.today() - timedelta(days=3)).isoformat())
    press(qtbot, Qt.Key.Key_Tab)
    assert view.form.review_label.text().startswith("通过")


def test_the_main_window_opens_the_classification_area(qtbot, screen, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    number = make_ticket(path=["verified"])
    window = MainWindow(screen, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show_area("classification")
    assert window.current_area() == "classification"
    assert window.classification.case.number == number
