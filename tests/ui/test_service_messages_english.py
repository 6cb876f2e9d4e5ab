"""In English the messages the services build — refusals, permission and sign-in errors, the
ticket timeline, the audit log's words — show in English on the widgets (ui/messages.py)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services import auth, staff_admin, tickets
from tests.ui.conftest import make_ticket, press, show_focused, type_text
from tests.ui.test_language import english, restored  # noqa: F401 (fixtures)
from tests.unit.auth_helpers import person
from ui.audit_page import AuditPage
from ui.login_dialog import LoginDialog
from ui.messages import message_text
from ui.staff_page import StaffPage
from ui.ticket_detail_screen import TicketDetailScreen

HAN = re.compile(r"[\u3400-\u9fff]")


def test_staff_page_refusals_in_english(qtbot, session, english):
    page = show_focused(qtbot, StaffPage(session))
    page.refresh(select="admin")
    page.active_button.click()
    assert page.message.text() == "You cannot deactivate your own account"
    page.new_button.click()
    type_text(qtbot, "9bad")
    page.fields["name"].setText("孙丽")
    page.fields["password"].setText("first pass 1")
    page.save_button.click()
    shown = [label.text() for label in page.errors.values() if label.isVisible()]
    shown.append(page.message.text())
    assert any(text.startswith("Login: 2–40 lowercase letters") for text in shown), shown
    assert not any(HAN.search(text) for text in shown if text), shown


def test_wrong_password_in_english(qtbot, sqlite_db, quick_hashes, english):
    auth.setup_administrator("admin pass 1")
    dialog = show_focused(qtbot, LoginDialog("", sqlite_db.display))
    type_text(qtbot, "admin")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "guess guess")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.message.text() == "Wrong login or password"


def test_permission_refusal_names_role_and_right_in_english(session, english):
    number = make_ticket()
    person("clerk1", "clerk")
    with pytest.raises(PermissionDenied) as refused:
        tickets.transition(number, "rejected", actor="clerk1", reason="无效")
    assert "没有“分类、驳回”的权限" in refused.value.message  # the CLI and the audit: Chinese
    text = message_text(refused.value)
    assert "(Service clerk) does not have the permission “Classify, reject”" in text, text
    assert not HAN.search(text.replace(refused.value.params["name"], ""))


def test_a_list_of_labels_inside_a_message(session, english):
    with pytest.raises(ValidationError) as refused:
        staff_admin.add_staff("admin", "clerk7", {"name": "孙丽", "role": "chef"}, "first pass 1")
    text = message_text(refused.value)
    assert text.startswith("Please choose a role: Service clerk, "), text
    assert not HAN.search(text)


def test_timeline_in_english(qtbot, session, english):
    number = make_ticket(path=["verified"])
    tickets.update_ticket(number, {"priority": "urgent"})
    screen = TicketDetailScreen(session)
    qtbot.addWidget(screen)
    screen.show()
    assert screen.load(number)
    lines = [screen.timeline.item(i).text() for i in range(screen.timeline.count())]
    assert "took in the ticket, " in lines[0]
    assert any("changed the state from Received to Verified, " in line for line in lines), lines
    assert not any(HAN.search(line) for line in lines), lines


def test_audit_log_words_in_english(qtbot, session, english):
    number = make_ticket()
    tickets.transition(number, "verified")
    page = show_focused(qtbot, AuditPage(session))
    page.ticket.setFocus()
    type_text(qtbot, number)
    press(qtbot, Qt.Key.Key_Return)
    shown = {tuple(page.model.data(page.model.index(row, column)) for column in (4, 5))
             for row in range(page.model.rowCount())}
    assert ("Status", "Received → Verified") in shown, shown


def test_upgrade_backup_refusal_in_english(english):
    from aftersales_desktop.storage.connection import UpgradeBackupError
    from aftersales_desktop.storage.upgrade_backup import CLI_SKIP, ENV_SKIP, NOT_BACKED_UP

    exc = UpgradeBackupError(NOT_BACKED_UP, where="postgresql://desk@db:5432/aftersales", current=16,
                             latest=17, problem="pg_dump not found", server="15",
                             folder="/data/backups", env=ENV_SKIP, flag=CLI_SKIP)
    shown = message_text(exc)
    assert shown.startswith("The database (postgresql://desk@db:5432/aftersales) must be "
                            "upgraded from schema version 16 to 17"), shown
    assert "postgresql-client-15" in shown and f"{ENV_SKIP}=1" in shown
    assert not HAN.search(shown), shown
