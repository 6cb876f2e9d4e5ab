"""A ticket's audit events told in plain words: "张伟 把状态从 已核实 改为 已分类, 10:42"."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text
from dataclasses import dataclass
from datetime import datetime

from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES
from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.domain.field_labels import field_label
from aftersales_desktop.domain.impact import QUESTIONS
from aftersales_desktop.domain.masking import CONTACT_FIELDS, mask_field
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.audit import EventRow
from aftersales_desktop.services.callback_timeline import ENTITIES as CALLBACK_ENTITIES
from aftersales_desktop.services.callback_timeline import describe_callback
from aftersales_desktop.services.clock_timeline import CLOCK_ACTIONS, describe_clock
from aftersales_desktop.services.escalation_timeline import describe_escalation
from aftersales_desktop.services.spot_checks import RESULTS
from aftersales_desktop.storage.models import Category, Staff

_VALUE_LABELS = {"state": STATE_LABELS, "priority": PRIORITIES, "channel": CHANNELS,
                 "gender": GENDERS, "vip": {"true": QT_TRANSLATE_NOOP("timeline", "是"), "false": QT_TRANSLATE_NOOP("timeline", "否")},
                 "suggested_priority": PRIORITIES, "policy_review": {"pass": QT_TRANSLATE_NOOP("timeline", "通过")},
                 **{f"impact_{q}": options for q, (_, options) in QUESTIONS.items()}}


@dataclass(frozen=True)
class TimelineLine:
    when: str  # Shanghai time, "10:42" today, else "2026-11-20 10:42"
    text: str  # without the time

    @property
    def full(self) -> str:
        return f"{self.text}, {self.when}"


def _value(field: str | None, value: str | None) -> str:
    if value is None or value == "":
        return QT_TRANSLATE_NOOP("timeline", "（空）")
    if field in CONTACT_FIELDS:
        return mask_field(field, value)
    if field in _VALUE_LABELS:
        return _VALUE_LABELS[field].get(value, value)
    if field in ("category", "subcategory"):
        row = Category.get_or_none(Category.code == value)
        return row.name if row else value
    if field == "assignee":
        row = Staff.get_or_none(Staff.login == value)
        return row.name if row else value
    return value


def _when(at_iso: str, today) -> str:
    local = datetime.fromisoformat(at_iso).astimezone(SHANGHAI)
    return local.strftime("%H:%M") if local.date() == today else local.strftime("%Y-%m-%d %H:%M")


def describe(event: EventRow) -> str:
    who = event.staff_name or event.staff_login or QT_TRANSLATE_NOOP("timeline", "系统")
    what = field_label(event.field)
    old, new = _value(event.field, event.old_value), _value(event.field, event.new_value)
    prefix = QT_TRANSLATE_NOOP("timeline", "客户") if event.entity == "customer" else ""
    if event.entity in ("escalation", "exception_report", "written_report"):
        return describe_escalation(who, event)
    if event.entity in CALLBACK_ENTITIES:
        return describe_callback(who, event)
    if event.entity == "notice":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 已读提醒"), who=who) if event.action == "read" else \
            Text(QT_TRANSLATE_NOOP("timeline", "系统 提醒 {event_old_value}：{event_new_value}"), event_old_value=event.old_value, event_new_value=event.new_value)
    if event.entity == "spot_check_item":
        if event.field == "result":
            return Text(QT_TRANSLATE_NOOP("timeline", "{who} 内部监督抽查评定：{value2}"), who=who, value2=RESULTS.get(event.new_value, new))
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 写明抽查发现的问题：{new}"), who=who, new=new)
    if event.action in CLOCK_ACTIONS:
        return describe_clock(who, event)
    if event.action == "anonymise":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 删除了客户个人信息（匿名化）"), who=who)
    if event.action == "create" and event.entity == "ticket":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 受理了工单"), who=who)
    if event.action == "create":
        if not event.new_value:
            return Text(QT_TRANSLATE_NOOP("timeline", "{who} 登记了新客户"), who=who)
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 登记了新客户 {name}"), who=who, name=event.new_value)
    if event.action == "transition":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 把状态从 {old} 改为 {new}"), who=who, old=old, new=new)
    if event.action == "attach":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 添加了证据 {event_new_value}"), who=who, event_new_value=event.new_value)
    if event.action == "reason":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 写明原因：{new}"), who=who, new=new)
    if event.action == "assess":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 完成影响评估，建议优先级：{new}"), who=who, new=new)
    if event.action == "review":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 政策审核：{value2}"), who=who, value2=new if new == QT_TRANSLATE_NOOP("timeline", "通过") else
                    Text(QT_TRANSLATE_NOOP("timeline", "未通过（{reason}）"), reason=new))
    if event.action == "override" and event.field == "priority_reason":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 未采用建议优先级 {value2}，原因：{new}"), who=who, value2=_value('priority', event.old_value), new=new)
    if event.action == "override":
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 人工放行未通过的政策审核（{event_old_value}），原因：{new}"), who=who, event_old_value=event.old_value, new=new)
    if event.old_value in (None, ""):
        return Text(QT_TRANSLATE_NOOP("timeline", "{who} 填写了{prefix}{what}：{new}"), who=who, prefix=prefix, what=what, new=new)
    return Text(QT_TRANSLATE_NOOP("timeline", "{who} 把{prefix}{what}从 {old} 改为 {new}"), who=who, prefix=prefix, what=what, old=old, new=new)


def timeline(events: list[EventRow], now: datetime | None = None) -> list[TimelineLine]:
    today = (now.astimezone(SHANGHAI) if now else datetime.now(SHANGHAI)).date()
    return [TimelineLine(_when(e.at, today), describe(e)) for e in events]
