"""Tickets for people at a terminal: Chinese labels, masked phones, aligned columns, local time."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES
from aftersales_desktop.domain.clock import SHANGHAI, iso_utc, utcnow
from aftersales_desktop.domain.deadline_text import STATE_LABELS as DEADLINE_STATES
from aftersales_desktop.domain.deadline_text import remaining_text
from aftersales_desktop.domain.masking import CONTACT_FIELDS, mask_field
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.ticket_list import TicketTableRow
from aftersales_desktop.services.ticket_queries import TicketView
from aftersales_desktop.storage.models import Category

SECTION_TITLES = {"customer": "客户", "order": "订单", "problem": "问题", "logistics": "物流"}
FIELD_LABELS = {
    "customer": {"name": "姓名", "phone": "电话", "email": "邮箱", "gender": "性别",
                 "age_range": "年龄段", "region": "地区", "postcode": "邮编"},
    "order": {"number": "订单号", "product": "商品", "model": "型号", "serial": "序列号",
              "purchased_on": "购买日期", "purchase_channel": "购买渠道",
              "live_session": "直播场次", "live_host": "主播", "service_card": "服务卡号"},
    "problem": {"description": "问题描述", "started_on": "开始日期", "frequency": "发生频率"},
    "logistics": {"waybill": "运单号", "carrier": "承运商", "branch": "网点/线路",
                  "consignment_docs": "托运单据"},
}
# Audit events name ticket columns (order_number, …) and a few fields of their own.
EVENT_FIELDS = {
    **FIELD_LABELS["customer"], **FIELD_LABELS["problem"], **FIELD_LABELS["logistics"],
    **{k: v for k, v in FIELD_LABELS["order"].items() if k != "number"},
    "order_number": "订单号", "vip": "VIP", "state": "状态", "state_reason": "原因",
    "assignee": "处理人", "category": "分类", "subcategory": "子分类", "priority": "优先级",
    "channel": "渠道", "customer": "客户", "attachment": "附件", "clock": "计时",
    "promised_at": "承诺解决时间",
}
ACTIONS = {"create": "创建", "transition": "状态变更", "reason": "填写", "update": "修改",
           "attach": "添加", "pause": "暂停", "resume": "恢复", "promise": "承诺"}
LIST_HEADERS = ("工单号", "状态", "优先级", "渠道", "受理时间", "客户", "电话", "分类", "问题")


def width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF"
               else 1 for c in text)


def pad(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def clip(text: str, columns: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    if width(text) <= columns:
        return text
    out = ""
    for char in text:
        if width(out + char) > columns - 1:
            break
        out += char
    return out + "…"


def local_time(iso: str | None) -> str:
    if not iso:
        return ""
    return datetime.fromisoformat(iso).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def state_label(code: str | None) -> str:
    return f"{STATE_LABELS.get(code, code)} ({code})" if code else "—"


def _category(code: str | None) -> str | None:
    row = Category.get_or_none(Category.code == code) if code else None
    return row.name if row else code


def _show_value(field: str | None, value) -> str:
    if value is None or value == "":
        return "—"
    if field == "state":
        return STATE_LABELS.get(value, value)
    if field in CONTACT_FIELDS:
        return mask_field(field, value)
    if field == "priority":
        return PRIORITIES.get(value, value)
    if field == "gender":
        return GENDERS.get(value, value)
    if field in ("category", "subcategory"):
        return _category(value) or value
    return clip(str(value), 40)


def _row(label: str, value, indent: str = "  ") -> list[str]:
    lines = str(value).splitlines() or [""]
    head = f"{indent}{pad(label, 10)}"
    return [head + lines[0]] + [" " * width(head) + line for line in lines[1:]]


def _customer_lines(view: TicketView) -> list[str]:
    c = view.customer
    lines = [SECTION_TITLES["customer"]]
    for key, label in FIELD_LABELS["customer"].items():
        value = getattr(c, key)
        if value:
            lines += _row(label, _show_value(key, value))
    flags = (["VIP"] if c.vip else []) + ([f"回头客，共 {c.ticket_count} 张工单"] if c.repeat else [])
    if flags:
        lines += _row("标记", "，".join(flags))
    return lines


def _event_line(event) -> str:
    who = event.staff_login or "—"
    if event.staff_name:
        who += f"（{event.staff_name}）"
    field = EVENT_FIELDS.get(event.field, event.field or "")
    if event.action == "create":
        what = f"创建工单 → {_show_value('state', event.new_value)}"
    elif event.action in ("transition", "update"):
        what = (f"{ACTIONS[event.action]} {field}: {_show_value(event.field, event.old_value)}"
                f" → {_show_value(event.field, event.new_value)}")
    else:
        what = f"{ACTIONS.get(event.action, event.action)} {field}: " \
               f"{_show_value(event.field, event.new_value)}"
    return f"  {local_time(event.at)}  {who}  {what}"


def deadline_lines(view: TicketView, now: datetime) -> list[str]:
    lines = ["时限"] if view.deadlines else []
    for item in view.deadlines:
        state = item.state_at(now)
        if state == "met":
            tail = f"已完成 {local_time(iso_utc(item.met_at))}"
        elif state == "paused":
            tail = "计时暂停（等待客户）"
        else:
            tail = f"{DEADLINE_STATES[state]}，{remaining_text(item.due_at, now)}"
        due = local_time(iso_utc(item.due_at)) or "—"
        lines.append(f"  {pad(item.label, 14)}{due}（{item.limit_label}）  {tail}")
    if view.paused_since:
        lines.append(f"  {pad('计时暂停', 14)}自 {local_time(view.paused_since)} 等待客户："
                     f"{view.pause_reason or ''}")
    return lines


def render_ticket(view: TicketView, now: datetime | None = None) -> str:
    category = " / ".join(filter(None, (_category(view.category), _category(view.subcategory))))
    lines = [f"工单 {view.number}   {state_label(view.state)}   版本 {view.version}", ""]
    lines += _row("受理渠道", CHANNELS.get(view.channel, view.channel), "")
    lines += _row("受理时间", local_time(view.received_at), "")
    lines += _row("优先级", PRIORITIES.get(view.priority, view.priority), "")
    lines += _row("分类", category or "未分类", "")
    lines += _row("处理人", view.assignee or "—", "")
    if view.state_reason:
        lines += _row("原因", view.state_reason, "")
    lines += ["", *deadline_lines(view, now or utcnow()), *_customer_lines(view)]
    for section, values in view.sections.items():
        shown = [(FIELD_LABELS[section][k], v) for k, v in values.items() if v not in (None, "")]
        if shown:
            lines.append(SECTION_TITLES[section])
            for label, value in shown:
                lines += _row(label, value.isoformat() if hasattr(value, "isoformat") else value)
    if view.attachments:
        lines.append("附件")
        lines += [f"  {a['filename']}  {a['mime']}  {a['size'] / 1024:.1f} KB"
                  for a in view.attachments]
    lines.append(f"时间线（{len(view.events)} 条）")
    lines += [_event_line(e) for e in view.events]
    return "\n".join(lines)


def render_list(rows: list[TicketTableRow]) -> str:
    if not rows:
        return "（没有符合条件的工单 / no tickets）"
    cells = [(r.number, STATE_LABELS.get(r.state, r.state), PRIORITIES.get(r.priority, r.priority),
              CHANNELS.get(r.channel, r.channel), local_time(r.received_at),
              clip(r.customer_name or "", 12), mask_field("phone", r.customer_phone), r.category or "未分类",
              clip(r.description or "", 30)) for r in rows]
    widths = [max(width(row[i]) for row in [LIST_HEADERS, *cells])
              for i in range(len(LIST_HEADERS))]
    return "\n".join("  ".join(pad(cell, w) for cell, w in zip(row, widths)).rstrip()
                     for row in [LIST_HEADERS, *cells])
