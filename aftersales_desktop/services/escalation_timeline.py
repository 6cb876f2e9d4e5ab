"""Escalation events of a ticket's audit trail in plain words (services/timeline.py)."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text
from datetime import datetime

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.services.audit import EventRow
from aftersales_desktop.services.escalation_views import ENTRY_KINDS, URGENCIES
from aftersales_desktop.storage.models import Staff

_ESCALATE = {
    "serious": QT_TRANSLATE_NOOP("timeline", "{who} 判断可能产生严重后果，立即上报部门主管"),
    "skip_reason": QT_TRANSLATE_NOOP("timeline", "{who} 越级上报，理由：{new}"),
    "urgency": QT_TRANSLATE_NOOP("timeline", "{who} 标明紧急程度：{new}"),
    "cause_analysis": QT_TRANSLATE_NOOP("timeline", "{who} 分析原因：{new}"),
    "proposed_solution": QT_TRANSLATE_NOOP("timeline", "{who} 提出解决方案：{new}"),
}


def describe_escalation(who: str, event: EventRow) -> str:
    new = event.new_value or ""
    if event.entity in ("exception_report", "written_report"):
        return _report_words(who, event)
    if event.action == "auto_escalate":
        return Text(QT_TRANSLATE_NOOP("timeline", "系统 因{value1}自动把工单升级给 {new}"), value1=event.old_value or QT_TRANSLATE_NOOP("timeline", "时限已过"), new=new)
    if event.action == "escalate" and event.field == "to_level":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 把工单上报给 {new}"), who=who, new=new)
    if event.action == "escalate" and event.field in _ESCALATE:
        value = URGENCIES.get(new, new) if event.field == "urgency" else new
        return Text(_ESCALATE[event.field], who=who, new=value)
    if event.action == "instruct" and event.field == "executor":
        row = Staff.get_or_none(Staff.login == new)
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 指定执行人：{value2}"), who=who, value2=row.name if row else new)
    if event.action == "instruct":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 批示处理意见：{new}"), who=who, new=new)
    if event.action == "follow_up":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 记录{value2}：{new}"), who=who, value2=ENTRY_KINDS.get(event.field, QT_TRANSLATE_NOOP("timeline", "跟进记录")), new=new)
    if event.action == "complete":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 完成升级事项，处理结果：{new}"), who=who, new=new)
    return Text(QT_TRANSLATE_NOOP("timeline", "{who} 升级事项：{new}"), who=who, new=new)


def _report_words(who: str, event: EventRow) -> str:
    from aftersales_desktop.services.exception_report import LABELS

    what = LABELS.get(event.field, event.field or "")
    value = event.new_value or QT_TRANSLATE_NOOP("timeline", "（空）")
    if event.field == "reported_to":
        row = Staff.get_or_none(Staff.login == value)
        value = row.name if row else value
    if event.field in ("occurred_at", "info_received_at", "reported_at") and event.new_value:
        value = to_local(datetime.fromisoformat(event.new_value)).strftime("%Y-%m-%d %H:%M")
    form = QT_TRANSLATE_NOOP("timeline", "书面报告") if event.entity == "written_report" else QT_TRANSLATE_NOOP("timeline", "异常情况汇报表")
    return Text(QT_TRANSLATE_NOOP("timeline", "{who} 在{form}中填写了{what}：{value}"), who=who, form=form, what=what, value=value)
