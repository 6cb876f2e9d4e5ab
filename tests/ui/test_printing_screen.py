"""打印: choose, preview (rendered on a worker thread), print through QPrinter, save, cancel,
bad input under its field; 设置 › 单位信息."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter

from aftersales_desktop.services.company import company_name
from tests.ui.conftest import press, show_focused, type_text
from tests.unit.pdf_checks import pages_text
from tests.unit.printing_helpers import COMPANY, build_office
from ui.main_window import MainWindow
from ui.printing_screen import PrintingScreen


@pytest.fixture
def office(session):
    return build_office()


@pytest.fixture
def screen(qtbot, session, office):
    return show_focused(qtbot, PrintingScreen(session))


def wait_idle(qtbot, screen, timeout=15000):
    qtbot.waitUntil(lambda: screen.thread is None, timeout=timeout)


def test_register_preview_by_keyboard_then_save(qtbot, screen, office, tmp_path, monkeypatch):
    register = screen.panels["register"]
    register.date_from.setDate(QDate(office.first_day))
    register.category.setCurrentIndex(register.category.findText("物流配送问题"))
    register.date_from.setFocus()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, screen)
    assert screen.preview.page_count() == 1 and not screen.preview.image.pixmap().isNull()
    assert "客户投诉登记表：共 1 页" in screen.status.text()
    text = "".join(pages_text(screen.pdf))
    assert office.logistics in text and office.quality not in text and COMPANY in text
    target = tmp_path / "登记表"
    monkeypatch.setattr(screen, "ask_save_path", lambda: str(target))
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = Path(str(target) + ".pdf")
    assert saved.read_bytes() == screen.pdf and "已保存" in screen.status.text()


def test_print_renders_first_and_sends_every_page_to_the_printer(qtbot, screen, office,
                                                                 tmp_path, monkeypatch):
    screen.choose("ticket")
    screen.focus_first_field()
    type_text(qtbot, office.logistics.lower())
    spool = tmp_path / "printed.pdf"

    def printer_to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(spool))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(screen, "ask_printer", printer_to_file)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # nothing rendered yet
    wait_idle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.printer_job is None, timeout=15000)
    assert "已发送到打印机：2 页" in screen.status.text()
    assert len(pages_text(spool.read_bytes())) == screen.preview.page_count() == 2


def test_bad_input_is_shown_under_its_field_and_nothing_rendered(qtbot, screen, office):
    screen.choose("exception-report")
    screen.focus_first_field()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    panel = screen.panels["exception-report"]
    assert panel.errors["number"].isVisible() and screen.pdf is None
    type_text(qtbot, office.quality)  # a ticket without an exception report
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, screen)
    assert "has no exception report" in screen.status.text() and screen.pdf is None
    assert panel.number.text() == office.quality  # what the user typed stays
    screen.choose("register")
    register = screen.panels["register"]
    register.date_to.setDate(QDate(office.first_day).addDays(-3))
    screen.render()
    assert register.errors["to"].isVisible() and screen.thread is None


def test_cancel_stops_a_long_render(qtbot, screen, office, monkeypatch):
    from aftersales_desktop.printing import documents

    started = []

    def slow(f, job, *args):
        for page in range(1, 10_000):
            started.append(page)
            job.step(page, 10_000, "排版")
            time.sleep(0.005)
        return b""

    monkeypatch.setattr(documents, "register_pdf", slow)
    screen.render()
    qtbot.waitUntil(lambda: len(started) > 3, timeout=5000)
    assert screen.cancel_button.isEnabled() and not screen.preview_button.isEnabled()
    assert "正在排版" in screen.status.text() or "正在读取" in screen.status.text()
    press(qtbot, Qt.Key.Key_Escape)
    wait_idle(qtbot, screen)
    assert screen.status.text() == "已取消" and screen.pdf is None
    assert screen.preview_button.isEnabled() and len(started) < 9_000


def test_company_page_and_the_printing_area_in_the_window(qtbot, session, office, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = show_focused(qtbot, MainWindow(session, settings))
    window.show_area("settings")
    page = window.screen("settings").open("单位信息")
    assert page is window.screen("settings").company and page.isVisible()
    name = page.fields["company.name"]
    name.setFocus()
    name.selectAll()
    type_text(qtbot, "很" * 70)
    press(qtbot, Qt.Key.Key_Return)
    assert page.errors["company.name"].isVisible() and company_name() == COMPANY
    assert "最多 60 个字" in page.errors["company.name"].text()
    assert name.text() == "很" * 70  # what was typed stays
    qtbot.mouseClick(page.reset_buttons["company.name"], Qt.MouseButton.LeftButton)
    assert company_name() is None and name.text() == ""
    assert page.defaults["company.name"].text() == "默认：（未设置）"
    assert not page.reset_buttons["company.name"].isEnabled()
    window.show_area("printing")
    printing = window.screen("printing")
    assert window.stack.currentWidget() is printing
    assert printing.company_warning.isVisible()
    assert printing.documents.item(5).flags() & Qt.ItemFlag.ItemIsEnabled  # 奖罚通知书, from 奖罚


def test_full_phones_only_for_who_may_print_them(qtbot, session, office):
    from ui.session import Session

    admin = show_focused(qtbot, PrintingScreen(session))
    admin.panels["register"].date_from.setDate(QDate(office.first_day))
    admin.panels["register"].unmasked.setChecked(True)
    admin.render()
    wait_idle(qtbot, admin)
    assert "13912345678" in "".join(pages_text(admin.pdf))
    handler = PrintingScreen(Session.for_staff("zhang", session.location))
    qtbot.addWidget(handler)
    assert all(panel.unmasked is None for key, panel in handler.panels.items()
               if key in ("register", "ticket", "exception-report"))
