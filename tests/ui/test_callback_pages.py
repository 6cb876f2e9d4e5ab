"""已解决… from the ticket detail, 设置 › 回访设置, and 回访 in the main window: driven by keys and
clicks, asserted on the database."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from aftersales_desktop.services.callback_settings import load_settings
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.storage.models import AuditEvent
from aftersales_desktop.storage.models_callback import CallbackTask, Resolution
from tests.ui.conftest import press, show_focused, type_text
from tests.unit.callback_helpers import add_callback_crew, ticket_in_progress
from ui.settings_form_page import SettingsFormPage
from ui.main_window import MainWindow
from ui.session import Session


def test_resolve_asks_how_and_what_was_done_then_the_callback_waits(qtbot, sqlite_db, tmp_path):
    add_callback_crew()
    number = ticket_in_progress()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = show_focused(qtbot, MainWindow(Session.for_staff("zhang", sqlite_db), settings))
    window.open_ticket(number)
    window.detail.action_buttons["resolved"].click()
    dialog = window.detail.resolve_dialog
    qtbot.waitUntil(dialog.isVisible)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # nothing chosen: refused under the field, nothing written
    assert dialog.isVisible() and dialog.errors["how"].isVisible()
    assert get_ticket(number).state == "in_progress"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.how.setFocus()
    assert QApplication.focusWidget() is dialog.how
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # 退款
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "已原路退款 299 元")
    ok.click()
    assert not dialog.isVisible()
    assert get_ticket(number).state == "resolved"
    row = Resolution.get()
    assert (row.how, row.note, row.staff.login) == ("refund", "已原路退款 299 元", "zhang")
    assert CallbackTask.get().assignee.login == "sun"
    assert any("处理结果：已原路退款 299 元" in window.detail.timeline.item(i).text()
               for i in range(window.detail.timeline.count()))

    window.session = Session.for_staff("sun", sqlite_db)  # the clerk's desk
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_area("callback")
    screen = window.screen("callback")
    assert window.stack.currentWidget() is screen
    assert QApplication.focusWidget() is screen.queue_list
    screen.refresh()
    assert screen.call.number == number and "已原路退款 299 元" in screen.script.text()
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.detail


def test_settings_page_saves_and_refuses_by_field(qtbot, sqlite_db):
    page = show_focused(qtbot, SettingsFormPage(Session.for_staff("admin", sqlite_db), "callback"))
    page.fields["callback.max_attempts"].setValue(5)
    assign = page.fields["callback.assign_to"]
    assign.setCurrentIndex(assign.findData("group"))
    repair = page.fields["callback.revisit.repair"]
    repair.setFocus()
    repair.selectAll()
    type_text(qtbot, "3,3")
    page.save_button.click()
    assert page.errors["callback.revisit.repair"].isVisible()
    assert "不能重复" in page.errors["callback.revisit.repair"].text()
    assert QApplication.focusWidget() is repair and repair.text() == "3,3"
    assert load_settings().max_attempts == 3  # nothing written
    repair.selectAll()
    type_text(qtbot, "3,14")
    qtbot.keyClick(repair, Qt.Key.Key_Return)  # Enter in a field saves the page
    settings = load_settings()
    assert (settings.max_attempts, settings.assign_to, settings.revisit_days["repair"]) == \
        (5, "group", (3, 14))
    assert "已保存 3 项" in page.message.text()
    assert AuditEvent.select().where(AuditEvent.entity == "setting").count() == 3
    assert page.defaults["callback.max_attempts"].text() == "默认：3"
    assert page.reset_buttons["callback.max_attempts"].isEnabled()
    script = page.fields["callback.script"]
    script.setPlainText(script.toPlainText() + "{工单号}")
    page.save_button.click()
    assert "未知的占位符" in page.errors["callback.script"].text()
