"""Clock events of the timeline in plain words: waiting on the customer, promised times."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text
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
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 暂停计时，等待客户：{value2}"), who=who, value2=event.new_value or '')
    if event.action == "resume":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 恢复计时"), who=who)
    if event.old_value:
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 把承诺解决时间从 {value2} 改为 {value3}"), who=who, value2=_local(event.old_value), value3=_local(event.new_value))
    return Text(QT_TRANSLATE_NOOP("timeline", "{who} 向客户承诺在 {value2} 前解决"), who=who, value2=_local(event.new_value))
