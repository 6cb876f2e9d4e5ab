"""设置 › 个人信息, 备份与恢复 and 数据库连接, driven by keys and clicks, checked in the database
and on disk."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from aftersales_desktop.domain.scrub import REDACTED
from aftersales_desktop.services import backups, retention
from aftersales_desktop.storage.models import AuditEvent, Customer, Ticket
from tests.ui.conftest import make_ticket, show_focused, type_text
from ui.background import wait_for_background
from ui.backup_page import BackupPage
from ui.connection_page import ConnectionPage
from ui.personal_data_page import PersonalDataPage


def _settle(qtbot) -> None:
    wait_for_background()
    qtbot.wait(20)


def test_find_export_and_anonymise_a_customer(qtbot, session, tmp_path, monkeypatch):
    number = make_ticket(description="王芳来电：外壳破损，回电 13912345678")
    page = show_focused(qtbot, PersonalDataPage(session))
    page.search.setFocus()
    type_text(qtbot, "139 1234 5678")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "139****5678"

    out = tmp_path / "王芳.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.json_button.click()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["masked"] and "13912345678" not in out.read_text(encoding="utf-8")
    assert "已导出 1 张工单" in page.message.text()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("好的", True))
    page.anonymise_button.click()
    assert "未删除" in page.message.text() and Customer.get().name == "王芳"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("删除", True))
    page.anonymise_button.click()
    assert "已删除客户个人信息" in page.message.text()
    assert Ticket.get(Ticket.number == number).customer.name == REDACTED
    assert page.table.item(0, 4).text() == "已匿名" and not page.anonymise_button.isEnabled()
    page.find()
    assert page.table.rowCount() == 0  # the phone finds nobody any more


def test_the_retention_period_is_set_previewed_and_run(qtbot, session, monkeypatch):
    page = show_focused(qtbot, PersonalDataPage(session))
    box = page.retention
    assert box.years.text() == "不自动删除"
    box.years.setFocus()
    for _ in range(3):
        qtbot.keyClick(box.years, Qt.Key.Key_Up)
    box.save_button.click()
    assert retention.retention_years() == 3 and "3 年" in box.last.text()
    box.preview_button.click()
    _settle(qtbot)
    assert "0 张" in box.last.text()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    box.run_button.click()
    _settle(qtbot)
    assert "已匿名化 0 张" in box.last.text() and retention.last_run() is not None
    assert box.default_button.isEnabled()
    box.default_button.click()  # back to the default: off
    assert retention.retention_years() is None and box.years.text() == "不自动删除"
    assert not box.default_button.isEnabled()


def test_back_up_now_and_restore_the_selected_backup(qtbot, session, monkeypatch):
    first = make_ticket()
    page = show_focused(qtbot, BackupPage(session))
    page.backup_button.click()
    _settle(qtbot)
    assert page.table.rowCount() == 1 and "已备份到" in page.message.text()
    later = make_ticket(name="李雷", phone="13800138000")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(page.restored, timeout=20_000):
        page.restore_button.click()
    assert [t.number for t in Ticket.select()] == [first] and later != first
    assert AuditEvent.select().where(AuditEvent.action == "restore").count() == 1
    assert backups.backups()[0].path.name in page.message.text() or "已从" in page.message.text()


def test_the_connection_form_names_what_is_missing(qtbot, session):
    page = show_focused(qtbot, ConnectionPage(session))
    page.use_button.click()
    assert page.errors["host"].isVisible() and page.host.hasFocus()
    type_text(qtbot, "192.168.1.10")
    page.use_button.click()
    assert not page.errors["host"].isVisible() and page.errors["user"].isVisible()
    assert page.host.text() == "192.168.1.10"  # what was typed stays


def test_the_first_start_of_the_day_backs_up_then_runs_the_retention_job(qtbot, session):
    from ui.daily_jobs import report_text, run_daily

    make_ticket()
    retention.set_retention_years(3, "admin")
    report = run_daily()
    assert report.backup is not None and report.retention is not None
    assert report.retention_error is None and backups.backups()[0].automatic
    assert "今日自动备份已完成" in report_text(report)
    second = run_daily()
    assert second.backup is None and second.retention is None  # once a day, one desk
