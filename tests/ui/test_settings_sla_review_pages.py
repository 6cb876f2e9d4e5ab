"""设置 › 政策审核规则, 自动分派规则, 时限设置: real widgets, checked against the database."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTime

from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import AuditEvent, Setting, Ticket
from aftersales_desktop.storage.models_rules import AssignmentRuleRow, ReviewRuleRow
from aftersales_desktop.storage.models_sla import SlaPolicyRow, TicketDeadlineRow
from tests.ui.conftest import show_focused
from ui.assignment_rules_page import AssignmentRulesPage
from ui.review_rules_page import ReviewRulesPage
from ui.settings_form_page import SettingsFormPage
from ui.settings_screen import SettingsScreen
from ui.sla_page import SlaPage


def click(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select(page, column, text):
    rows = [page.table.item(r, column).text() for r in range(page.table.rowCount())]
    page.table.selectRow(rows.index(text))


def pick(combo, data):
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def audit(entity):
    return [(e.action, e.field, e.old_value, e.new_value)
            for e in AuditEvent.select().where(AuditEvent.entity == entity).order_by(AuditEvent.id)]


def test_the_three_pages_are_tabs_of_settings(qtbot, session):
    screen = show_focused(qtbot, SettingsScreen(session))
    tabs = screen.page_titles()
    assert {"政策审核规则", "自动分派规则", "时限设置"} <= set(tabs)
    for page_type in (ReviewRulesPage, AssignmentRulesPage, SlaPage):
        assert screen.findChild(page_type) is not None


def test_review_rule_edit_add_with_error_and_retire(qtbot, session):
    page = show_focused(qtbot, ReviewRulesPage(session))
    select(page, 0, "no_reason_7_days")
    assert page.days.value() == 7 and page.categories.subcategory.currentData() == \
        "returns.no_reason"
    page.days.setValue(15)
    click(qtbot, page.save_button)
    assert ReviewRuleRow.get(ReviewRuleRow.code == "no_reason_7_days").days == 15
    assert audit("review_rule") == [("update", "days", "7", "15")]
    assert page.selected().values["days"] == 15  # still selected after the refresh

    page.table.clearSelection()
    count = ReviewRuleRow.select().count()
    page.code.setText("Bad Code")
    pick(page.kind, "evidence_required")
    assert not page.days.isEnabled()
    pick(page.categories.category, "technical")
    page.reason.setPlainText("请提供系统报错的截图")
    click(qtbot, page.add_button)
    assert page.message.text().startswith("代码：") and ReviewRuleRow.select().count() == count
    page.code.setText("tech_screenshot")
    click(qtbot, page.add_button)
    row = ReviewRuleRow.get(ReviewRuleRow.code == "tech_screenshot")
    assert (row.kind, row.category_code, row.days) == ("evidence_required", "technical", None)
    assert page.selected().id == row.id

    click(qtbot, page.retire_button)
    assert ReviewRuleRow.get_by_id(row.id).retired_at is not None
    assert page.show_retired.isChecked() and page.retire_button.text() == "恢复"
    last = page.table.columnCount() - 1
    assert page.table.item(page.table.currentRow(), last).text() == "已停用"


def test_assignment_rule_for_a_logistics_branch(qtbot, session):
    page = show_focused(qtbot, AssignmentRulesPage(session))
    pick(page.categories.category, "quality")
    assert not page.branch.isEnabled()
    pick(page.categories.category, "logistics")
    assert page.branch.isEnabled()
    pick(page.categories.subcategory, "logistics.late")
    page.branch.setText("浦东")
    page.department.setCurrentText("运营部")
    click(qtbot, page.add_button)
    row = AssignmentRuleRow.select().order_by(AssignmentRuleRow.id.desc()).first()
    assert (row.category_code, row.subcategory_code, row.branch, row.department.name) == \
        ("logistics", "logistics.late", "浦东", "运营部")
    assert "已新增分派规则" in page.message.text()
    page.department.setCurrentText("售后部")
    click(qtbot, page.save_button)
    assert AssignmentRuleRow.get_by_id(row.id).department.name == "售后部"
    assert [a[0] for a in audit("assignment_rule")] == ["create", "update"]


def _open_ticket() -> str:
    received = "2026-03-11T17:00:00+08:00"  # Wednesday; 1 working day → Thursday 17:00
    return create_ticket({"channel": "hotline", "received_at": received,
                          "customer": {"name": "王芳", "phone": "13912345678"},
                          "problem": {"description": "电饭煲不加热"}}).number


def _solution_due(number):
    ticket = Ticket.get(Ticket.number == number)
    return TicketDeadlineRow.get((TicketDeadlineRow.ticket == ticket.id)
                                 & (TicketDeadlineRow.kind == "solution")).due_at


def test_sla_policy_change_recomputes_an_open_ticket(qtbot, session):
    number = _open_ticket()
    assert _solution_due(number) == datetime(2026, 3, 12, 9)  # 17:00 Shanghai in UTC
    page = show_focused(qtbot, SlaPage(session))
    select(page, 5, "1个工作日")
    assert page.priority.currentData() == "normal" and page.unit.currentData() == "working_day"
    page.amount.setValue(2)
    click(qtbot, page.save_button)
    assert "已重新计算 1 张未结工单" in page.message.text()
    assert SlaPolicyRow.get(SlaPolicyRow.priority == "normal").amount == 2
    assert _solution_due(number) == datetime(2026, 3, 12, 9) + timedelta(days=1)
    assert audit("sla_policy") == [("update", "amount", "1", "2")]

    page.table.clearSelection()  # the same case again: refused, nothing stored
    count = SlaPolicyRow.select().count()
    click(qtbot, page.add_button)
    assert page.message.text().startswith("时限类型：已有适用范围相同")
    assert SlaPolicyRow.select().count() == count


def test_business_hours_are_checked_saved_and_recompute(qtbot, session):
    number = _open_ticket()
    page = show_focused(qtbot, SettingsFormPage(session, "sla"))
    opens, closes = page.fields["sla.business_opens"], page.fields["sla.business_closes"]
    assert opens.time() == QTime(9, 0) and closes.time() == QTime(18, 0)
    opens.setTime(QTime(19, 0))
    click(qtbot, page.save_button)
    assert page.errors["sla.business_closes"].text() == "下班时间须晚于上班时间"
    assert Setting.get(Setting.key == "sla.business_opens").value == "09:00"
    opens.setTime(QTime(8, 0))
    closes.setTime(QTime(16, 0))
    click(qtbot, page.save_button)
    assert "已重新计算 1 张未结工单" in page.message.text()
    assert Setting.get(Setting.key == "sla.business_closes").value == "16:00"
    # received at 17:00, after closing: the clock runs Thursday 08:00–16:00
    assert _solution_due(number) == datetime(2026, 3, 12, 8)
    assert [a[1] for a in audit("setting")] == ["sla.business_opens", "sla.business_closes"]
