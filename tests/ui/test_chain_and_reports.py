"""设置 › 升级链 and 升级 › 书面报告, driven through the widgets, asserting on the database."""
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate

from aftersales_desktop.domain.clock import local_today, utcnow
from aftersales_desktop.services.escalation_chain import chain
from aftersales_desktop.services.exception_report import write_report
from aftersales_desktop.storage.models_escalation import EscalationLevel, WrittenReport
from tests.ui.conftest import show_focused, type_text
from tests.unit.escalation_helpers import add_crew, assigned_ticket
from ui.escalation_chain_page import EscalationChainPage
from ui.escalation_screen import EscalationScreen
from ui.session import Session
from ui.written_reports_panel import WrittenReportsPanel


@pytest.fixture
def crew(sqlite_db):
    add_crew()
    return sqlite_db


def chain_page(qtbot, location) -> EscalationChainPage:
    page = show_focused(qtbot, EscalationChainPage(Session.for_staff("admin", location)))
    page.department.setCurrentText("售后部")
    return page


def test_the_chain_lists_the_departments_levels(qtbot, crew):
    page = chain_page(qtbot, crew)
    assert page.table.rowCount() == len(chain("售后部")) == 3
    assert page.table.item(0, 1).text() == "客服经理" and page.table.item(0, 4).text() == "是"
    page.department.setCurrentText("仓储物流部")
    assert page.table.item(0, 1).text() == "物流主管"


def test_a_level_added_on_top_appears_in_the_chain(qtbot, crew):
    page = chain_page(qtbot, crew)
    page.new_button.click()
    assert page.level.value() == 4 and page.title.hasFocus()
    type_text(qtbot, "集团总裁")
    page.staff.setCurrentIndex(page.staff.findData("zhao"))
    page.save_button.click()
    top = chain("售后部")[-1]
    assert (top.level, top.title, top.staff_login) == (4, "集团总裁", "zhao")
    assert page.table.rowCount() == 4 and not page.error.isVisible()
    assert "已保存第 4 级" in page.message.text()


def test_a_level_is_edited_in_place(qtbot, crew):
    page = chain_page(qtbot, crew)
    page.table.selectRow(0)
    assert page.title.text() == "客服经理" and page.level.value() == 1
    page.title.setText("客服主管")
    page.staff.setCurrentIndex(page.staff.findData("li"))
    page.save_button.click()
    first = chain("售后部")[0]
    assert (first.title, first.staff_name, first.is_head) == ("客服主管", "李娜", True)
    assert page.table.item(0, 1).text() == "客服主管" and page.table.item(0, 3).text() == "李娜"


def test_bad_input_writes_nothing_and_keeps_what_was_typed(qtbot, crew):
    page = chain_page(qtbot, crew)
    before = [(r.level, r.title, r.role) for r in EscalationLevel.select()]
    page.table.selectRow(1)
    page.title.setText("   ")
    page.save_button.click()
    assert page.error.isVisible() and page.error.text().startswith("职务名称：")
    assert page.title.text() == "   " and page.title.hasFocus()
    page.new_button.click()
    page.title.setText("区域总监")
    page.department.blockSignals(True)  # a department the service does not know
    page.department.addItem("不存在的部门")
    page.department.setCurrentText("不存在的部门")
    page.save_button.click()
    assert page.error.text().startswith("部门：") and page.title.text() == "区域总监"
    assert [(r.level, r.title, r.role) for r in EscalationLevel.select()] == before


def test_only_the_top_level_can_be_removed(qtbot, crew):
    page = chain_page(qtbot, crew)
    page.table.selectRow(0)
    assert not page.remove_button.isEnabled()
    page.table.selectRow(2)
    page.remove_button.click()
    assert [level.level for level in chain("售后部")] == [1, 2]
    assert page.table.rowCount() == 2


def test_written_reports_are_listed_by_period(qtbot, crew):
    now_number = assigned_ticket(category="logistics", description="冰箱门体变形")
    old_number = assigned_ticket(category="logistics", description="包裹丢失", phone="13800138000")
    write_report(now_number, "承运商装卸不当", "更换承运商", "易碎品加固包装", actor="zhang")
    write_report(old_number, "驿站冒领", "先行补发", "贵重物品须本人签收", actor="li")
    old_at = utcnow() - timedelta(days=40)
    WrittenReport.update(written_at=old_at).where(
        WrittenReport.cause == "驿站冒领").execute()
    screen = show_focused(qtbot, EscalationScreen(Session.for_staff("zhang", crew)))
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    screen.tabs.setCurrentIndex(titles.index("书面报告"))
    panel = screen.tabs.currentWidget()
    assert isinstance(panel, WrittenReportsPanel)
    assert panel.start.date().day() == 1 and panel.end.date() == QDate(local_today())
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [now_number]
    assert [panel.table.item(0, c).text() for c in (2, 3, 4, 5)] == \
        ["张伟", "承运商装卸不当", "更换承运商", "易碎品加固包装"]
    assert "共 1 份" in panel.count.text()
    day = QDate(local_today()).addDays(-40)
    panel.start.setDate(day)
    panel.end.setDate(day)
    assert [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())] == [old_number]
    panel.end.setDate(day.addDays(-1))
    assert panel.table.rowCount() == 0 and "早于" in panel.count.text()
