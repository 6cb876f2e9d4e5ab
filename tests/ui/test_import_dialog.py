"""导入客户与订单 from the 工单 list: the preview names each problem by row and column with 导入
disabled; once the file is corrected, 重新检查 then 导入 writes it all."""
from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import Qt

from aftersales_desktop.storage.models import AuditEvent, Customer
from aftersales_desktop.storage.models_orders import CustomerOrder
from tests.unit.auth_helpers import person
from ui import import_dialog
from ui.session import Session
from ui.ticket_list_screen import TicketListScreen

HEADER = ["客户姓名", "手机号", "地址", "订单号", "商品", "购买日期"]


def _save(path, rows):
    book = Workbook()
    book.active.append(HEADER)
    for row in rows:
        book.active.append(row)
    book.save(path)


def _wait(qtbot, dialog, action):
    with qtbot.waitSignal(dialog.finished_work, timeout=10_000) as blocker:
        action()
    return blocker.args[0]


def test_preview_errors_then_corrected_file_is_imported(qtbot, session, tmp_path, monkeypatch):
    path = tmp_path / "客户.xlsx"
    _save(path, [["王芳", "139 1234 5678", "上海市浦东新区张江路88号", "TB001", "电饭煲", "2026-11-01"],
                 [None, "12345", None, "TB002", "电水壶", "2026-02-30"]])
    monkeypatch.setattr(import_dialog.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a: (str(path), "")))
    screen = TicketListScreen(session)
    qtbot.addWidget(screen)
    assert not screen.import_button.isHidden()
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(import_dialog.ImportDialog)
    choose = [b for b in dialog.findChildren(import_dialog.QPushButton) if b.text() == "选择文件…"][0]

    preview = _wait(qtbot, dialog, lambda: qtbot.mouseClick(choose, Qt.MouseButton.LeftButton))

    assert len(preview.errors) == 3 and not dialog.import_button.isEnabled()
    text = dialog.summary.text()
    assert "第 3 行 手机号：“12345”不是有效的手机号" in text
    assert "第 3 行 客户姓名：请填写客户姓名" in text and "第 3 行 购买日期：“2026-02-30”不是日期" in text
    assert dialog.table.item(0, 0).text() == "3"  # rows with problems first
    assert "手机号" in dialog.table.item(0, 9).text()
    assert dialog.table.item(1, 2).text() == "139****5678"
    assert dialog.table.item(1, 3).text() == "上海市浦东新区****"
    assert dialog.table.item(1, 8).text() == "新增 · 订单新增"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # disabled: nothing
    assert Customer.select().count() == 0

    _save(path, [["王芳", "139 1234 5678", "上海市浦东新区张江路88号", "TB001", "电饭煲", "2026-11-01"],
                 ["李雷", "13800001111", None, "TB002", "电水壶", "2026-02-28"]])
    _wait(qtbot, dialog, lambda: qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton))
    assert dialog.import_button.isEnabled() and "没有问题" in dialog.summary.text()

    result = _wait(qtbot, dialog, lambda: qtbot.mouseClick(dialog.import_button,
                                                           Qt.MouseButton.LeftButton))

    assert (result.added, result.orders) == (2, 2)
    assert "已导入：新增客户 2 位" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert {c.name for c in Customer.select()} == {"王芳", "李雷"}
    assert CustomerOrder.select().count() == 2
    assert AuditEvent.select().where(AuditEvent.action == "import").count() == 1


def test_only_those_allowed_see_the_button(qtbot, session):
    person("clerk1", "clerk")
    screen = TicketListScreen(Session.for_staff("clerk1", session.location))
    qtbot.addWidget(screen)
    assert screen.import_button.isHidden() and screen.export_button.isHidden()


def test_the_imported_order_is_offered_when_the_customer_calls(qtbot, session, tmp_path):
    from aftersales_desktop.services.customer_import import import_file
    from aftersales_desktop.services.ticket_queries import get_ticket
    from tests.ui.conftest import show_focused, type_text
    from ui.entry_screen import EntryScreen

    _save(tmp_path / "a.xlsx", [["王芳", "13912345678", "上海", "TB001", "电饭煲", "2026-11-01"],
                                ["王芳", "13912345678", None, "TB002", "电水壶", "2026-10-01"]])
    import_file(tmp_path / "a.xlsx", "admin")
    screen = show_focused(qtbot, EntryScreen(session))
    screen.focus_first_field()
    type_text(qtbot, "13912345678")
    assert screen.form.fields["customer.name"].text() == "王芳"
    assert [screen.caller.orders.item(i).text() for i in range(2)] == [
        "TB001  电饭煲  2026-11-01", "TB002  电水壶  2026-10-01"]
    item = screen.caller.orders.item(1)
    rect = screen.caller.orders.visualItemRect(item)
    qtbot.mouseClick(screen.caller.orders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(screen.caller.orders.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())
    assert screen.form.fields["order.number"].text() == "TB002"
    assert screen.form.fields["order.purchased_on"].text() == "2026-10-01"
    screen.form.fields["problem.description"].setPlainText("电水壶不加热")
    number = screen.save()
    assert get_ticket(number).sections["order"]["product"] == "电水壶"
