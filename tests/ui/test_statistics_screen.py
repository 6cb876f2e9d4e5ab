"""统计 by mouse and keyboard: presets change every chart, a click on a bar and a double-click
on a table row open exactly the tickets counted, export, progress while it computes, the
internal audit spot check drawn and reviewed. Asserts on the database and the files."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt

from aftersales_desktop.storage.models import AuditEvent
from aftersales_desktop.storage.models_spot_check import SpotCheck, SpotCheckItem
from tests.ui.conftest import show_focused, type_text
from tests.unit.auth_helpers import person
from tests.unit.statistics_helpers import add_handlers, add_ticket
from tests.unit.test_spot_checks import close
from ui import dashboard_tab
from ui.background import wait_for_background
from ui.main_window import MainWindow
from ui.session import Session
from ui.statistics_screen import StatisticsScreen

TODAY = date(2026, 12, 1)


@pytest.fixture
def tickets(sqlite_db, monkeypatch):
    monkeypatch.setattr(dashboard_tab, "local_today", lambda: TODAY)
    add_handlers()
    numbers = {
        "a": add_ticket("2026-11-02 09:00", resolved_h=2),
        "b": add_ticket("2026-11-03 09:00", "logistics", "仓储物流部", "li", "顺丰速运",
                        resolved_h=30),
        "c": add_ticket("2026-11-04 09:00", "logistics", "仓储物流部", "li", "顺丰速运",
                        resolved_h=40),
        "d": add_ticket("2026-11-30 09:00", state="in_progress"),
        "e": add_ticket("2026-10-20 09:00", resolved_h=3),
    }
    return sqlite_db, numbers


def ready(qtbot, tab) -> None:
    qtbot.waitUntil(lambda: tab.board is not None and not tab._running, timeout=10_000)


def counts(panel) -> dict:
    return {r.label: r.count for r in panel.chart_data.rows if r.count}


def window_on_statistics(qtbot, location, tmp_path, login="admin"):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = show_focused(qtbot, MainWindow(Session.for_staff(login, location), settings))
    window.show_area("statistics")
    tab = window.screen("statistics").dashboard
    ready(qtbot, tab)
    return window, tab


def test_a_preset_chosen_by_keyboard_changes_every_chart(qtbot, tickets, tmp_path):
    location, _ = tickets
    window, tab = window_on_statistics(qtbot, location, tmp_path)
    assert tab.board.total.count == 0  # 本月 of 2026-12-01: nothing yet
    tab.preset.setFocus()
    qtbot.keyClick(tab.preset, Qt.Key.Key_Up)  # 本月 → 本周
    qtbot.keyClick(tab.preset, Qt.Key.Key_Down)
    qtbot.keyClick(tab.preset, Qt.Key.Key_Down)  # 上月
    tab.board = None
    ready(qtbot, tab)
    assert tab.preset.currentText() == "上月"
    assert (tab.board.period.start, tab.board.period.end) == (date(2026, 11, 1),
                                                              date(2026, 11, 30))
    assert tab.board.total.count == 4
    assert counts(tab.panels["category"]) == {"商品质量问题": 2, "物流配送问题": 2}
    assert counts(tab.panels["carrier"]) == {"顺丰速运": 2, "（无承运商）": 2}
    assert counts(tab.panels["handling"]) == {"4小时内": 1, "1～3天": 2, "未解决": 1}
    assert "共 4 张工单" in tab.summary.text()
    tab.date_from.setFocus()
    tab.date_from.setSelectedSection(tab.date_from.Section.MonthSection)
    type_text(qtbot, "10")  # 2026-10-01 — the dates typed: 自定义
    tab.board = None
    ready(qtbot, tab)
    assert tab.preset.currentText() == "自定义"
    assert tab.board.total.count == 5


def test_a_click_on_a_bar_lists_exactly_its_tickets(qtbot, tickets, tmp_path):
    location, numbers = tickets
    window, tab = window_on_statistics(qtbot, location, tmp_path)
    tab.choose_preset("last_month")
    tab.board = None
    ready(qtbot, tab)
    panel = tab.panels["handling"]
    panel.view.resize(600, 300)
    chart = panel.view.chart()
    series = chart.series()[0]
    index = [r.key for r in panel.rows].index("d3")  # 1～3天: b and c
    scene = chart.mapToPosition(QPointF(index, 1), series)
    spot = panel.view.mapFromScene(scene)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.current_area() == "tickets"
    listed = {row.number for row in window.tickets.model.rows}
    assert listed == {numbers["b"], numbers["c"]}
    assert "处理时长分布：1～3天" in window.tickets.drill_label.text()
    qtbot.mouseClick(window.tickets.drill_clear, Qt.MouseButton.LeftButton)
    assert len(window.tickets.model.rows) == 4  # the period's dates stay, the bucket goes


def test_a_double_click_on_a_table_row_lists_its_tickets(qtbot, tickets, tmp_path):
    location, numbers = tickets
    window, tab = window_on_statistics(qtbot, location, tmp_path)
    tab.choose_preset("last_month")
    tab.board = None
    ready(qtbot, tab)
    panel = tab.panels["department"]
    tab.scroll.ensureWidgetVisible(panel)
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    table = panel.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "仓储物流部")
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert {row.number for row in window.tickets.model.rows} == {numbers["b"], numbers["c"]}


def test_export_to_excel_and_png(qtbot, tickets, tmp_path, monkeypatch):
    location, _ = tickets
    screen = show_focused(qtbot, StatisticsScreen(Session.for_staff("admin", location)))
    tab = screen.dashboard
    ready(qtbot, tab)
    tab.choose_preset("last_month")
    tab.board = None
    ready(qtbot, tab)
    target = tmp_path / "类别.xlsx"
    monkeypatch.setattr(dashboard_tab.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(tab.panels["category"].xlsx_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target).active
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert rows[0][:3] == ("项目", "工单数", "占比（%）")
    assert ("商品质量问题", 2, 50) == rows[1][:3] and rows[-1][:2] == ("合计", 4)
    assert AuditEvent.select().where(AuditEvent.action == "export").count() == 1
    picture = tmp_path / "chart.png"
    monkeypatch.setattr(dashboard_tab.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(picture), ""))
    qtbot.mouseClick(tab.panels["category"].png_button, Qt.MouseButton.LeftButton)
    assert picture.read_bytes()[:4] == b"\x89PNG"


def test_progress_shows_while_it_takes_longer_than_half_a_second(qtbot, tickets, monkeypatch):
    location, _ = tickets
    gate = threading.Event()
    real = dashboard_tab.dashboard

    def slow(actor, period):
        gate.wait(10)
        return real(actor, period)

    monkeypatch.setattr(dashboard_tab, "dashboard", slow)
    screen = show_focused(qtbot, StatisticsScreen(Session.for_staff("admin", location)))
    tab = screen.dashboard
    assert not tab.progress.isVisible()
    qtbot.waitUntil(tab.progress.isVisible, timeout=3000)
    gate.set()
    ready(qtbot, tab)
    assert not tab.progress.isVisible()


def test_a_clerk_has_no_statistics_and_an_auditor_has_the_spot_check(qtbot, tickets, tmp_path):
    location, _ = tickets
    person("clerk1", "clerk")
    person("auditor1", "auditor", None)
    auditor = StatisticsScreen(Session.for_staff("auditor1", location))
    qtbot.addWidget(auditor)
    assert [auditor.tabText(i) for i in range(auditor.count())] == ["看板", "内部监督", "客诉分析例会"]
    person("analyst1", "analyst", None)
    analyst = StatisticsScreen(Session.for_staff("analyst1", location))
    qtbot.addWidget(analyst)
    assert [analyst.tabText(i) for i in range(analyst.count())] == ["看板", "客诉分析例会"]
    wait_for_background()


def test_draw_a_sample_and_record_a_review(qtbot, tickets):
    location, numbers = tickets
    for key, day in (("a", "2026-11-05"), ("b", "2026-11-06"), ("c", "2026-11-07")):
        close(numbers[key], f"{day} 10:00")
    person("auditor1", "auditor", None)
    screen = show_focused(qtbot, StatisticsScreen(Session.for_staff("auditor1", location)))
    screen.setCurrentIndex(1)
    tab = screen.spot_check
    tab.size.setFocus()
    tab.size.selectAll()
    type_text(qtbot, "2")
    tab.seed.setFocus()
    type_text(qtbot, "x1")
    qtbot.mouseClick(tab.draw_button, Qt.MouseButton.LeftButton)
    assert not tab.errors["seed"].isHidden() and SpotCheck.select().count() == 0
    tab.seed.clear()
    type_text(qtbot, "42")
    qtbot.mouseClick(tab.draw_button, Qt.MouseButton.LeftButton)
    check = SpotCheck.get()
    assert (check.sample_size, check.population, check.seed) == (2, 3, 42)
    assert tab.item_table.rowCount() == 2
    review = tab.review
    qtbot.mouseClick(review.failed, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(review.save_button, Qt.MouseButton.LeftButton)
    assert not review.errors["findings"].isHidden()
    assert SpotCheckItem.select().where(SpotCheckItem.result.is_null(False)).count() == 0
    review.findings.setFocus()
    type_text(qtbot, "回访未核实问题是否解决")
    qtbot.keyClick(review.findings, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    first = SpotCheckItem.get(SpotCheckItem.position == 1)
    assert (first.result, first.findings) == ("fail", "回访未核实问题是否解决")
    assert tab.item_table.item(0, 5).text() == "不合格"
    assert tab.check_table.item(0, 5).text() == "1"
    assert tab.item_table.currentRow() == 0 and tab.review.item.version == 2
