"""工单: masked phones, short Chinese search, scanner Enter, filters, paging by fetchMore."""
from __future__ import annotations

from PySide6.QtCore import Qt

from aftersales_desktop.services import ticket_first_page, ticket_list
from aftersales_desktop.services.ticket_list import TicketTableRow
from tests.ui.conftest import make_ticket, press, show_focused, type_text
from ui.session import Session
from ui.ticket_list_screen import TicketListScreen
from ui.ticket_table_model import PAGE_SIZE, TicketTableModel


def _numbers(screen):
    return [screen.model.row_at(i).number for i in range(screen.model.rowCount())]


def test_two_character_chinese_search_finds_the_ticket(qtbot, session):
    wanted = make_ticket(description="收到的电饭煲外壳破损", phone="13912345678")
    make_ticket(name="李雷", phone="13800138000", description="快递一直没有送到", order="X2")
    screen = show_focused(qtbot, TicketListScreen(session))
    assert screen.model.rowCount() == 2
    screen.focus_search()
    type_text(qtbot, "破损")
    qtbot.waitUntil(lambda: _numbers(screen) == [wanted], timeout=3000)
    assert screen.model.index(0, 3).data() == "139****5678"
    assert "共 1 张" in screen.count_label.text()


def test_the_rows_come_first_and_the_exact_count_after_on_both_engines(qtbot, db,
                                                                       monkeypatch):
    for module in (ticket_first_page, ticket_list):  # more than 2: counted afterwards
        monkeypatch.setattr(module, "SORT_CAP", 2)
    numbers = [make_ticket(phone=f"1391234567{n}", order=f"TB{n}") for n in range(4)]
    make_ticket(name="李雷", phone="13800138000", description="快递一直没有送到", order="X2")
    screen = show_focused(qtbot, TicketListScreen(Session.for_staff("admin", db)))
    screen.focus_search()
    type_text(qtbot, "破损")
    qtbot.waitUntil(lambda: _numbers(screen) == numbers[::-1], timeout=3000)
    screen.refresh()  # the count is handed over by the event loop, after this returns
    assert screen.count_label.text() == "超过 2 张 · 正在计数… · 按录入先后"
    assert _numbers(screen) == numbers[::-1]
    qtbot.waitUntil(lambda: not screen.counting(), timeout=5000)
    assert screen.count_label.text() == "共 4 张 · 按录入先后"
    type_text(qtbot, "没")  # 破损没: nothing matches, known with the page
    qtbot.waitUntil(lambda: screen.count_label.text() == "共 0 张", timeout=3000)
    assert _numbers(screen) == []


def test_a_search_with_more_matches_than_are_counted_says_more_than(qtbot, db, monkeypatch):
    for module in (ticket_first_page, ticket_list):
        monkeypatch.setattr(module, "SORT_CAP", 2)
    monkeypatch.setattr(ticket_first_page, "SEARCH_COUNT_CAP", 3)
    numbers = [make_ticket(phone=f"1391234567{n}", order=f"TB{n}") for n in range(4)]
    screen = show_focused(qtbot, TicketListScreen(Session.for_staff("admin", db)))
    screen.focus_search()
    type_text(qtbot, "破损")
    screen.refresh()  # at once, not after the typing pause
    assert screen.count_label.text() == "超过 2 张 · 正在计数… · 按录入先后"
    qtbot.waitUntil(lambda: not screen.counting(), timeout=5000)
    assert screen.count_label.text() == "超过 3 张 · 按录入先后"
    assert _numbers(screen) == numbers[::-1]
    assert "不再往下数" in screen.count_label.toolTip()
    screen.search.clear()  # no search: every ticket, counted exactly
    screen.refresh()
    qtbot.waitUntil(lambda: screen.count_label.text() == "共 4 张", timeout=3000)


def test_one_character_and_name_search(qtbot, session):
    make_ticket(name="王芳", description="外壳裂了")
    other = make_ticket(name="李雷", phone="13800138000", description="屏幕坏点", order="X2")
    screen = TicketListScreen(session)
    qtbot.addWidget(screen)
    screen.search.setText("雷")
    screen.refresh()
    assert _numbers(screen) == [other]


def test_scanned_number_and_enter_opens_the_ticket(qtbot, session):
    number = make_ticket()
    screen = show_focused(qtbot, TicketListScreen(session))
    screen.focus_search()
    with qtbot.waitSignal(screen.open_ticket, timeout=2000) as signal:
        type_text(qtbot, number.lower())
        press(qtbot, Qt.Key.Key_Return)
    assert signal.args == [number]


def test_filters_by_state(qtbot, session):
    verified = make_ticket(path=["verified"])
    make_ticket(name="李雷", phone="13800138000", order="X2")
    screen = TicketListScreen(session)
    qtbot.addWidget(screen)
    screen.state.setCurrentIndex(screen.state.findData("verified"))
    assert _numbers(screen) == [verified]


def _row(i: int) -> TicketTableRow:
    return TicketTableRow(f"SH20261122-{i:04d}", "2026-11-22T02:00:00+00:00", "王芳",
                          "13912345678", "商品质量问题", None, "normal", "received", "hotline",
                          None, None)


def test_model_fetches_further_pages_on_demand():
    rows = [_row(i) for i in range(250)]
    asked = []

    def fetch(offset, limit, last):
        asked.append(offset)
        assert last == rows[offset - 1]
        return rows[offset:offset + limit]

    model = TicketTableModel()
    model.set_rows(rows[:PAGE_SIZE], fetch)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250 and not model.canFetchMore()
    assert asked == [100, 200]
    assert model.index(0, 3).data() == "139****5678"
