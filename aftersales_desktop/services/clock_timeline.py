"""Clock events of the timeline in plain words: waiting on the customer, promised times."""
from __future__ import annotations

from datetime import datetime

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.services.audit import EventRow

CLOCK_ACTIONS = {"pause", "resume", "promise"}


def _local(iso: str | None) -> str:
    if not iso:
        return ""
    return datetime.fromisoformat(iso).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def describe_clock(who: str, event: EventRow) -> str:
    if event.action == "pause":
        return f"{who} 暂停计时，等待客户：{event.new_value or ''}"
    if event.action == "resume":
        return f"{who} 恢复计时"
    if event.old_value:
        return f"{who} 把承诺解决时间从 {_local(event.old_value)} 改为 {_local(event.new_value)}"
    return f"{who} 向客户承诺在 {_local(event.new_value)} 前解决"
