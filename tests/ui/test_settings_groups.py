"""设置 as groups: change a setting, see its default, reset it and a whole page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from aftersales_desktop.services import settings
from aftersales_desktop.storage.models import AuditEvent
from tests.ui.conftest import press, show_focused, type_text
from ui.settings_screen import SettingsScreen


def test_groups_change_a_setting_and_reset_it(qtbot, session, monkeypatch):
    screen = show_focused(qtbot, SettingsScreen(session))
    groups = [screen.groups.item(i).text() for i in range(screen.groups.count())]
    assert groups == ["单位与组织", "受理与分类", "时限与升级", "回访", "奖罚", "人员与权限",
                      "数据与备份", "连接", "界面"]  # 界面 › 界面语言: every role
    screen.groups.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # 受理与分类
    press(qtbot, Qt.Key.Key_Down)  # 时限与升级
    tabs = screen.stack.currentWidget()
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["时限设置", "营业时间", "工作日历",
                                                              "升级链"]
    page = screen.open("回访设置")
    assert screen.groups.currentItem().text() == "回访"
    attempts = page.fields["callback.max_attempts"]
    assert page.defaults["callback.max_attempts"].text() == "默认：3"
    assert not page.reset_buttons["callback.max_attempts"].isEnabled()
    attempts.setFocus()
    attempts.selectAll()
    type_text(qtbot, "6")
    days = page.fields["callback.revisit.refund"]
    days.setFocus()
    type_text(qtbot, "5,三十")
    press(qtbot, Qt.Key.Key_Return)  # refused under the field, nothing saved
    assert "回访天数为 1–365" in page.errors["callback.revisit.refund"].text()
    assert settings.get("callback.max_attempts") == 3 and attempts.value() == 6
    days.selectAll()
    type_text(qtbot, "5,30")
    press(qtbot, Qt.Key.Key_Return)
    assert settings.get("callback.max_attempts") == 6
    assert settings.get("callback.revisit.refund") == (5, 30)
    qtbot.mouseClick(page.reset_buttons["callback.max_attempts"], Qt.MouseButton.LeftButton)
    assert settings.get("callback.max_attempts") == 3 and attempts.value() == 3
    assert settings.get("callback.revisit.refund") == (5, 30)  # the others stay
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    page.reset_page_button.click()  # asked, said no
    assert settings.get("callback.revisit.refund") == (5, 30)
    page.reset_page_button.click()
    assert settings.get("callback.revisit.refund") is None and days.text() == ""
    actions = [(e.action, e.field) for e in AuditEvent.select().where(
        AuditEvent.entity == "setting").order_by(AuditEvent.id)]
    assert actions[-2:] == [("reset", "callback.max_attempts"), ("reset", "callback.revisit.refund")]


def test_a_branch_manager_sees_only_the_pages_of_the_role(qtbot, sqlite_db):
    from tests.unit.auth_helpers import person
    from ui.session import Session

    person("boss", "branch_manager")
    screen = SettingsScreen(Session.for_staff("boss", sqlite_db))
    qtbot.addWidget(screen)
    assert screen.page_titles() == ["奖罚审批", "个人信息", "界面语言"] and not screen.wizard_button.isVisibleTo(screen)
