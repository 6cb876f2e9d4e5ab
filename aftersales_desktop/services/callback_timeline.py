"""Callback, revisit and resolution events of the ticket timeline in plain words
(services/timeline.py): "李娜 第 1/3 次回访：已接通", "李娜 回访：客户原话：……"."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term, Text
from datetime import datetime

from aftersales_desktop.domain.callback_rules import (
    OUTCOMES, RESOLUTION_KINDS, SCORE_LABELS, task_label)
from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.services.audit import EventRow
from aftersales_desktop.storage.models import Staff
from aftersales_desktop.storage.models_callback import CallbackTask

ENTITIES = ("callback_task", "resolution")


def _local(iso: str | None) -> str:
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso)  # audit values are naive UTC
    if moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None) - moment.utcoffset()
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


def _kind(event: EventRow) -> str:
    task = CallbackTask.get_or_none(CallbackTask.id == event.entity_id)
    return task_label(task.kind, task.revisit_days) if task else QT_TRANSLATE_NOOP("timeline", "回访")


def _person(login: str | None) -> str:
    row = Staff.get_or_none(Staff.login == login) if login else None
    return row.name if row else (login or "")


def _score(value: str | None) -> str:
    number = int(value) if value and value.isdigit() else None
    return Text(QT_TRANSLATE_NOOP("timeline", "{value} 分（{value2}）"), value=value, value2=Term("callback_rules", SCORE_LABELS[number])) if number in SCORE_LABELS else str(value)


_ANSWERS = {  # field → words after "{who} {kind}"
    "reached": lambda v: QT_TRANSLATE_NOOP("timeline", "：已接通") if v == "true" else QT_TRANSLATE_NOOP("timeline", "：未接通"),
    "unreached_reason": lambda v: Text(QT_TRANSLATE_NOOP("timeline", "未接通的原因：{v}"), v=v),
    "solved": lambda v: QT_TRANSLATE_NOOP("timeline", "中客户表示问题已真正解决") if v == "true" else QT_TRANSLATE_NOOP("timeline", "中客户表示问题没有解决"),
    "resolution_score": lambda v: Text(QT_TRANSLATE_NOOP("timeline", "中客户对处理结果的满意度：{value1}"), value1=_score(v)),
    "attitude_score": lambda v: Text(QT_TRANSLATE_NOOP("timeline", "中客户对服务态度的满意度：{value1}"), value1=_score(v)),
    "satisfied": lambda v: QT_TRANSLATE_NOOP("timeline", "结论：满意") if v == "true" else QT_TRANSLATE_NOOP("timeline", "结论：不满意"),
    "customer_words": lambda v: Text(QT_TRANSLATE_NOOP("timeline", "中记录客户原话：{v}"), v=v),
    "note": lambda v: Text(QT_TRANSLATE_NOOP("timeline", "备注：{v}"), v=v),
}


def describe_callback(who: str, event: EventRow) -> str:
    new = event.new_value or ""
    if event.entity == "resolution":
        if event.field == "how":
            return Text(QT_TRANSLATE_NOOP("timeline", "{who} 处理方式：{value2}"), who=who, value2=RESOLUTION_KINDS.get(new, new))
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 处理结果：{new}"), who=who, new=new)
    kind = _kind(event)
    if event.action == "schedule" and event.field == "callback":
        return Text(QT_TRANSLATE_NOOP("timeline", "系统 安排回访：由 {value1} 在 {value2} 前回访"), value1=_person(event.old_value), value2=_local(new))
    if event.action == "schedule":
        return Text(QT_TRANSLATE_NOOP("timeline", "系统 安排{kind}：{value2} 起，由 {value3} 回访"), kind=kind, value2=_local(new), value3=_person(event.old_value))
    if event.action == "reschedule":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} {kind}未接通，{value3} 再次拨打"), who=who, kind=kind, value3=_local(new))
    if event.action == "end":
        if new == "cancelled":
            return Text(QT_TRANSLATE_NOOP("timeline", "系统 取消{kind}（{value2}）"), kind=kind, value2=event.old_value or QT_TRANSLATE_NOOP("timeline", "工单状态已变"))
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} {kind}结束：{value3}"), who=who, kind=kind, value3=OUTCOMES.get(new, new))
    words = _ANSWERS.get(event.field, lambda v: Text(QT_TRANSLATE_NOOP("timeline", "：{v}"), v=v))(new)
    if event.field == "reached":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 第 {event_old_value} 次{kind}{words}"), who=who, event_old_value=event.old_value, kind=kind, words=words)
    return Text(QT_TRANSLATE_NOOP("timeline", "{who} {kind}{words}"), who=who, kind=kind, words=words)
