"""Deadlines on the screens: coloured remaining time and the overdue filter in the list, the
overdue count in the status bar, pause/resume and the promised time on the detail screen."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QSettings, Qt

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.storage.models import Ticket
from aftersales_desktop.storage.models_sla import TicketDeadlineRow, TicketPause
from tests.ui.conftest import make_ticket, press, show_focused
from ui.main_window import MainWindow
from ui.ticket_detail_screen import TicketDetailScreen
from ui.ticket_list_screen import TicketListScreen
from ui.ticket_table_model import COLUMNS, DEADLINE_COLORS

DEADLINE = [key for key, _ in COLUMNS].index("deadline")
LATE = "2026-03-11T17:00:00+08:00"


def _cell(screen, number, role=Qt.ItemDataRole.DisplayRole):
    rows = [screen.model.row_at(i).number for i in range(screen.model.rowCount())]
    return screen.model.index(rows.index(number), DEADLINE).data(role)


def test_list_colours_remaining_time_and_filters_overdue(qtbot, session):
    late = make_ticket(received_at=LATE)
    fresh = make_ticket(name="李雷", phone="13800138000", order="X2")
    screen = TicketListScreen(session)
    qtbot.addWidget(screen)
    assert _cell(screen, late).startswith("超时 ")
    assert _cell(screen, late, Qt.ItemDataRole.ForegroundRole) == DEADLINE_COLORS["overdue"]
    assert _cell(screen, fresh).startswith("剩 ")
    assert _cell(screen, fresh, Qt.ItemDataRole.ForegroundRole) == DEADLINE_COLORS["running"]
    row = next(r for r in screen.model.rows if r.number == fresh)
    warned = datetime.fromisoformat(row.deadline_warn).replace(tzinfo=None)
    screen.model.now = lambda: warned + timedelta(minutes=1)
    assert _cell(screen, fresh, Qt.ItemDataRole.ForegroundRole) == DEADLINE_COLORS["warning"]

    screen.overdue.setChecked(True)
    assert [r.number for r in screen.model.rows] == [late]
    assert "共 1 张" in screen.count_label.text()
    screen.overdue.setChecked(False)
    assert screen.model.rowCount() == 2


def test_status_bar_counts_overdue_tickets_and_f5_refreshes(qtbot, session, tmp_path):
    make_ticket(received_at=LATE)
    window = MainWindow(session, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    show_focused(qtbot, window)
    assert window.overdue_label.text() == "超时工单：1"
    make_ticket(name="李雷", phone="13800138000", order="X2", received_at=LATE)
    press(qtbot, Qt.Key.Key_F5)
    assert window.overdue_label.text() == "超时工单：2"


def test_detail_pause_resume_and_promise(qtbot, session, monkeypatch):
    number = make_ticket()
    screen = TicketDetailScreen(session)
    qtbot.addWidget(screen)
    screen.load(number)
    panel = screen.deadlines
    assert panel.states == {"first_reply": "running", "solution": "running"}
    assert panel.pause_button.isEnabled() and not panel.resume_button.isEnabled()

    monkeypatch.setattr(panel, "ask_pause_reason", lambda: "补充照片")
    panel.pause_button.click()
    pause = TicketPause.get()
    assert pause.reason == "补充照片" and pause.ended_at is None
    assert panel.states["solution"] == "paused" and panel.resume_button.isEnabled()
    assert "等待客户：补充照片" in panel.pause_note.text()
    assert "暂停计时，等待客户：补充照片" in screen.timeline.item(
        screen.timeline.count() - 1).text()

    panel.resume_button.click()
    assert TicketPause.get().ended_at is not None
    assert panel.states["solution"] == "running" and panel.pause_button.isEnabled()

    when = (datetime.now(timezone.utc) + timedelta(days=2)).replace(second=0, microsecond=0)
    monkeypatch.setattr(panel, "ask_promise", lambda: when)
    panel.promise_button.click()
    ticket_id = Ticket.get(Ticket.number == number).id
    promised = TicketDeadlineRow.get((TicketDeadlineRow.ticket == ticket_id)
                                     & (TicketDeadlineRow.kind == "promised"))
    assert promised.due_at == when.replace(tzinfo=None) and promised.due_at > utcnow()
    assert panel.states["promised"] == "running"
    assert get_ticket(number).version == 4


def test_detail_clock_action_on_a_stale_view_shows_the_conflict(qtbot, session, monkeypatch):
    number = make_ticket()
    screen = TicketDetailScreen(session)
    qtbot.addWidget(screen)
    screen.load(number)
    from aftersales_desktop.services.tickets import update_ticket

    update_ticket(number, {"priority": "urgent"})
    monkeypatch.setattr(screen.deadlines, "ask_pause_reason", lambda: "补充照片")
    screen.deadlines.pause_button.click()
    assert TicketPause.select().count() == 0
    assert "保存前已有人修改了这张工单" in screen.message.text()
