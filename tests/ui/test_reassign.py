"""改派… on the ticket detail: staff picker without absent members, reason, version check."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import transition, update_ticket
from aftersales_desktop.storage.models import AuditEvent, Department, Staff
from tests.ui.conftest import make_ticket
from ui.ticket_detail_screen import TicketDetailScreen


@pytest.fixture
def screen(qtbot, session):
    logistics = Department.get(Department.name == "仓储物流部")
    Staff.create(login="li", name="李娜", role="handler", department=logistics,
                 created_at=utcnow())
    Staff.create(login="zhou", name="周强", role="handler", department=logistics, absent=True,
                 created_at=utcnow())
    widget = TicketDetailScreen(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _assigned() -> str:
    number = make_ticket(category="quality", path=["verified", "classified"])
    transition(number, "assigned", assignee="admin")
    return number


def _open_dialog(qtbot, screen, number):
    screen.load(number)
    button = screen.findChild(type(screen.save_button), "action_reassign")
    assert button is not None
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = screen.reassign_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _choose(dialog, login):
    dialog.staff.setCurrentIndex(dialog.staff.findData(login))


def _ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_reassign_with_a_reason_moves_ticket_and_department(qtbot, screen):
    number = _assigned()
    dialog = _open_dialog(qtbot, screen, number)
    texts = [dialog.staff.itemText(i) for i in range(dialog.staff.count())]
    absent = dialog.staff.findData("zhou")
    assert "缺勤" in texts[absent]
    assert not dialog.staff.model().item(absent).isEnabled()
    assert any(label.text() == "缺勤，不能改派给：周强"
               for label in dialog.findChildren(type(dialog.message)))
    assert dialog.staff.currentData() == "li"  # the first one free who is not the handler
    _ok(qtbot, dialog)  # no reason yet
    assert dialog.isVisible() and "改派原因" in dialog.message.text()
    dialog.reason.setText("原处理人出差，转物流组")
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert get_ticket(number).assignee == "li"
    fields = {e.field: e.new_value for e in AuditEvent.select().where(
        AuditEvent.action.in_(("update", "reassign")))}
    assert fields["assignee"] == "li" and fields["department"] == "仓储物流部"
    assert fields["reassign_reason"] == "原处理人出差，转物流组"
    assert "李娜" in screen.info.text()


def test_a_conflict_keeps_the_input_and_the_second_try_succeeds(qtbot, screen):
    number = _assigned()
    dialog = _open_dialog(qtbot, screen, number)
    _choose(dialog, "li")
    dialog.reason.setText("客户要求换人处理")
    update_ticket(number, {"priority": "urgent"})  # someone else saves meanwhile
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "已有人修改" in dialog.message.text()
    assert dialog.reason.text() == "客户要求换人处理" and dialog.staff.currentData() == "li"
    assert get_ticket(number).assignee == "admin"
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert get_ticket(number).assignee == "li"


def test_no_reassign_before_a_handler_exists(screen):
    number = make_ticket(path=["verified"])
    screen.load(number)
    assert screen.findChild(type(screen.save_button), "action_reassign") is None
