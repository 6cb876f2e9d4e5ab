"""导出 Excel… on the list screens, clicked: the file holds every row of the filter (not only
the pages fetched), the export is in the audit trail, a file that cannot be written is said."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from aftersales_desktop.storage.models import AuditEvent
from tests.ui.conftest import make_ticket
from tests.unit.auth_helpers import person
from ui import export_button, ticket_list_screen, ticket_table_model
from ui.audit_page import AuditPage
from ui.callback_screen import CallbackScreen
from ui.classification_screen import ClassificationScreen
from ui.escalation_screen import EscalationScreen
from ui.rewards_screen import RewardsScreen
from ui.session import Session
from ui.ticket_list_screen import TicketListScreen


@pytest.fixture
def chosen(monkeypatch, tmp_path):
    """The save dialog answers with the path in chosen[0]; what it was offered lands in asked."""
    out = tmp_path / "out"
    out.mkdir()
    answer = [str(out / "list")]  # without .xlsx: the button adds it
    asked = []

    def dialog(parent, title, offered, filters):
        asked.append(offered)
        return answer[0], filters
    monkeypatch.setattr(export_button.QFileDialog, "getSaveFileName", staticmethod(dialog))
    return answer, asked


def _click(qtbot, button):
    with qtbot.waitSignal(button.finished, timeout=10_000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().topLeft()
                         + button.rect().center() / 2)
    return blocker.args[0]


def test_ticket_list_exports_all_rows_of_the_filter(qtbot, session, chosen, monkeypatch):
    monkeypatch.setattr(ticket_list_screen, "PAGE_SIZE", 3)
    monkeypatch.setattr(ticket_table_model, "PAGE_SIZE", 3)
    numbers = [make_ticket(phone=f"1391234560{i}", description=f"电饭煲破损{i}") for i in range(7)]
    make_ticket(phone="13800000000", description="另一张：快递丢件", order=None)
    screen = TicketListScreen(session)
    qtbot.addWidget(screen)
    screen.search.setText("电饭煲")
    screen.refresh()
    assert screen.model.rowCount() == 3  # one page fetched

    result = _click(qtbot, screen.export_button)

    answer, asked = chosen
    assert asked[0].endswith(f"工单列表_{export_button.local_today():%Y%m%d}.xlsx")
    assert result.rows == 7 and str(result.path) == answer[0] + ".xlsx"
    rows = list(load_workbook(result.path).worksheets[0].values)
    assert rows[0][0] == "工单号" and sorted(r[0] for r in rows[1:]) == sorted(numbers)
    assert {r[3] for r in rows[1:]} == {f"139****560{i}" for i in range(7)}
    assert AuditEvent.select().where(AuditEvent.action == "export").get().new_value \
        == "导出工单列表 7 行（电话、邮箱和地址已隐去）"
    assert "已导出 7 行" in screen.export_button.message.text()


def test_a_file_that_cannot_be_written_is_said(qtbot, session, chosen, monkeypatch):
    from aftersales_desktop.services import list_export

    def held_open(source, target):  # what Windows says while Excel has the file open
        raise PermissionError(13, "Permission denied", target)
    monkeypatch.setattr(list_export.os, "replace", held_open)
    make_ticket()
    screen = TicketListScreen(session)
    qtbot.addWidget(screen)
    error = _click(qtbot, screen.export_button)
    box = screen.export_button.message
    assert error.field == "file" and box.icon() == QMessageBox.Icon.Warning
    assert "无法写入" in box.text() and "Excel" in box.text()
    assert not AuditEvent.select().where(AuditEvent.action == "export").exists()
    assert screen.export_button.isEnabled()


def test_every_list_screen_has_it_and_it_follows_the_permission(qtbot, session, chosen):
    number = make_ticket(path=("verified",))
    screens = [ClassificationScreen(session), CallbackScreen(session), AuditPage(session),
               EscalationScreen(session), RewardsScreen(session)]
    for screen in screens:
        qtbot.addWidget(screen)
    classification, callbacks, audit, escalation, rewards = screens
    buttons = [classification.export_button, callbacks.export_button, audit.export_button,
               escalation.inbox.export_button, escalation.following.export_button,
               rewards.findChildren(export_button.ExportButton)[0]]
    result = _click(qtbot, classification.export_button)
    assert [r[0] for r in load_workbook(result.path).worksheets[0].values] == ["工单号", number]
    result = _click(qtbot, audit.export_button)
    assert result.rows == AuditEvent.select().count() - 1
    assert all(not b.isHidden() for b in buttons)
    assert buttons[0].menu() is not None  # the administrator may also export unmasked

    person("clerk1", "clerk")
    clerk = Session.for_staff("clerk1", session.location)
    hidden = ClassificationScreen(clerk)
    qtbot.addWidget(hidden)
    assert hidden.export_button.isHidden()
    person("ana", "analyst")
    analyst = TicketListScreen(Session.for_staff("ana", session.location))
    qtbot.addWidget(analyst)
    assert not analyst.export_button.isHidden() and analyst.export_button.menu() is None
