"""提醒 area and the deadline scheduler in the main window: notices listed newest first, opened
with Enter (marked read), 全部已读; the scheduler calls tick and survives its failures."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from aftersales_desktop.services import deadline_watch, notices
from aftersales_desktop.storage.models import Staff, Ticket, database
from aftersales_desktop.storage.models_notice import Notice
from tests.ui.conftest import press, show_focused
from tests.unit.escalation_helpers import add_crew, assigned_ticket
from ui.deadline_scheduler import DISABLE_ENV, DeadlineScheduler, scheduler_disabled
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def crew(sqlite_db):
    add_crew()
    return sqlite_db


def notify(login: str, text: str, key: str, number: str | None = None) -> None:
    staff = Staff.get(Staff.login == login).id
    ticket = Ticket.get(Ticket.number == number).id if number else None
    with database.atomic():
        assert notices.add_notice(staff, "deadline_warning", text, key, ticket_id=ticket)


def window_as(qtbot, location, login, tmp_path, scheduler=None) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return show_focused(qtbot, MainWindow(Session.for_staff(login, location), settings,
                                          scheduler=scheduler))


def unread(login: str) -> int:
    return (Notice.select().join(Staff, on=(Notice.staff == Staff.id))
            .where((Staff.login == login) & Notice.read_at.is_null()).count())


def test_notices_are_listed_opened_with_enter_and_marked_read(qtbot, crew, tmp_path):
    first, second = assigned_ticket(), assigned_ticket(phone="13800138000")
    notify("li", "工单即将超时：请批示", "a", first)
    notify("li", "工单已超时，已升级给您", "b", second)
    notify("zhang", "别人的提醒", "c", first)
    window = window_as(qtbot, crew, "li", tmp_path)
    panel = window.notices
    qtbot.waitUntil(lambda: panel.list.count() == 2, timeout=3000)
    assert panel.isVisible() and window.notice_badge.text() == "提醒：2"
    assert panel.list.item(0).text().endswith("工单已超时，已升级给您")  # newest first
    assert second in panel.list.item(0).text()
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.detail
    assert window.detail.title.text() == second
    assert unread("li") == 1 and unread("zhang") == 1
    assert panel.list.count() == 1 and window.notice_badge.text() == "提醒：1"


def test_read_all_marks_every_notice_of_mine(qtbot, crew, tmp_path):
    number = assigned_ticket()
    for key in ("a", "b", "c"):
        notify("li", f"提醒 {key}", key, number)
    notify("zhang", "别人的提醒", "z", number)
    window = window_as(qtbot, crew, "li", tmp_path)
    qtbot.waitUntil(lambda: window.notices.list.count() == 3, timeout=3000)
    window.notices.read_all_button.click()
    assert unread("li") == 0 and unread("zhang") == 1
    assert window.notices.empty.isVisible() and window.notice_badge.text() == "提醒：0"
    assert not window.notices.read_all_button.isEnabled()
    assert window.notices.tray is None  # offscreen there is no system tray: nothing shown


def test_the_badge_toggles_the_panel(qtbot, crew, tmp_path):
    window = window_as(qtbot, crew, "li", tmp_path)
    assert not window.notices.isVisible()
    window.notice_badge.click()
    assert window.notices.isVisible() and window.notices.empty.isVisible()
    window.notice_badge.click()
    assert not window.notices.isVisible()


def test_the_scheduler_ticks_and_refreshes_the_notices(qtbot, crew, tmp_path, monkeypatch):
    number = assigned_ticket()
    calls = []

    def tick(now=None):
        calls.append(now)
        if len(calls) == 2:
            notify("li", "工单已超时，已升级给您", "late", number)
        return real_tick(now)

    real_tick = deadline_watch.tick
    monkeypatch.setattr(deadline_watch, "tick", tick)
    window = window_as(qtbot, crew, "li", tmp_path,
                       DeadlineScheduler(interval_ms=50, first_run_ms=0))
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=5000)
    qtbot.waitUntil(lambda: window.notices.list.count() == 1, timeout=3000)
    assert window.notices.isVisible() and window.notice_badge.text() == "提醒：1"
    window.close()
    stopped = len(calls)
    qtbot.wait(200)
    assert len(calls) == stopped


def test_a_failing_tick_is_shown_in_the_status_bar(qtbot, crew, tmp_path, monkeypatch):
    def tick(now=None):
        raise RuntimeError("数据库已锁定")

    monkeypatch.setattr(deadline_watch, "tick", tick)
    scheduler = DeadlineScheduler(interval_ms=60_000, first_run_ms=60_000)
    window = window_as(qtbot, crew, "li", tmp_path, scheduler)
    scheduler.run_once()
    assert "自动检查时限失败" in window.statusBar().currentMessage()
    assert "数据库已锁定" in window.statusBar().currentMessage()
    monkeypatch.setattr(deadline_watch, "tick", lambda now=None: None)
    scheduler.run_once()
    assert window.statusBar().currentMessage() == "" and scheduler.runs == 2


def test_no_scheduler_unless_asked(qtbot, crew, tmp_path, monkeypatch):
    assert window_as(qtbot, crew, "li", tmp_path).scheduler is None
    monkeypatch.setenv(DISABLE_ENV, "1")
    assert scheduler_disabled()
    monkeypatch.setenv(DISABLE_ENV, "0")
    assert not scheduler_disabled()
