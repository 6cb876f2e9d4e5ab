"""`aftersales --report-startup --screenshot PNG` (ui/startup_report.py): the stages a start
went through, as JSON lines, with nobody at the screen; dialogs are cancelled as with Esc."""
from __future__ import annotations

import json
from argparse import Namespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from aftersales_desktop.cli.main import _window_options
from aftersales_desktop.services import auth
from aftersales_desktop.storage.connection import open_database
from tests.ui.conftest import make_ticket
from ui import app


@pytest.fixture
def start(qtbot, tmp_path, monkeypatch, data_dir, capsys):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(app, "QSettings", lambda *_: settings)
    monkeypatch.setenv("AFTERSALES_NO_SCHEDULER", "1")
    codes = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: codes.append(code))

    def run(db: str, shot):
        args = _window_options(["--db", db, "--report-startup", "--screenshot", str(shot)])
        window = app.start(args)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: bool(codes), timeout=20_000)
        lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        return window, lines, codes
    return run


def test_a_new_database_stops_at_the_first_run_setup(start, tmp_path):
    shot = tmp_path / "setup.png"
    window, lines, codes = start(str(tmp_path / "desk.sqlite3"), shot)
    dialogs = [line for line in lines if line["stage"] == "dialog"]  # painted: before or after
    assert len(dialogs) == 1 and {line["stage"] for line in lines} <= {"painted", "dialog"}
    assert dialogs[0]["dialog"] == "SetupDialog" and "首次启动" in dialogs[0]["title"]
    assert codes == [0] and window.session is None  # cancelled: nobody set a password
    image = QImage(str(shot))
    assert not image.isNull() and image.width() > 200


def test_a_single_user_database_reports_ready_with_the_window_and_the_daily_backup(
        start, tmp_path):
    db = str(tmp_path / "desk.sqlite3")
    handle, _ = open_database(db)
    auth.setup_administrator("Kefu-2026!", single_user=True)
    make_ticket()
    handle.close()
    shot = tmp_path / "ready.png"
    window, lines, codes = start(db, shot)
    assert [line["stage"] for line in lines] == ["painted", "ready"]  # in this order, no dialog
    ready = lines[-1]
    assert ready["login"] == "admin" and ready["area"] == "entry"
    assert ready["platform"] == "offscreen"  # fonts: make_app's, seen in the frozen test
    assert "自动备份已完成" in ready["status"]
    assert codes == [0] and not window.isVisible()
    assert QImage(str(shot)).size() == window.grab().size()


def test_the_flags_belong_to_the_window_not_to_a_command():
    assert _window_options(["--report-startup"]).report_startup is True
    assert _window_options(["--report-startup", "init"]) is None
