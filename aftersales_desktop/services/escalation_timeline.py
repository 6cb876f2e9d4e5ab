"""Escalation events of a ticket's audit trail in plain words (services/timeline.py)."""
from __future__ import annotations

from datetime import datetime

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.services.audit import EventRow
from aftersales_desktop.services.escalation_views import ENTRY_KINDS, URGENCIES
from aftersales_desktop.storage.models import Staff

_ESCALATE = {
    "serious": "{who} 判断可能产生严重后果，立即上报部门主管",
    "skip_reason": "{who} 越级上报，理由：{new}",
    "urgency": "{who} 标明紧急程度：{new}",
    "cause_analysis": "{who} 分析原因：{new}",
    "proposed_solution": "{who} 提出解决方案：{new}",
}


def describe_escalation(who: str, event: EventRow) -> str:
    new = event.new_value or ""
    if event.entity in ("exception_report", "written_report"):
        return _report_words(who, event)
    if event.action == "auto_escalate":
        return f"系统 因{event.old_value or '时限已过'}自动把工单升级给 {new}"
    if event.action == "escalate" and event.field == "to_level":
        return f"{who} 把工单上报给 {new}"
    if event.action == "escalate" and event.field in _ESCALATE:
        value = URGENCIES.get(new, new) if event.field == "urgency" else new
        return _ESCALATE[event.field].format(who=who, new=value)
    if event.action == "instruct" and event.field == "executor":
        row = Staff.get_or_none(Staff.login == new)
        return f"{who} 指定执行人：{row.name if row else new}"
    if event.action == "instruct":
        return f"{who} 批示处理意见：{new}"
    if event.action == "follow_up":
        return f"{who} 记录{ENTRY_KINDS.get(event.field, '跟进记录')}：{new}"
    if event.action == "complete":
        return f"{who} 完成升级事项，处理结果：{new}"
    return f"{who} 升级事项：{new}"


def _report_words(who: str, event: EventRow) -> str:
    from aftersales_desktop.services.exception_report import LABELS

    what = LABELS.get(event.field, event.field or "")
    value = event.new_value or "（空）"
    if event.field == "reported_to":
        row = Staff.get_or_none(Staff.login == value)
        value = row.name if row else value
    if event.field in ("occurred_at", "info_received_at", "reported_at") and event.new_value:
        value = to_local(datetime.fromisoformat(event.new_value)).strftime("%Y-%m-%d %H:%M")
    form = "书面报告" if event.entity == "written_report" else "异常情况汇报表"
    return f"{who} 在{form}中填写了{what}：{value}"
