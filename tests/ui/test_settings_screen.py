"""设置 › 工作日历 through the main window: notice, add and remove a day, import a schedule."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSettings, Qt

from aftersales_desktop.domain.work_calendar import HOLIDAY, WORKDAY
from aftersales_desktop.storage.models import AuditEvent
from aftersales_desktop.storage.models_sla import CalendarOverrideRow
from tests.ui.conftest import show_focused
from ui.main_window import MainWindow

YEAR = 2099


def _page(qtbot, session, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = show_focused(qtbot, MainWindow(session, settings))
    assert window.built("settings") is None  # built on first visit only
    window.nav.setCurrentRow(8)  # 设置
    assert window.current_area() == "settings"
    page = window.screen("settings").open("工作日历")
    page.year.setValue(YEAR)
    return window, page


def _stored():
    return {r.day: (r.kind, r.name) for r in CalendarOverrideRow.select()}


def test_estimated_year_shows_the_notice_and_an_override_is_stored(qtbot, session, tmp_path):
    window, page = _page(qtbot, session, tmp_path)
    assert page.notice.isVisible() and "尚未录入官方放假安排" in page.notice.text()
    page.year.setValue(2025)
    assert not page.notice.isVisible()
    page.year.setValue(YEAR)
    page.day.setDate(QDate(YEAR, 3, 2))
    page.kind.setCurrentIndex(page.kind.findData(HOLIDAY))
    page.name.setText("公司年会")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert _stored() == {date(YEAR, 3, 2): (HOLIDAY, "公司年会")}
    rows = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    row = rows.index("2099-03-02")
    assert page.table.item(row, 4).text().startswith("已录入")
    assert not page.notice.isVisible()  # a year with the company's entries counts as entered
    page.table.selectRow(row)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert _stored() == {}
    assert page.notice.isVisible()
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity == "calendar")]
    assert actions == ["create", "delete"]


def test_import_a_schedule_file_and_a_bad_one(qtbot, session, tmp_path):
    window, page = _page(qtbot, session, tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("2099-01-21~2099-01-27,放假,春节\n2099-02-30,上班,春节调休\n", encoding="utf-8")
    assert not page.import_file(str(bad))
    assert "第 2 行，日期" in page.message.text() and _stored() == {}
    good = tmp_path / "2099.csv"
    good.write_text("日期,类型,名称\n2099-01-21~2099-01-27,放假,春节\n2099-01-18,上班,春节调休\n",
                    encoding="utf-8")
    assert page.import_file(str(good))
    assert "已导入 2099 年放假安排" in page.message.text()
    stored = _stored()
    assert stored[date(YEAR, 1, 18)] == (WORKDAY, "春节调休")
    assert stored[date(YEAR, 1, 21)] == (HOLIDAY, "春节")
    assert not page.notice.isVisible()
    texts = {page.table.item(r, 0).text(): page.table.item(r, 2).text()
             for r in range(page.table.rowCount())}
    assert texts["2099-01-18"] == "上班（调休）" and texts["2099-01-21"] == "放假"
