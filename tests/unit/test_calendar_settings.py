"""Calendar settings on both engines: overview, overrides, official schedule import, audit."""
from __future__ import annotations

from datetime import date

import pytest

from aftersales_desktop.domain.work_calendar import ESTIMATED_NOTICE, HOLIDAY, WORKDAY
from aftersales_desktop.services import calendar_settings as cal
from aftersales_desktop.services.calendar_import import ScheduleError, parse_schedule
from aftersales_desktop.storage.models import AuditEvent
from aftersales_desktop.storage.models_sla import CalendarOverrideRow

YEAR = 2099  # no official schedule in the holidays package: estimated
SCHEDULE = """# 国务院办公厅关于2099年部分节假日安排的通知（测试）
日期,类型,名称
2099-01-01,holiday,元旦
2099-01-21~2099-01-27,放假,春节
2099-01-18，上班，春节调休
2099-10-01 至 2099-10-07,休,国庆节
2099-10-10,workday,国庆调休
"""


def _events():
    return list(AuditEvent.select().where(AuditEvent.entity == "calendar").order_by(AuditEvent.id))


def _stored():
    return {r.day: (r.kind, r.name) for r in CalendarOverrideRow.select()}


def test_an_unannounced_year_is_estimated_with_the_notice(db):
    overview = cal.year_overview(YEAR)
    assert overview.estimated and overview.notice == ESTIMATED_NOTICE
    assert {d.source for d in overview.days} == {cal.RULE}
    assert date(YEAR, 10, 1) in {d.day for d in overview.days if d.kind == HOLIDAY}
    official = cal.year_overview(2025)
    assert not official.estimated and official.notice is None
    assert any(d.kind == WORKDAY and d.source == cal.OFFICIAL for d in official.days)


def test_set_change_and_clear_an_override_are_audited(db):
    assert cal.set_override("2099-03-02", HOLIDAY, "公司年会")
    assert not cal.set_override(date(YEAR, 3, 2), HOLIDAY, "公司年会")  # already so
    assert cal.set_override(date(YEAR, 3, 2), WORKDAY)
    assert _stored() == {date(YEAR, 3, 2): (WORKDAY, None)}
    day = next(d for d in cal.year_overview(YEAR).days if d.day == date(YEAR, 3, 2))
    assert (day.source, day.entered_by) == (cal.OVERRIDE, "系统管理员")
    assert cal.clear_override("2099-03-02") and not cal.clear_override("2099-03-02")
    assert _stored() == {}
    assert [(e.action, e.field, e.old_value, e.new_value, e.entity_id) for e in _events()] == [
        ("create", "2099-03-02", None, "holiday 公司年会", 20990302),
        ("update", "2099-03-02", "holiday 公司年会", "workday", 20990302),
        ("delete", "2099-03-02", "workday", None, 20990302)]


@pytest.mark.parametrize("day,kind,name,field", [
    ("2099-02-30", HOLIDAY, None, "day"), ("1999-01-01", HOLIDAY, None, "year"),
    ("2099-03-02", "maybe", None, "kind"), ("2099-03-02", HOLIDAY, "名" * 41, "name")])
def test_a_bad_override_names_its_field_and_writes_nothing(db, day, kind, name, field):
    with pytest.raises(cal.ValidationError) as caught:
        cal.set_override(day, kind, name)
    assert caught.value.field == field
    assert _stored() == {} and _events() == []


def test_import_an_official_schedule(db):
    result = cal.import_schedule(SCHEDULE, source="2099.csv")
    stored = _stored()
    assert stored[date(YEAR, 1, 18)] == (WORKDAY, "春节调休")
    assert all(stored[date(YEAR, 1, d)] == (HOLIDAY, "春节") for d in range(21, 28))
    assert stored[date(YEAR, 10, 7)] == (HOLIDAY, "国庆节")
    # a built-in weekday holiday the complete schedule leaves out becomes a working day
    rule_only = [d for d, (k, n) in stored.items() if n == cal.NOT_IN_SCHEDULE]
    assert rule_only and all(stored[d][0] == WORKDAY for d in rule_only)
    overview = cal.year_overview(YEAR)
    assert not overview.estimated and overview.notice is None
    assert result.years == [YEAR] and result.added == len(stored) and result.changed == 0
    assert cal.work_calendar().is_working_day(date(YEAR, 1, 18))  # a Sunday worked
    assert not cal.work_calendar().is_working_day(date(YEAR, 1, 21))
    events = _events()
    assert events[-1].action == "import" and "2099.csv" in events[-1].new_value
    assert len(events) == len(stored) + 1
    again = cal.import_schedule(SCHEDULE)  # the same file again changes nothing
    assert (again.added, again.changed, again.unchanged) == (0, 0, len(parse_schedule(SCHEDULE)))
    assert len(_events()) == len(events)


