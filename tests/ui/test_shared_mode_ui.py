"""Several desks: a ticket another process creates appears in the open list within the poll; an
edit made elsewhere shows on the open ticket without losing what is typed here; a save whose
connection died says so, keeps the form, and the retry saves."""
from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import QSettings, Qt

from aftersales_desktop.services import tickets
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.storage.server_db import ConnectionLost
from tests.ui.conftest import make_ticket, press, show_focused, type_text
from ui.change_watcher import ChangeWatcher
from ui.entry_screen import EntryScreen
from ui.main_window import MainWindow

TICKET = {"channel": "wechat", "customer": {"name": "李雷", "phone": "13800138000"},
          "problem": {"description": "另一台电脑受理的工单"}}


def _window(qtbot, session, tmp_path, interval_ms=150):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return show_focused(qtbot, MainWindow(session, settings,
                                          watcher=ChangeWatcher(interval_ms=interval_ms)))


def test_a_ticket_made_at_another_desk_appears_in_the_list(qtbot, session, tmp_path):
    mine = make_ticket()
    window = _window(qtbot, session, tmp_path)
    window.show_area("tickets")
    window.tickets.table.selectRow(0)
    assert window.tickets.model.rowCount() == 1

    other = subprocess.run(
        [sys.executable, "-m", "aftersales_desktop", "--db", session.location.target,
         "ticket", "create", "--json", "-"], input=json.dumps(TICKET, ensure_ascii=False),
        capture_output=True, text=True, timeout=60)
    assert other.returncode == 0, other.stderr

    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == 2, timeout=5000)
    selected = window.tickets.model.row_at(window.tickets.table.currentIndex().row())
    assert selected.number == mine  # the selection stays on the same ticket


def test_an_edit_elsewhere_shows_on_the_open_ticket_and_keeps_the_typing(qtbot, session,
                                                                           tmp_path):
    number = make_ticket()
    window = _window(qtbot, session, tmp_path, interval_ms=60_000)
    window.open_ticket(number)
    model = window.detail.editor.fields["order.model"]
    model.setFocus()
    type_text(qtbot, "MB-40S")
    tickets.update_ticket(number, {"priority": "urgent"})  # another desk, same moment

    assert window.watcher.poll()

    detail = window.detail
    assert detail.view.version == 2 and "其他人刚修改了这张工单" in detail.message.text()
    assert "紧急" in detail.message.text() and model.text() == "MB-40S"
    detail.save_button.click()
    saved = get_ticket(number)
    assert (saved.version, saved.priority, saved.sections["order"]["model"]) == \
        (3, "urgent", "MB-40S")


def test_a_save_whose_connection_died_keeps_the_form_and_the_retry_saves(qtbot, session,
                                                                        monkeypatch):
    screen = show_focused(qtbot, EntryScreen(session))
    screen.focus_first_field()
    type_text(qtbot, "13812345678")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "李雷")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "洗衣机漏水")
    real, calls = tickets.create_ticket, []

    def flaky(data, actor="admin"):
        calls.append(data["client_id"])
        if len(calls) == 1:
            raise ConnectionLost("db.example:5432", OSError("server closed the connection"))
        return real(data, actor)

    monkeypatch.setattr(tickets, "create_ticket", flaky)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "没有保存任何内容" in screen.general_error.text()
    assert screen.form.fields["customer.name"].text() == "李雷"
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert calls[0] == calls[1]  # the same client id: a retry cannot make two tickets
    assert get_ticket(screen.last_number).customer.name == "李雷"


def test_a_database_on_a_network_share_is_explained_at_start(qtbot, data_dir, tmp_path,
                                                            monkeypatch):
    from aftersales_desktop.storage import network_path
    from ui import app
    from ui.database_problem_dialog import DatabaseProblemDialog

    mounts = tmp_path / "mounts"
    mounts.write_text(f"//nas/售后 {tmp_path / 'share'} cifs rw 0 0\n", encoding="utf-8")
    monkeypatch.setattr(network_path, "MOUNTS_FILE", str(mounts))
    monkeypatch.setattr(network_path, "system", lambda: "linux")
    shown = []

    def refuse(dialog):
        shown.append(dialog)
        return DatabaseProblemDialog.DialogCode.Rejected

    monkeypatch.setattr(DatabaseProblemDialog, "exec", refuse)
    assert app.open_or_explain(str(tmp_path / "share" / "desk.sqlite3")) is None
    (dialog,) = shown
    text = dialog.problem.text()
    assert "网络文件系统" in text and "PostgreSQL" in text
    assert dialog.page.host.isVisibleTo(dialog)  # the way out is right there
