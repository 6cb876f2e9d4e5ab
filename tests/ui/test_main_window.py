"""The main window end to end: type a ticket, find it by two characters, open it, timeline."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from aftersales_desktop.services.ticket_list import TicketFilter, list_page
from aftersales_desktop.services.ticket_queries import get_ticket
from tests.ui.conftest import press, show_focused, type_text
from ui.main_window import AREAS, BUILT, MainWindow


def _window(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return show_focused(qtbot, MainWindow(session, settings)), settings


def test_type_find_open_and_read_the_timeline(qtbot, session, tmp_path):
    window, _ = _window(qtbot, session, tmp_path)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.entry
    type_text(qtbot, "13812345678")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "李雷")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "洗衣机漏水")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    number = window.entry.last_number
    assert get_ticket(number).customer.name == "李雷"

    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.tickets
    type_text(qtbot, "漏水")
    qtbot.waitUntil(lambda: window.tickets.model.rowCount() == 1, timeout=3000)
    assert [r.number for r in list_page(TicketFilter(search="漏水"))] == [number]
    window.tickets.table.setFocus()
    window.tickets.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.detail
    assert window.detail.title.text() == number
    assert window.detail.timeline.item(0).text().startswith("系统管理员 受理了工单")


def test_navigation_status_bar_and_remembered_area(qtbot, session, tmp_path):
    window, settings = _window(qtbot, session, tmp_path)
    for row, (key, _) in enumerate(AREAS):
        item = window.nav.item(row)
        enabled = bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        assert enabled == (key in BUILT)
        if key not in BUILT:
            assert item.toolTip() == "将在后续版本提供"
    assert session.location.display in window.location_label.text()
    assert "系统管理员" in window.staff_label.text()
    assert window.overdue_label.text() == "超时工单：0"
    window.find()
    window.close()
    assert settings.value("main/area") == "tickets"
    again = MainWindow(session, settings)
    qtbot.addWidget(again)
    assert again.stack.currentWidget() is again.tickets


def test_first_start_on_an_empty_database_offers_demo_data_once(qtbot, session, tmp_path,
                                                                 monkeypatch, quick_hashes):
    from PySide6.QtWidgets import QMessageBox

    from aftersales_desktop.services.auth import change_password, login, setup_administrator
    from ui import app

    setup_administrator("admin pass 2026")  # the window signs in before it offers demo data
    monkeypatch.setattr(app, "DEMO_TICKETS", 20)
    asked, shown = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    window, settings = _window(qtbot, session, tmp_path)
    assert app.offer_demo(window, settings)
    assert len(list_page(TicketFilter(), 100)) == 20
    assert window.tickets.model.rowCount() == 20
    assert not app.offer_demo(window, settings) and len(asked) == 1
    # the demo staff's initial password, shown once, signs them in; they must set their own
    password = shown[0].split("：")[1].split()[0]
    signed = login("clerk01", password)
    assert signed.staff.role == "clerk" and signed.must_change_password
    change_password("clerk01", password, "mein-neues-9")
    assert not login("clerk01", "mein-neues-9").must_change_password
