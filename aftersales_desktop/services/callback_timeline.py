"""Callback, revisit and resolution events of the ticket timeline in plain words
(services/timeline.py): "李娜 第 1/3 次回访：已接通", "李娜 回访：客户原话：……"."""
from __future__ import annotations

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
    return task_label(task.kind, task.revisit_days) if task else "回访"


def _person(login: str | None) -> str:
    row = Staff.get_or_none(Staff.login == login) if login else None
    return row.name if row else (login or "")


def _score(value: str | None) -> str:
    number = int(value) if value and value.isdigit() else None
    return f"{value} 分（{SCORE_LABELS[number]}）" if number in SCORE_LABELS else str(value)


_ANSWERS = {  # field → words after "{who} {kind}"
    "reached": lambda v: "：已接通" if v == "true" else "：未接通",
    "unreached_reason": lambda v: f"未接通的原因：{v}",
    "solved": lambda v: "中客户表示问题已真正解决" if v == "true" else "中客户表示问题没有解决",
    "resolution_score": lambda v: f"中客户对处理结果的满意度：{_score(v)}",
    "attitude_score": lambda v: f"中客户对服务态度的满意度：{_score(v)}",
    "satisfied": lambda v: "结论：满意" if v == "true" else "结论：不满意",
    "customer_words": lambda v: f"中记录客户原话：{v}",
    "note": lambda v: f"备注：{v}",
}


def describe_callback(who: str, event: EventRow) -> str:
    new = event.new_value or ""
    if event.entity == "resolution":
        if event.field == "how":
            return f"{who} 处理方式：{RESOLUTION_KINDS.get(new, new)}"
        return f"{who} 处理结果：{new}"
    kind = _kind(event)
    if event.action == "schedule" and event.field == "callback":
        return f"系统 安排回访：由 {_person(event.old_value)} 在 {_local(new)} 前回访"
    if event.action == "schedule":
        return f"系统 安排{kind}：{_local(new)} 起，由 {_person(event.old_value)} 回访"
    if event.action == "reschedule":
        return f"{who} {kind}未接通，{_local(new)} 再次拨打"
    if event.action == "end":
        if new == "cancelled":
            return f"系统 取消{kind}（{event.old_value or '工单状态已变'}）"
        return f"{who} {kind}结束：{OUTCOMES.get(new, new)}"
    words = _ANSWERS.get(event.field, lambda v: f"：{v}")(new)
    if event.field == "reached":
        return f"{who} 第 {event.old_value} 次{kind}{words}"
    return f"{who} {kind}{words}"
