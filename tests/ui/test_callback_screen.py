"""回访 screen driven by the keyboard: a clerk works through 30 calls without the mouse; bad
input is refused under its field and nothing is written or lost."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aftersales_desktop.services.resolution import resolve_ticket
from aftersales_desktop.storage.models import AuditEvent, Ticket
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask
from tests.ui.conftest import press, show_focused, type_text
from tests.unit.callback_helpers import add_callback_crew, ticket_in_progress
from ui.callback_screen import CallbackScreen
from ui.session import Session

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def clerk(sqlite_db):
    add_callback_crew()
    return Session.for_staff("sun", sqlite_db)


def _resolved(count: int) -> list[str]:
    numbers = []
    for i in range(count):
        number = ticket_in_progress(phone=f"139{i:08d}")
        resolve_ticket(number, "exchange", f"已为客户换新（第 {i + 1} 单）", actor="zhang")
        numbers.append(number)
    return numbers


def _keys(qtbot, *keys) -> None:
    for key in keys:
        if isinstance(key, str):
            type_text(qtbot, key)
        else:
            press(qtbot, key)


def test_thirty_calls_by_keyboard_alone(qtbot, clerk):
    numbers = _resolved(30)
    screen = show_focused(qtbot, CallbackScreen(clerk))
    screen.resize(1280, 800)
    assert screen.queue_list.count() == 30
    screen.focus_queue()
    press(qtbot, Qt.Key.Key_Return)  # from the queue into the form
    assert QApplication.focusWidget() is screen.form.reached
    down, tab = Qt.Key.Key_Down, Qt.Key.Key_Tab
    plan = {}
    for i in range(30):
        number = screen.call.number
        if i % 10 == 3:  # not reached: 未接通：无人接听 is two down from 请选择…
            _keys(qtbot, down, down)
            plan[number] = "retry"
        elif i % 10 == 7:  # reached, not solved, unhappy, the customer's words
            _keys(qtbot, down, tab, down, down, tab, "2", tab, "4", tab, "换的新机还是有异味")
            plan[number] = "reopen"
        else:
            _keys(qtbot, down, tab, down, tab, "5", tab, "4")
            plan[number] = "close"
        press(qtbot, Qt.Key.Key_Return, CTRL)
        assert not any(label.isVisible() for label in screen.form.errors.values()), i
        if i < 29:
            assert QApplication.focusWidget() is screen.form.reached, i
    states = {t.number: t.state for t in Ticket.select()}
    expected = {"retry": "callback", "reopen": "reopened", "close": "closed"}
    assert {n: states[n] for n in numbers} == {n: expected[plan[n]] for n in numbers}
    attempts = list(CallbackAttempt.select())
    assert len(attempts) == 30
    unhappy = [a for a in attempts if a.reached and not a.satisfied]
    assert len(unhappy) == 3 and {a.customer_words for a in unhappy} == {"换的新机还是有异味"}
    assert {(a.resolution_score, a.attitude_score) for a in attempts if a.satisfied} == {(5, 4)}
    assert "异味" in Ticket.get(Ticket.number == next(
        n for n, step in plan.items() if step == "reopen")).state_reason
    assert screen.queue_list.count() == 0  # the three retries wait for their time
    screen.waiting.setChecked(True)
    assert screen.queue_list.count() == 3 + CallbackTask.select().where(
        CallbackTask.kind == "revisit").count()


def test_bad_input_is_named_under_the_field_and_nothing_is_lost(qtbot, clerk):
    _resolved(2)
    screen = show_focused(qtbot, CallbackScreen(clerk))
    screen.form.focus_first()
    assert "13900000000" not in screen.summary.text() and "139****0000" in screen.summary.text()
    press(qtbot, Qt.Key.Key_D, CTRL)  # the number to dial, audited
    assert "13900000000" in screen.summary.text()
    assert AuditEvent.select().where(AuditEvent.action == "reveal").count() == 1
    _keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Down)
    screen.form.customer_words.setFocus()
    type_text(qtbot, "还没修好")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.form.errors["resolution_score"].isVisible()
    assert "1–5" in screen.form.errors["resolution_score"].text()
    assert QApplication.focusWidget() is screen.form.resolution_score
    assert CallbackAttempt.select().count() == 0
    assert screen.form.customer_words.toPlainText() == "还没修好"
    assert "第 1/3 次拨打" in screen.form.preview.text()
    press(qtbot, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is screen.queue_list
    first = screen.call.task_id
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert screen.call.task_id != first and QApplication.focusWidget() is screen.form.reached


def test_a_call_recorded_meanwhile_elsewhere_is_not_recorded_twice(qtbot, clerk):
    from aftersales_desktop.services.callbacks import record_call

    _resolved(1)
    screen = show_focused(qtbot, CallbackScreen(clerk))
    record_call(screen.call.task_id, {"reached": False, "unreached_reason": "占线"}, actor="li")
    form = screen.form
    form.reached.setCurrentIndex(form.reached.findData("yes"))
    form.solved.setCurrentIndex(form.solved.findData("yes"))
    form.resolution_score.setValue(5)
    form.attitude_score.setValue(5)
    screen.save()
    assert "刚被他人记录" in screen.message.text()
    assert CallbackAttempt.select().count() == 1
    assert "第 2/3 次拨打" in screen.form.preview.text()  # reloaded with the other call
