"""Login, first start and own password by keyboard; what a role's window offers."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialog

from aftersales_desktop.services import auth
from aftersales_desktop.storage.models import AuditEvent, Staff
from tests.ui.conftest import make_ticket, press, show_focused, type_text
from tests.unit.auth_helpers import person
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.session import Session
from ui.setup_dialog import SetupDialog


@pytest.fixture
def protected(sqlite_db, quick_hashes):
    auth.setup_administrator("admin pass 1")
    return sqlite_db


def test_wrong_password_says_so_keeps_the_login_and_the_right_one_signs_in(qtbot, protected):
    dialog = show_focused(qtbot, LoginDialog("", protected.display))
    type_text(qtbot, "admin")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "guess guess")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.isVisible() and dialog.message.text() == auth.WRONG
    assert dialog.login.text() == "admin" and dialog.password.text() == ""
    assert dialog.password.hasFocus() and dialog.result() != QDialog.DialogCode.Accepted
    type_text(qtbot, "admin pass 1")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.signed_in.login == "admin"
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity == "staff")]
    assert actions[-2:] == ["login_failed", "login"]


def test_five_wrong_passwords_lock_the_login(qtbot, protected):
    dialog = show_focused(qtbot, LoginDialog("admin", protected.display))
    for _ in range(auth.MAX_FAILURES):
        dialog.password.setText("wrong pass")
        dialog.ok.click()
    assert "锁定至" in dialog.message.text()
    dialog.password.setText("admin pass 1")
    dialog.ok.click()
    assert "锁定至" in dialog.message.text() and dialog.signed_in is None


def test_after_a_reset_the_person_sets_their_own_password_first(qtbot, protected):
    person("clerk1", "clerk")
    auth.reset_password("admin", "clerk1", "given pass 1")
    dialog = show_focused(qtbot, LoginDialog("clerk1", protected.display))

    def choose():
        asked = dialog.password_dialog
        asked.new.setText("my own pass 2")
        asked.again.setText("my own pass 2")
        asked.save()

    QTimer.singleShot(0, choose)
    type_text(qtbot, "given pass 1")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.signed_in.login == "clerk1"
    assert not auth.login("clerk1", "my own pass 2").must_change_password


def test_first_start_sets_the_admin_password_by_keyboard(qtbot, sqlite_db, quick_hashes):
    dialog = show_focused(qtbot, SetupDialog(sqlite_db.display))
    type_text(qtbot, "first pass 1")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "first pass 2")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == "两次输入的密码不一致" and not auth.is_protected()
    dialog.again.setText("first pass 1")
    dialog.single_user.setChecked(True)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.admin.login == "admin"
    assert auth.startup_mode() == "single_user"
    assert auth.login("admin", "first pass 1").staff.role == "admin"


def _window(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return show_focused(qtbot, MainWindow(session, settings))


def _enabled(window, key: str) -> bool:
    from ui.main_window import AREAS

    row = [k for k, _ in AREAS].index(key)
    return bool(window.nav.item(row).flags() & Qt.ItemFlag.ItemIsEnabled)


def test_a_clerks_window_offers_what_a_clerk_does(qtbot, sqlite_db, tmp_path):
    person("clerk1", "clerk")
    number = make_ticket(path=("verified",))
    session = Session.for_staff("clerk1", sqlite_db)
    window = _window(qtbot, session, tmp_path)
    assert _enabled(window, "entry") and not _enabled(window, "classification")
    assert not _enabled(window, "settings") and "客服专员" in window.staff_label.text()
    window.show_area("settings")
    assert window.built("settings") is None
    window.open_ticket(number)
    assert window.detail.title.text() == number
    assert "classified" not in window.detail.action_buttons  # 确认分类 is the classifiers'
    assert "rejected" not in window.detail.action_buttons
    assert window.detail.findChild(type(window.detail.save_button), "action_reveal") is None
    assert "139****5678" in window.detail.info.text()


def test_an_analyst_starts_on_the_ticket_list(qtbot, sqlite_db, tmp_path):
    person("analyst1", "analyst")
    number = make_ticket()
    window = _window(qtbot, Session.for_staff("analyst1", sqlite_db), tmp_path)
    assert window.current_area() == "tickets" and not _enabled(window, "entry")
    window.open_ticket(number)
    assert not window.detail.editor.isEnabled() and window.detail.action_buttons == {}


def test_reveal_on_the_ticket_shows_the_full_phone_and_is_audited(qtbot, session, tmp_path):
    number = make_ticket()
    window = _window(qtbot, session, tmp_path)
    window.open_ticket(number)
    assert "139****5678" in window.detail.info.text()
    window.detail.reveal_button.click()
    assert "13912345678" in window.detail.info.text()
    assert AuditEvent.select().where(AuditEvent.action == "reveal").count() == 1
    window.open_ticket(number)
    assert "139****5678" in window.detail.info.text()
    assert Staff.select().count() == 1
