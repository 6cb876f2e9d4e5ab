"""Satisfaction for statistics and print: latest per ticket, every call, summaries by handler,
department, category and period; the 回访设置 values and what they change; both engines."""
from datetime import timedelta

import pytest

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.callback_queue import callback_queue
from aftersales_desktop.services.callback_settings import load_settings, save_settings
from aftersales_desktop.services.callbacks import record_call
from aftersales_desktop.services.resolution import resolve_ticket
from aftersales_desktop.services.satisfaction import satisfaction_summary
from aftersales_desktop.services.tickets import transition
from aftersales_desktop.storage.models import AuditEvent, Setting
from aftersales_desktop.storage.models_callback import CallbackTask

from .callback_helpers import HAPPY, NO_ANSWER, add_callback_crew, open_task, ticket_in_progress


@pytest.fixture
def crew(db):
    add_callback_crew()
    return db


def _called(phone, category, handler, answers):
    number = ticket_in_progress(category=category, phone=phone, handler=handler)
    resolve_ticket(number, "repair", "已维修", actor=handler)
    for data in answers:
        record_call(open_task(number).id, data, actor="sun")
    return number


def score(res, att, solved=True, words="还行"):
    return {"reached": True, "solved": solved, "resolution_score": res, "attitude_score": att,
            "customer_words": words}


def test_summaries_by_handler_category_department_and_period(crew):
    _called("13900000001", "quality", "zhang", [score(5, 5)])
    _called("13900000002", "quality", "zhang", [NO_ANSWER, score(2, 4, solved=False)])
    _called("13900000003", "returns", "chen", [score(4, 3)])
    today = local_today()
    by_handler = satisfaction_summary("handler", today, today)
    assert [(r.key, r.label, r.count) for r in by_handler] == [("zhang", "张伟", 2),
                                                               ("chen", "陈静", 1)]
    zhang = by_handler[0]
    assert (zhang.avg_resolution, zhang.avg_attitude, zhang.satisfied_share,
            zhang.solved_share) == (3.5, 4.5, 0.5, 0.5)
    by_category = {r.key: r for r in satisfaction_summary("category", today, today)}
    assert by_category["returns"].label == "退换货问题" and by_category["returns"].count == 1
    assert [(r.label, r.count) for r in satisfaction_summary("department", today, today)] == \
        [("售后部", 3)]
    everything = satisfaction_summary("all", today, today)
    assert [(r.count, r.avg_resolution, r.satisfied_share) for r in everything] == \
        [(3, 3.67, 0.6667)]
    for period, key in (("day", today.isoformat()), ("month", f"{today:%Y-%m}"),
                        ("week", "%d-W%02d" % today.isocalendar()[:2])):
        rows = satisfaction_summary(period, today - timedelta(days=40), today)
        assert [(r.key, r.count) for r in rows] == [(key, 3)]
    assert satisfaction_summary("handler", today, today, kind="revisit") == []
    assert satisfaction_summary("all", today - timedelta(days=9), today - timedelta(days=1)) == []
    with pytest.raises(ValidationError, match="group_by"):
        satisfaction_summary("colour", today, today)
    with pytest.raises(ValidationError, match="end_day"):
        satisfaction_summary("all", today, today - timedelta(days=1))


def test_settings_change_what_new_callbacks_do(crew):
    settings = load_settings()
    assert (settings.limit.label(), settings.assign_to, settings.max_attempts,
            settings.satisfied_min, settings.revisit_days["repair"],
            settings.revisit_days["refund"]) == ("24个工作小时", "taker", 3, 3, (7, 30), ())
    changed = save_settings({"assign_to": "group", "group": "售后部", "max_attempts": 1,
                             "satisfied_min": 4, "limit_amount": 1, "limit_unit": "working_day",
                             "revisit_days": {"repair": "3，14", "refund": "10"}}, actor="admin")
    assert set(changed) == {"callback.assign_to", "callback.max_attempts",
                            "callback.satisfied_min", "callback.limit_amount",
                            "callback.limit_unit", "callback.revisit.repair",
                            "callback.revisit.refund"}
    assert save_settings({"assign_to": "group"}, actor="admin") == []
    assert AuditEvent.select().where(AuditEvent.entity == "setting").count() == 7
    number = ticket_in_progress()
    resolve_ticket(number, "repair", "已维修", actor="zhang")
    task = open_task(number)
    assert (task.assignee_id, task.group.name, task.max_attempts) == (None, "售后部", 1)
    assert [r.number for r in callback_queue("li")] == [number]  # the group's, li is in it
    result = record_call(task.id, score(3, 5, words="一般吧"), actor="li")
    assert result.step == "reopen"  # 3 is below the new threshold of 4
    transition(number, "in_progress", actor="zhang")
    resolve_ticket(number, "repair", "再次维修", actor="zhang")
    record_call(open_task(number).id, HAPPY, actor="li")
    days = sorted(t.revisit_days for t in CallbackTask.select().where(
        (CallbackTask.kind == "revisit") & (CallbackTask.status == "open")))
    assert days == [3, 14]


BAD_SETTINGS = [
    ({"limit_amount": 0}, "limit_amount"), ({"limit_unit": "week"}, "limit_unit"),
    ({"max_attempts": "十"}, "max_attempts"), ({"satisfied_min": 6}, "satisfied_min"),
    ({"assign_to": "robot"}, "assign_to"), ({"group": "不存在的部门"}, "group"),
    ({"revisit_days": {"repair": "7,7"}}, "revisit_days.repair"),
    ({"revisit_days": {"repair": "0"}}, "revisit_days.repair"),
    ({"callback_script": "您好{客户}，{订单}"}, "callback_script"),
    ({"revisit_script": "  "}, "revisit_script"),
]


def test_bad_settings_are_refused_and_nothing_is_written(crew):
    before = Setting.select().count()
    for values, field in BAD_SETTINGS:
        with pytest.raises(ValidationError) as info:
            save_settings({"max_attempts": 5, **values}, actor="admin")
        assert info.value.field == field
    assert Setting.select().count() == before and load_settings().max_attempts == 3
