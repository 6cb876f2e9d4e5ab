"""The program's start: the window's frame is shown first, the database opened and the sign-in
asked after its first paint; a database that cannot be opened is reported and ends the
program. (The sign-in dialogs themselves: test_sign_in_ui.py.)"""
from __future__ import annotations

from argparse import Namespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from aftersales_desktop.services.intake import has_tickets
from tests.pg.test_upgrade_backup import OLD, _version, old_schema  # noqa: F401 (fixture)
from ui import app, sign_in


@pytest.fixture
def started(qtbot, tmp_path, monkeypatch, data_dir):
    """start() as `aftersales` runs it, with settings in tmp_path and no deadline timer."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(app, "QSettings", lambda *_: settings)
    monkeypatch.setenv("AFTERSALES_NO_SCHEDULER", "1")
    signed_in = []  # the login the dialog would return, per start
    monkeypatch.setattr(sign_in, "signed_in_login",
                        lambda location, hint=None: signed_in.append(hint) or signed_in_as[0])
    signed_in_as = ["admin"]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)

    def start(db: str, actor: str | None = "admin"):
        signed_in_as[0] = actor
        window = app.start(Namespace(db=db, actor=actor))
        qtbot.addWidget(window)
        return window, asked
    return start


def test_the_frame_is_shown_first_and_filled_after_its_first_paint(qtbot, tmp_path, started):
    db = str(tmp_path / "desk.sqlite3")
    window, asked = started(db)
    assert window.isVisible() and window.session is None
    assert window.location_label.text() == "正在打开数据库…"
    window.new_ticket()  # nothing to show yet: nothing happens, nothing breaks
    assert window.stack.count() == 0
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)
    assert db in window.location_label.text()
    assert "系统管理员" in window.staff_label.text()
    qtbot.waitUntil(lambda: window.overdue_label.text() == "超时工单：0", timeout=3000)
    assert window.stack.currentWidget() is window.entry
    assert len(asked) == 1 and not has_tickets()  # the empty database offered demo data


def test_a_database_that_cannot_be_opened_is_reported_and_ends_with_status_2(
        qtbot, tmp_path, started, monkeypatch):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database" * 100)
    shown, codes = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: codes.append(code))
    window, _ = started(str(broken))
    qtbot.waitUntil(lambda: codes == [2], timeout=5000)
    assert shown[0].startswith("无法打开数据库：") and window.session is None


def test_an_unknown_staff_member_is_reported(qtbot, tmp_path, started, monkeypatch):
    shown, codes = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: codes.append(code))
    window, _ = started(str(tmp_path / "desk.sqlite3"), actor="nobody")
    qtbot.waitUntil(lambda: codes == [2], timeout=5000)
    assert shown[0].startswith("无法以该人员身份登录：") and window.session is None


def test_quitting_the_sign_in_ends_the_program_with_status_0(qtbot, tmp_path, started,
                                                             monkeypatch):
    codes = []
    monkeypatch.setattr(QApplication, "exit", lambda code=0: codes.append(code))
    window, _ = started(str(tmp_path / "desk.sqlite3"), actor=None)
    qtbot.waitUntil(lambda: codes == [0], timeout=5000)
    assert window.session is None


def test_an_upgrade_without_its_backup_is_refused_in_the_window(
        qtbot, started, monkeypatch, old_schema):
    """Shared mode, an older schema, no pg_dump: the window says what to install, and the
    schema stays at its version."""
    from aftersales_desktop.storage import pg_tools

    monkeypatch.setattr(pg_tools.shutil, "which", lambda tool, *a, **k: None)
    shown, codes = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QApplication, "exit", lambda code=0: codes.append(code))
    window, _ = started(old_schema)
    qtbot.waitUntil(lambda: codes == [2], timeout=10000)
    assert shown[0].startswith("无法打开数据库：数据库（postgresql://")
    assert "pg_dump not found" in shown[0] and "PostgreSQL 客户端工具" in shown[0]
    assert window.session is None and _version(old_schema) == OLD
