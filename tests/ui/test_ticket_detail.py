"""Ticket detail: timeline in plain words, state actions, version conflicts keep typed text."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import update_ticket
from tests.ui.conftest import make_ticket
from ui.ticket_detail_screen import TicketDetailScreen


@pytest.fixture
def screen(qtbot, session):
    widget = TicketDetailScreen(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _timeline(screen):
    return [screen.timeline.item(i).text() for i in range(screen.timeline.count())]


def _actions(screen):
    return {f"action_{target}": b for target, b in screen.action_buttons.items()}


def test_timeline_in_plain_words(screen):
    number = make_ticket(path=["verified"])
    assert screen.load(number)
    lines = _timeline(screen)
    assert lines[0].startswith("系统管理员 受理了工单, ")
    assert lines[-1].startswith("系统管理员 把状态从 已受理 改为 已核实, ")
    assert screen.title.text() == number


def test_only_the_actions_of_the_current_state(qtbot, screen):
    number = make_ticket()
    screen.load(number)
    assert set(_actions(screen)) == {"action_verified", "action_rejected"}
    _actions(screen)["action_verified"].click()
    assert get_ticket(number).state == "verified"
    qtbot.waitUntil(lambda: set(_actions(screen)) == {"action_classified", "action_rejected"})
    assert "把状态从 已受理 改为 已核实" in _timeline(screen)[-1]


def test_reject_asks_for_the_reason(screen, monkeypatch):
    number = make_ticket()
    screen.load(number)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("不在售后政策范围内", True))
    _actions(screen)["action_rejected"].click()
    ticket = get_ticket(number)
    assert ticket.state == "rejected" and ticket.state_reason == "不在售后政策范围内"
    assert any("不在售后政策范围内" in line for line in _timeline(screen))


def test_edit_saves_with_version_check(screen):
    number = make_ticket()
    screen.load(number)
    screen.editor.fields["problem.description"].setPlainText("外壳破损，内胆也有划痕")
    screen.save_edits()
    assert get_ticket(number).sections["problem"]["description"] == "外壳破损，内胆也有划痕"
    assert any("问题描述" in line for line in _timeline(screen))


def test_conflict_shows_the_other_change_and_keeps_what_was_typed(screen):
    number = make_ticket()
    screen.load(number)
    update_ticket(number, {"priority": "urgent"}, actor="admin")  # someone else, meanwhile
    screen.editor.fields["problem.description"].setPlainText("我的补充说明")
    screen.save_edits()

    assert get_ticket(number).sections["problem"]["description"] != "我的补充说明"
    assert "优先级" in screen.message.text() and "紧急" in screen.message.text()
    assert screen.editor.fields["problem.description"].toPlainText() == "我的补充说明"
    assert screen.editor.fields["priority"].currentData() == "urgent"  # theirs, not reverted
    screen.save_edits()
    ticket = get_ticket(number)
    assert ticket.sections["problem"]["description"] == "我的补充说明"
    assert ticket.priority == "urgent"


def test_empty_description_is_refused_inline(screen):
    number = make_ticket()
    screen.load(number)
    screen.editor.fields["problem.description"].setPlainText("")
    screen.save_edits()
    assert not screen.editor.errors["problem.description"].isHidden()
    assert get_ticket(number).version == 1
