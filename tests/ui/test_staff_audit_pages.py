"""设置 › 人员与角色 and 审计日志, driven by clicks and keys, checked in the database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.services import tickets
from aftersales_desktop.storage.models import AuditEvent, Staff
from tests.ui.conftest import make_ticket, press, show_focused, type_text
from tests.unit.auth_helpers import person
from ui.audit_page import AuditPage
from ui.settings_screen import SettingsScreen
from ui.staff_page import StaffPage


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_add_a_staff_member_with_an_error_first(qtbot, session, quick_hashes):
    page = show_focused(qtbot, StaffPage(session))
    page.new_button.click()
    assert page.fields["login"].hasFocus()
    type_text(qtbot, "clerk09")
    page.fields["password"].setText("first pass 1")
    page.save_button.click()
    assert page.errors["name"].isVisible() and Staff.select().count() == 1
    assert page.fields["login"].text() == "clerk09"  # what was typed stays
    page.fields["name"].setFocus()
    type_text(qtbot, "孙丽")
    _choose(page.fields["role"], "handler")
    _choose(page.fields["department"], "仓储物流部")
    assert "处理跟进" not in page.form.rights.text() and "开始处理" in page.form.rights.text()
    page.save_button.click()
    row = Staff.get(Staff.login == "clerk09")
    assert (row.name, row.role, row.department.name) == ("孙丽", "handler", "仓储物流部")
    assert row.must_change_password and row.password_hash.startswith("$argon2id$")
    assert page.selected().login == "clerk09" and "已新增" in page.message.text()


def test_edit_and_deactivate(qtbot, session):
    person("clerk1", "clerk")
    page = show_focused(qtbot, StaffPage(session))
    page.refresh(select="clerk1")
    _choose(page.fields["role"], "supervisor")
    page.save_button.click()
    assert Staff.get(Staff.login == "clerk1").role == "supervisor"
    page.active_button.click()
    assert not Staff.get(Staff.login == "clerk1").active
    assert page.active_button.text() == "重新启用"
    page.refresh(select="admin")
    page.active_button.click()
    assert page.message.text() == "不能停用自己的账号" and Staff.get(Staff.login == "admin").active


def test_the_audit_page_shows_a_refusal_filtered_by_action_and_ticket(qtbot, session):
    number = make_ticket()
    person("clerk1", "clerk")
    with pytest.raises(PermissionDenied):
        tickets.transition(number, "rejected", actor="clerk1", reason="无效")
    page = show_focused(qtbot, AuditPage(session))
    assert page.model.rowCount() == AuditEvent.select().count()
    _choose(page.action, "refused")
    assert page.model.rowCount() == 1
    index = page.model.index(0, 2)
    assert page.model.data(index) == "权限拒绝" and page.model.data(page.model.index(0, 3)) == number
    assert page.model.data(page.model.index(0, 4)) == "分类、驳回"
    _choose(page.action, None)
    page.ticket.setFocus()
    type_text(qtbot, number.lower())
    press(qtbot, Qt.Key.Key_Return)
    assert page.model.rowCount() == AuditEvent.select().where(
        (AuditEvent.ticket.is_null(False)) | (AuditEvent.action == "refused")).count()


def test_the_audit_page_names_fields_and_values_in_chinese(qtbot, session):
    number = make_ticket()
    tickets.transition(number, "verified")
    tickets.update_ticket(number, {"priority": "urgent"})
    page = show_focused(qtbot, AuditPage(session))
    page.ticket.setFocus()
    type_text(qtbot, number)
    press(qtbot, Qt.Key.Key_Return)
    shown = {tuple(page.model.data(page.model.index(row, column)) for column in (2, 4, 5))
             for row in range(page.model.rowCount())}
    assert ("状态变更", "状态", "已受理 → 已核实") in shown
    assert ("修改", "优先级", "一般 → 紧急") in shown
    assert not any(c.isascii() and c.isalpha() for texts in shown for c in texts[0] + texts[1])


def test_settings_show_the_pages_of_the_role(qtbot, sqlite_db):
    from ui.session import Session

    person("auditor1", "auditor")
    screen = SettingsScreen(Session.for_staff("auditor1", sqlite_db))
    qtbot.addWidget(screen)
    assert screen.page_titles() == \
        ["审计日志", "个人信息", "界面语言"]  # internal audit may export (masked)
    admin = SettingsScreen(Session.for_staff("admin", sqlite_db))
    qtbot.addWidget(admin)
    titles = admin.page_titles()
    assert titles[-6:] == ["人员与角色", "审计日志", "个人信息", "备份与恢复", "数据库连接",
                           "界面语言"]
    assert "工作日历" in titles