def test_an_import_keeps_the_company_s_own_days(db):
    cal.set_override(date(YEAR, 6, 1), HOLIDAY, "公司年会")
    cal.import_schedule(SCHEDULE)
    assert _stored()[date(YEAR, 6, 1)] == (HOLIDAY, "公司年会")


def test_an_import_with_any_bad_line_writes_nothing(db, tmp_path):
    bad = SCHEDULE + "2099-13-01,holiday,x\n2099-11-01,maybe\n2099-01-21,上班\n"
    with pytest.raises(ScheduleError) as caught:
        cal.import_schedule(bad)
    assert [(p.line, p.field, p.code) for p in caught.value.problems] == [
        (8, "day", "date"), (9, "kind", "kind"), (10, "day", "conflict")]
    path = tmp_path / "bad.csv"
    path.write_text("2099-01-01,holiday,元旦,多余,字段\n", encoding="gb18030")
    with pytest.raises(ScheduleError) as caught:
        cal.import_schedule_file(path)
    assert [(p.line, p.field) for p in caught.value.problems] == [(1, "line")]
    assert _stored() == {} and _events() == []


@pytest.mark.parametrize("text,field,code", [
    ("", "file", "empty"), ("# only a comment\n", "file", "empty"),
    ("2099-01-01", "line", "fields"), ("2099/1/1,holiday", "day", "date"),
    ("2099-01-10~2099-01-01,holiday", "day", "range"),
    ("2099-01-01~2099-03-01,holiday", "day", "range"), ("2250-01-01,holiday", "day", "year"),
    ("2099-01-01,放假,," + "名" * 41, "line", "fields"),
    ("2099-01-01,放假," + "名" * 41, "name", "name"), ("2099-01-01,sometimes", "kind", "kind")])
def test_every_kind_of_bad_line_is_named(text, field, code):
    with pytest.raises(ScheduleError) as caught:
        parse_schedule(text)
    problem = caught.value.problems[0]
    assert (problem.field, problem.code) == (field, code)
    assert problem.line == (0 if field == "file" else 1)


def test_header_comments_ranges_and_chinese_words_parse():
    days = parse_schedule(SCHEDULE)
    assert [d.day for d in days[:2]] == [date(YEAR, 1, 1), date(YEAR, 1, 21)]
    assert len(days) == 1 + 7 + 1 + 7 + 1
    assert {d.kind for d in days if d.name == "国庆调休"} == {WORKDAY}


def test_a_calendar_change_moves_open_deadlines_at_once(db):
    from aftersales_desktop.services.ticket_queries import get_ticket
    from aftersales_desktop.services.tickets import create_ticket

    ticket = create_ticket({"channel": "hotline", "received_at": "2026-11-18T10:00:00+08:00",
                            "customer": {"name": "王芳", "phone": "13912345678"},
                            "problem": {"description": "电饭煲无法加热"}})
    before = get_ticket(ticket.number).as_json()["deadlines"]["solution"]
    assert before.startswith("2026-11-19T02:00:00")  # Thursday 10:00 in Shanghai
    cal.set_override(date(2026, 11, 19), HOLIDAY, "公司年会")
    assert get_ticket(ticket.number).as_json()["deadlines"]["solution"].startswith(
        "2026-11-20T02:00:00")
    cal.clear_override(date(2026, 11, 19))
    assert get_ticket(ticket.number).as_json()["deadlines"]["solution"] == before
