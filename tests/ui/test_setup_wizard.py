"""The setup wizard driven with the keyboard; what it writes is read back from the database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from aftersales_desktop.services import escalation_chain, settings
from aftersales_desktop.services.company import company_name
from aftersales_desktop.services.setup import completed_at
from aftersales_desktop.storage.models import AuditEvent, Branch, Department, Staff
from tests.ui.conftest import press, show_focused, type_text
from ui.setup_wizard import SetupWizard


def retype(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    type_text(qtbot, text)


def test_the_wizard_with_the_keyboard_writes_everything_at_the_end(qtbot, session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(a[2]))
    wizard = show_focused(qtbot, SetupWizard(session))
    assert wizard.currentPage() is wizard.company
    retype(qtbot, wizard.company.name, "上海示例电器销售有限公司")
    press(qtbot, Qt.Key.Key_Return)  # 下一步
    assert wizard.currentPage() is wizard.organisation

    departments, branches = wizard.organisation.departments, wizard.organisation.branches
    retype(qtbot, departments.edits[1], "直播运营部")
    departments.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # 新增部门: a new line with the focus
    type_text(qtbot, "客服中心")
    branches.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "直播运营部")
    retype(qtbot, departments.edits[3], "售后部")  # a name twice: refused, stays on the page
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.organisation and "重复" in departments.error.text()
    retype(qtbot, departments.edits[3], "客服中心")
    retype(qtbot, branches.edits[0], "浦东分公司")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.staff

    row = wizard.staff.rows[0]
    retype(qtbot, row["login"], "wangfang")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "王芳")
    press(qtbot, Qt.Key.Key_Tab)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Down)  # 客服专员 → 问题分类小组 → 处理跟进
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_End)  # the last department: 客服中心, from the page before
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # 浦东分公司
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "aa")  # too short
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.staff and "密码至少" in wizard.staff.error.text()
    assert QApplication.focusWidget() is row["password"]
    type_text(qtbot, "-Fang-2026")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.chains

    wizard.back()  # back and forth keeps what was typed
    wizard.back()
    assert departments.edits[1].text() == "直播运营部"
    wizard.next()
    assert row["login"].text() == "wangfang" and row["department"].currentText() == "客服中心"
    wizard.next()
    chains = wizard.chains
    assert chains.department.currentText() == "售后部"
    first_level = chains.levels[0][0][2]
    first_level.setFocus()
    press(qtbot, Qt.Key.Key_End)  # the last person offered: 王芳 of the page before
    assert first_level.currentData() == "wangfang"
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.hours

    wizard.hours.opens.setFocus()
    type_text(qtbot, "0830")
    assert wizard.hours.hours() == ("08:30", "18:00")
    press(qtbot, Qt.Key.Key_Return)
    holidays = wizard.holidays
    assert wizard.currentPage() is holidays
    this_year = min(holidays.years)
    assert str(this_year) in holidays.years[this_year][0].text()
    assert holidays.years[this_year + 1][1].count() > 0
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.demo and wizard.demo.no.isChecked()
    assert company_name() is None and not Staff.get_or_none(Staff.login == "wangfang")
    press(qtbot, Qt.Key.Key_Return)  # 完成

    assert not wizard.isVisible()
    assert company_name() == "上海示例电器销售有限公司"
    names = {d.name for d in Department.select()}
    assert {"售后部", "直播运营部", "仓储物流部", "客服中心"} == names
    assert [b.name for b in Branch.select()] == ["浦东分公司"]
    fang = Staff.get(Staff.login == "wangfang")
    assert (fang.name, fang.role, fang.department.name, fang.branch.name) == \
        ("王芳", "handler", "客服中心", "浦东分公司")
    assert fang.password_hash and fang.must_change_password
    assert escalation_chain.chain("售后部")[0].staff_login == "wangfang"
    service_chain = escalation_chain.chain("客服中心")  # a new department gets the levels too
    assert [lv.title for lv in service_chain] == [lv.title for lv in escalation_chain.chain("售后部")]
    assert settings.raw("sla.business_opens") == "08:30"
    assert completed_at() is not None
    assert AuditEvent.select().where(AuditEvent.entity == "department").count() == 2


def test_cancel_asks_and_writes_nothing(qtbot, session, monkeypatch):
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    wizard = show_focused(qtbot, SetupWizard(session))
    retype(qtbot, wizard.company.name, "某公司")
    press(qtbot, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.company.name.text() == "某公司"  # said no: kept
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and company_name() is None and completed_at() is None


def test_the_settings_screen_reruns_the_wizard(qtbot, session, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from ui.main_window import MainWindow

    ran = []
    monkeypatch.setattr(SetupWizard, "exec", lambda self: ran.append(self) or 0)
    window = show_focused(qtbot, MainWindow(session, QSettings(
        str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.show_area("settings")
    button = window.screen("settings").wizard_button
    assert button.isVisible() and button.text() == "重新运行设置向导…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(ran) == 1 and ran[0].company.name.text() == ""


def test_a_new_database_runs_the_wizard_after_the_administrators_password(
        qtbot, tmp_path, monkeypatch, data_dir):
    from argparse import Namespace

    from PySide6.QtCore import QSettings

    from aftersales_desktop.services import auth
    from ui import app, sign_in

    settings_file = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(app, "QSettings", lambda *_: settings_file)
    monkeypatch.setenv("AFTERSALES_NO_SCHEDULER", "1")

    def first_start(location, hint=None):  # what the 首次启动 dialog does
        auth.setup_administrator("Admin-Pass-2026")
        return "admin"
    monkeypatch.setattr(sign_in, "signed_in_login", first_start)
    ran, asked = [], []
    monkeypatch.setattr(SetupWizard, "exec", lambda self: ran.append(self) or 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    window = app.start(Namespace(db=str(tmp_path / "desk.sqlite3"), actor="admin"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(ran) == 1, timeout=5000)
    assert asked == []  # demo data is the wizard's last page, not a second question
