"""The meeting pack's numbers against a hand count of tests/unit/weekly_helpers.py, on both
engines (the grouped read differs: SQLite and PostgreSQL group and compare timestamps their
own way)."""
from __future__ import annotations

from datetime import date

import pytest

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.iso_week import Week, parse_week, week_of
from aftersales_desktop.services.action_items import mark_done, save_item
from aftersales_desktop.services.weekly_counts import live_counts, precomputed_counts
from aftersales_desktop.services.weekly_pack import weekly_pack
from aftersales_desktop.storage.models import Category, Ticket
from tests.unit.auth_helpers import person
from tests.unit.weekly_helpers import MH, PD, SF, TODAY, WEEK, ZTO, build_weeks, utc


def _figures(rows) -> dict:
    return {r.label: (r.this_week, r.previous_week, r.four_week_total) for r in rows}


def test_the_pack_counts_what_a_hand_count_gives(db):
    build_weeks()
    steps = []
    pack = weekly_pack(WEEK, "admin", lambda done, total, what: steps.append(done), today=TODAY)
    assert pack.week == Week(date(2026, 10, 5)) and pack.complete
    assert steps == [0, 1, 2, 3, 4, 5]
    t = pack.total
    assert (t.this_week, t.previous_week, t.four_week_total, t.average) == (4, 2, 4, 1.0)
    assert _figures(pack.by_category) == {"物流配送问题": (3, 1, 2), "商品质量问题": (1, 1, 1),
                                          "客户服务问题": (0, 0, 1)}
    assert [r.label for r in pack.by_category][0] == "物流配送问题"
    assert _figures(pack.top_causes) == {"物流配送问题 › 商品破损": (2, 1, 1),
                                         "物流配送问题 › 配送延迟": (1, 0, 1),
                                         "商品质量问题 › 产品本身缺陷": (1, 1, 1)}
    assert _figures(pack.by_branch) == {PD: (2, 1, 1), MH: (1, 0, 1),
                                        "（未填线路/网点）": (1, 1, 2)}
    assert _figures(pack.by_carrier) == {SF: (2, 1, 1), ZTO: (1, 0, 1),
                                         "（未填承运商）": (1, 1, 2)}
    assert _figures(pack.by_department) == {"仓储物流部": (2, 0, 0), "（未分派部门）": (2, 2, 4)}
    assert pack.overdue_total == 2
    assert [(r.limit_label, r.met_at is None) for r in pack.overdue] == [("解决", True),
                                                                         ("解决", False)]
    assert pack.escalated_total == 1 and pack.escalated[0].urgency_label == "紧急"
    s = pack.satisfaction
    assert (s.this_week.count, s.this_week.avg_resolution, s.this_week.satisfied_share) == \
        (2, 3.0, 0.5)
    assert s.previous_week.count == 1 and s.previous_week.avg_attitude == 5.0


def test_a_clerk_counts_only_the_tickets_of_their_department(db):
    build_weeks()
    person("clerk9", "clerk", "仓储物流部")
    pack = weekly_pack(WEEK, "clerk9", today=TODAY)
    assert (pack.total.this_week, pack.total.previous_week, pack.total.four_week_total) == \
        (2, 0, 0)
    assert pack.overdue_total == 1 and pack.escalated_total == 1
    assert pack.satisfaction.this_week.count == 1  # the call about a ticket they see


def test_carried_over_items_keep_their_status_until_done(db):
    build_weeks()
    w40 = {"week": "2026-W40", "owner": "admin"}
    late = save_item({**w40, "text": "顺丰浦东加固大件包装", "deadline": "2026-10-09"}, "admin")
    running = save_item({**w40, "text": "配送延迟逐单回访", "deadline": "2026-10-20"}, "admin")
    early = save_item({**w40, "text": "节前排班", "deadline": "2026-10-02"}, "admin")
    later = save_item({**w40, "text": "更新话术", "deadline": "2026-10-09"}, "admin")
    mark_done(early, "admin", "2026-10-03")
    mark_done(later, "admin", "2026-10-08")
    new = save_item({"week": WEEK, "owner": "admin", "text": "中通闵行时效约谈",
                     "deadline": "2026-10-16", "category": "logistics",
                     "department": "仓储物流部"}, "admin")
    pack = weekly_pack(WEEK, "admin", today=TODAY)
    assert [(r.id, r.status, r.category, r.department) for r in pack.new_actions] == [
        (new, "open", "物流配送问题", "仓储物流部")]
    assert {r.id: r.status for r in pack.carried_actions} == {
        late: "late", running: "open", later: "done"}
    before = weekly_pack("2026-W40", "admin", today=TODAY)
    assert {r.id: r.status for r in before.new_actions} == {
        late: "open", running: "open", early: "done", later: "open"}  # as on 4 October
    after = weekly_pack("2026-W42", "admin", today=TODAY)
    assert {r.id: r.status for r in after.carried_actions} == {
        late: "late", running: "open", new: "late"}
    mark_done(late, "admin", "2026-10-13")
    assert {r.id: r.status for r in weekly_pack("2026-W43", "admin",
                                                today=TODAY).carried_actions} == {
        running: "late", new: "late"}
    ongoing = weekly_pack("2026-W43", "admin", today=date(2026, 10, 20))
    assert {r.id: r.status for r in ongoing.carried_actions} == {running: "open", new: "late"}


@pytest.mark.parametrize("text, words", [
    ("", "请填写周次"), ("2026-47", "不是有效的周次"), ("W47", "不是有效的周次"),
    ("2026-W54", "2026 年只有第 1 到第 53 周"), ("2025-W53", "2025 年只有第 1 到第 52 周"),
    ("2026-W00", "只有第 1"), ("1999-W10", "不是有效的周次"), ("二〇二六年四十七周", "不是有效的周次")])
def test_bad_week_text_is_refused_naming_the_field(text, words):
    with pytest.raises(ValidationError) as caught:
        parse_week(text)
    assert caught.value.field == "week" and words in caught.value.message


def test_weeks_run_monday_to_sunday_across_the_year():
    assert parse_week("2026-W53").monday == date(2026, 12, 28)
    assert parse_week(" 2027w1 ").code == "2027-W01"
    assert week_of(date(2027, 1, 3)) == parse_week("2026-W53")
    assert parse_week("2026-W47").label == "2026年第47周（11月16日—11月22日）"
    assert parse_week("2026-W47").shifted(-1).code == "2026-W46"


def test_the_kept_day_counts_equal_a_live_count_after_changes(db):
    build_weeks()
    first, fifth = [t.id for t in Ticket.select().order_by(Ticket.id)][:5:4]
    quality = Category.get(Category.code == "quality").id
    Ticket.update(category=quality, subcategory=None, carrier=None).where(
        Ticket.id == first).execute()
    Ticket.update(received_at=utc("2026-10-09T08:00")).where(Ticket.id == fifth).execute()
    week = parse_week(WEEK)
    assert sorted(precomputed_counts(week), key=str) == sorted(live_counts(week), key=str)
    pack = weekly_pack(WEEK, "admin", today=TODAY)
    assert (pack.total.this_week, pack.total.previous_week) == (5, 1)
