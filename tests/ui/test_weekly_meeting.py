"""统计 › 客诉分析例会: a week typed and stepped through by keyboard, its figures on screen, a
countermeasure refused and then added, marked done; the pack from the 打印 screen. Asserts on
what the database holds."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from aftersales_desktop.storage.models_meeting import ActionItem
from tests.ui.conftest import press, show_focused, type_text
from tests.unit.pdf_checks import pages_text
from tests.unit.weekly_helpers import WEEK, build_weeks
from ui.printing_screen import PrintingScreen
from ui.statistics_screen import StatisticsScreen


@pytest.fixture
def page(qtbot, session):
    build_weeks()
    screen = show_focused(qtbot, StatisticsScreen(session))
    page = screen.weekly
    screen.setCurrentWidget(page)  # read when first shown
    qtbot.waitUntil(lambda: page.pack is not None and not page.loading, timeout=10000)
    yield page  # the screen stays referenced while the test runs


def _go(qtbot, page, text: str) -> None:
    page.week_edit.setFocus()
    page.week_edit.selectAll()
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_a_week_typed_and_stepped_shows_its_figures(qtbot, page):
    _go(qtbot, page, WEEK)
    assert page.week_label.text() == "2026年第41周（10月5日—10月11日）"
    rows = [[page.sections.compare.item(r, c).text() for c in range(5)]
            for r in range(page.sections.compare.rowCount())]
    assert rows[0] == ["物流配送问题", "3", "1", "+2", "0.50"]
    assert rows[-1] == ["合计", "4", "2", "+2", "1.00"]
    assert "本周受理客诉 4 件" in page.summary.text()
    page.sections.breakdown.setCurrentIndex(page.sections.breakdown.findData("by_carrier"))
    assert _column(page.sections.compare, 0) == ["顺丰速运", "（未填承运商）", "中通快递", "合计"]
    assert page.sections.overdue.rowCount() == 2 and page.sections.escalated.rowCount() == 1
    page.week_edit.setFocus()
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not page.loading and page.week.code == "2026-W40", timeout=10000)
    assert page.pack.total.this_week == 2 and page.week_edit.text() == "2026-W40"
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not page.loading and page.week.code == WEEK, timeout=10000)
    _go(qtbot, page, "2026-W99")
    assert page.week_error.isVisible() and "2026 年只有第 1 到第 53 周" in page.week_error.text()
    assert page.week.code == WEEK and page.pack.week.code == WEEK


def test_countermeasures_are_checked_inline_added_and_marked_done(qtbot, page):
    _go(qtbot, page, WEEK)
    page.sections.setCurrentIndex(3)
    panel = page.actions
    qtbot.mouseClick(panel.buttons["new"], Qt.MouseButton.LeftButton)
    assert panel.errors["text"].isVisible() and "请填写对策内容" in panel.errors["text"].text()
    assert ActionItem.select().count() == 0
    panel.fields["text"].setFocus()
    type_text(qtbot, "顺丰浦东分拨加固大件包装")
    qtbot.mouseClick(panel.buttons["new"], Qt.MouseButton.LeftButton)
    assert panel.errors["owner"].isVisible() and ActionItem.select().count() == 0
    owner = panel.fields["owner"]
    owner.setCurrentIndex(owner.findData("admin"))
    panel.fields["deadline"].setDate(QDate(2026, 10, 1))
    qtbot.mouseClick(panel.buttons["new"], Qt.MouseButton.LeftButton)
    assert "不能早于例会所在周的周一" in panel.errors["deadline"].text()
    assert panel.fields["text"].text() == "顺丰浦东分拨加固大件包装"  # nothing typed is lost
    panel.fields["deadline"].setDate(QDate(2026, 10, 16))
    qtbot.mouseClick(panel.buttons["new"], Qt.MouseButton.LeftButton)
    item = ActionItem.get()
    assert (item.text, item.owner.login, item.deadline, item.week_start, item.done_on) == (
        "顺丰浦东分拨加固大件包装", "admin", date(2026, 10, 16), date(2026, 10, 5), None)
    assert panel.new_table.rowCount() == 1 and "已保存对策" in panel.message.text()
    assert _column(panel.new_table, 6) == ["进行中"]
    panel.new_table.selectRow(0)
    panel.fields["done_on"].setDate(QDate(2026, 10, 14))
    qtbot.mouseClick(panel.buttons["done"], Qt.MouseButton.LeftButton)
    assert ActionItem.get().done_on == date(2026, 10, 14)
    assert _column(panel.new_table, 6) == ["进行中"]  # as on Sunday 11 October
    _go(qtbot, page, "2026-W42")
    assert _column(page.actions.carried_table, 6) == ["已完成"]
    assert "逾期 0" in page.sections.tabText(3)


def test_the_pack_from_the_printing_screen(qtbot, session):
    build_weeks()
    screen = show_focused(qtbot, PrintingScreen(session))
    screen.choose("weekly")
    screen.focus_first_field()
    page = screen.panels["weekly"]
    page.week.selectAll()
    type_text(qtbot, "2026-47")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.errors["week"].isVisible() and "不是有效的周次" in page.errors["week"].text()
    page.week.selectAll()
    type_text(qtbot, WEEK)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.thread is None, timeout=20000)
    assert "2026年第41周" in "".join(pages_text(screen.pdf))


def test_progress_shows_while_a_slow_week_is_read(qtbot, page, monkeypatch):
    import ui.weekly_meeting_page as module

    gate, real = threading.Event(), module.weekly_pack

    def slow(week, actor, progress):
        gate.wait(20)
        return real(week, actor, progress)

    monkeypatch.setattr(module, "weekly_pack", slow)
    monkeypatch.setattr(module, "SHOW_PROGRESS_MS", 0)
    page.step(-1)
    qtbot.waitUntil(page.progress.isVisible, timeout=5000)
    assert "正在统计" in page.status.text() and page.loading
    gate.set()
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert not page.progress.isVisible() and page.pack.week == page.week
