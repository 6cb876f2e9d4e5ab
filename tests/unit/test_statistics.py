"""The dashboard's figures against a hand count of fixture tickets, on both engines; the
drill-down lists exactly the tickets counted; scope and permission are the service's."""
from __future__ import annotations

from datetime import date

import pytest

from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.domain.stat_periods import StatPeriod
from aftersales_desktop.services.statistics import dashboard
from aftersales_desktop.services.statistics_drill import drill_filter
from aftersales_desktop.services.ticket_list import count_tickets, list_page

from .auth_helpers import person, refusals
from .statistics_helpers import NOW, add_handlers, add_ticket

NOVEMBER = StatPeriod(date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture
def tickets(db):
    add_handlers()
    t = {
        1: add_ticket("2026-11-01 00:10", resolved_h=2, limits=((4, 1),),
                      calls=((5, True, True, 5, 4),)),
        2: add_ticket("2026-11-01 09:00", "logistics", "仓储物流部", "li", "顺丰速运",
                      resolved_h=10, limits=((4, 6),),
                      calls=((20, False, None, None, None), (30, True, False, 2, 3))),
        3: add_ticket("2026-11-02 12:00", "logistics", "仓储物流部", "li", " 顺丰速运 ",
                      resolved_h=50, limits=((4, 2), (100, 40)),
                      calls=((60, True, False, 2, 2), (80, True, True, 4, 5))),
        4: add_ticket("2026-11-10 08:00", "logistics", "仓储物流部", None, "中通快递",
                      state="in_progress", limits=((4, None),)),
        5: add_ticket("2026-11-30 23:30", state="in_progress", limits=((24, None),)),
        6: add_ticket("2026-11-15 10:00", None, None, None, "", state="received"),
        7: add_ticket("2026-11-20 10:00", "service", "运营部", resolved_h=200,
                      limits=((4, 3), (48, 100)), calls=((210, True, True, 3, 3),)),
        8: add_ticket("2026-11-05 10:00", resolved_h=100),
    }
    add_ticket("2026-10-31 23:59", resolved_h=1)  # the day before the period, Shanghai time
    add_ticket("2026-12-01 00:00", resolved_h=1)  # the day after
    return t


def counts(chart) -> dict:
    return {row.label: row.count for row in chart.rows if row.count}


def test_every_chart_against_a_hand_count(tickets):
    board = dashboard("admin", NOVEMBER, now=NOW)
    total = board.total
    assert (total.count, total.on_time, total.late, total.called, total.satisfied) == \
        (8, 2, 3, 4, 3)
    assert total.average_hours == pytest.approx((2 + 10 + 50 + 100 + 200) / 5, abs=0.01)
    assert (total.average_resolution, total.average_attitude) == (3.5, 3.75)
    assert total.on_time_rate == 0.4 and total.satisfied_share == 0.75
    c = board.charts
    assert len(c["day"].rows) == 30
    assert counts(c["day"]) == {"11-01": 2, "11-02": 1, "11-05": 1, "11-10": 1, "11-15": 1,
                                "11-20": 1, "11-30": 1}
    assert counts(c["week"]) == {"2026年第44周": 2, "2026年第45周": 2, "2026年第46周": 2,
                                 "2026年第47周": 1, "2026年第49周": 1}
    assert [r.label for r in c["week"].rows][4] == "2026年第48周"  # empty weeks stay
    assert counts(c["category"]) == {"商品质量问题": 3, "物流配送问题": 3, "客户服务问题": 1,
                                     "（未分类）": 1}
    assert counts(c["department"]) == {"售后部": 3, "仓储物流部": 3, "运营部": 1, "（无部门）": 1}
    assert counts(c["handler"]) == {"张伟": 4, "李娜": 2, "（未分派）": 2}
    assert counts(c["carrier"]) == {"顺丰速运": 2, "中通快递": 1, "（无承运商）": 5}
    assert counts(c["handling"]) == {"4小时内": 1, "4～24小时": 1, "1～3天": 1, "3～7天": 1,
                                     "7天以上": 1, "未解决": 3}
    assert counts(c["on_time"]) == {"按时": 2, "超时": 3, "进行中": 1, "无时限": 2}
    assert counts(c["satisfaction"]) == {"满意": 3, "不满意": 1, "未回访": 4}
    logistics = next(r for r in c["department"].rows if r.label == "仓储物流部")
    assert (logistics.on_time, logistics.late, logistics.called, logistics.satisfied) == \
        (1, 2, 2, 1)


def _drilled(board, chart: str, row) -> set[str]:
    f, _ = drill_filter(board, chart, row)
    numbers = {r.number for r in list_page(f, limit=1000)}
    assert count_tickets(f) == len(numbers)
    return numbers


def test_the_drill_down_lists_exactly_the_tickets_counted(tickets):
    board = dashboard("admin", NOVEMBER, now=NOW)
    for key, chart in board.charts.items():
        for row in chart.rows:
            assert len(_drilled(board, key, row)) == row.count, (key, row.label)
        assert len(_drilled(board, key, None)) == board.total.count == 8
    assert _drilled(board, "week", board.charts["week"].rows[0]) == {tickets[1], tickets[2]}
    by = {r.label: r for r in board.charts["on_time"].rows}
    assert _drilled(board, "on_time", by["超时"]) == {tickets[2], tickets[4], tickets[7]}
    by = {r.label: r for r in board.charts["carrier"].rows}
    assert _drilled(board, "carrier", by["顺丰速运"]) == {tickets[2], tickets[3]}
    by = {r.label: r for r in board.charts["satisfaction"].rows}
    assert _drilled(board, "satisfaction", by["满意"]) == {tickets[1], tickets[3], tickets[7]}


def test_a_supervisor_counts_only_the_tickets_of_their_department(tickets):
    person("sup", "supervisor", "售后部")
    person("analyst1", "analyst", None)
    assert dashboard("analyst1", NOVEMBER, now=NOW).total.count == 8
    board = dashboard("sup", NOVEMBER, now=NOW)
    assert board.total.count == 3
    assert counts(board.charts["department"]) == {"售后部": 3}
    row = board.charts["category"].rows[0]
    assert _drilled(board, "category", row) == {tickets[1], tickets[5], tickets[8]}


def test_a_clerk_is_refused_in_the_service_and_it_is_recorded(db):
    person("clerk1", "clerk")
    with pytest.raises(PermissionDenied):
        dashboard("clerk1", NOVEMBER)
    assert [e.field for e in refusals()] == ["view_statistics"]
