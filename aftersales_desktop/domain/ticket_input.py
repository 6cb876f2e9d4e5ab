"""Turn the ticket JSON (CLI, screens) into checked plain values, or raise ValidationError."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from aftersales_desktop.domain import phone as phones
from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES, parse_choice
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

SECTIONS = {
    "customer": {"name": 100, "phone": 40, "email": 200, "gender": 10, "age_range": 40,
                 "region": 200, "postcode": 10, "vip": None},
    "order": {"number": 64, "product": 200, "model": 100, "serial": 100, "purchased_on": None,
              "purchase_channel": 100, "live_session": 200, "live_host": 100,
              "service_card": 64},
    "problem": {"description": 5000, "started_on": None, "frequency": 100},
    "logistics": {"waybill": 64, "carrier": 100, "branch": 100, "consignment_docs": 2000},
}
TOP_LEVEL = {"channel", "received_at", "category", "subcategory", "priority", "attachments",
             "client_id", *SECTIONS}
DATE_FIELDS = {"order.purchased_on", "problem.started_on"}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTCODE = re.compile(r"^\d{6}$")


@dataclass
class TicketInput:
    channel: str
    received_at: datetime  # naive UTC
    customer: dict
    order: dict
    problem: dict
    logistics: dict
    category: str | None = None
    subcategory: str | None = None
    priority: str = "normal"
    attachments: list[str] = field(default_factory=list)
    client_id: str | None = None


def _text(name: str, value, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "应为文字，收到的是 {name__}"), name__=type(value).__name__)
    text = value.strip()
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "含有无法保存的字符，请删除后重试"))
    if len(text) > limit:
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "最多 {limit} 个字，现有 {count_text} 个"), limit=limit, count_text=len(text))
    return text or None


def _date(name: str, value, today: date) -> date | None:
    text = _text(name, value, 10)
    if text is None:
        return None
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "日期格式为 YYYY-MM-DD，如 2026-11-20；收到“{text}”"), text=text) from None
    if parsed > today:
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "日期不能晚于今天"))
    if parsed.year < 1990:
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "日期应在 1990 年之后"))
    return parsed


def _received_at(value, now: datetime) -> datetime:
    if value is None:
        return now.replace(tzinfo=None)
    text = _text("received_at", value, 40)
    try:
        parsed = datetime.fromisoformat(text or "")
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise ValidationError("received_at", QT_TRANSLATE_NOOP("errors", "时间须带时区，格式如 2026-11-22T09:30:00+08:00"))
    if not 2000 <= parsed.year <= 9000:
        raise ValidationError("received_at", QT_TRANSLATE_NOOP("errors", "时间应在 2000 年之后"))
    parsed = parsed.astimezone(timezone.utc)
    if parsed > now + timedelta(minutes=10):
        raise ValidationError("received_at", QT_TRANSLATE_NOOP("errors", "受理时间不能晚于当前时间"))
    return parsed.replace(tzinfo=None)


def _section(name: str, data, today: date) -> dict:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "应为一组字段（JSON 对象）"))
    spec = SECTIONS[name]
    out = {}
    for key, value in data.items():
        path = f"{name}.{key}"
        if key not in spec:
            raise ValidationError(path, QT_TRANSLATE_NOOP("errors", "没有字段“{key}”，可用的字段：{value2}"), key=key, value2=', '.join(spec))
        if path in DATE_FIELDS:
            out[key] = _date(path, value, today)
        elif key == "vip":
            if value is not None and not isinstance(value, bool):
                raise ValidationError(path, QT_TRANSLATE_NOOP("errors", "应为 true（是）或 false（否）"))
            out[key] = bool(value)
        else:
            out[key] = _text(path, value, spec[key])
    return out


def _check_customer(customer: dict) -> None:
    if not customer.get("phone") and not customer.get("name"):
        raise ValidationError("customer.phone", QT_TRANSLATE_NOOP("errors", "请填写客户电话或姓名（至少一项）"))
    if customer.get("phone"):
        try:
            customer["phone"] = phones.normalise(customer["phone"])
        except ValueError as exc:
            raise ValidationError("customer.phone", QT_TRANSLATE_NOOP(
                "errors", "请输入大陆手机号（1 开头的 11 位）或带区号的固话，如 021-62345678")) from None
    if customer.get("email") and not _EMAIL.match(customer["email"]):
        raise ValidationError("customer.email", QT_TRANSLATE_NOOP("errors", "请输入有效的电子邮箱，如 name@example.com"))
    if customer.get("postcode") and not _POSTCODE.match(customer["postcode"]):
        raise ValidationError("customer.postcode", QT_TRANSLATE_NOOP("errors", "邮编为 6 位数字"))
    if customer.get("gender"):
        customer["gender"] = parse_choice("customer.gender", customer["gender"], GENDERS)


def parse_ticket_input(data, now: datetime | None = None) -> TicketInput:
    now = now or datetime.now(timezone.utc)
    today = now.astimezone(timezone(timedelta(hours=8))).date()
    if not isinstance(data, dict):
        raise ValidationError("ticket", QT_TRANSLATE_NOOP("errors", "工单数据应为 JSON 对象"))
    for key in data:
        if key not in TOP_LEVEL:
            raise ValidationError(str(key) or "ticket",
                                  QT_TRANSLATE_NOOP("errors", "没有字段“{key}”，可用的字段：{value2}"), key=key, value2=', '.join(sorted(TOP_LEVEL)))
    channel = _text("channel", data.get("channel"), 40)
    if not channel:
        raise ValidationError("channel", QT_TRANSLATE_NOOP("errors", "必填受理渠道，请填以下之一：{value1}"), value1=', '.join(CHANNELS))
    channel = parse_choice("channel", channel, CHANNELS)
    priority = parse_choice("priority", _text("priority", data.get("priority"), 20) or "normal",
                            PRIORITIES)
    sections = {name: _section(name, data.get(name), today) for name in SECTIONS}
    _check_customer(sections["customer"])
    if not sections["problem"].get("description"):
        raise ValidationError("problem.description", QT_TRANSLATE_NOOP("errors", "请填写问题描述（客户反映的情况）"))
    attachments = data.get("attachments") or []
    if not isinstance(attachments, list) or not all(isinstance(a, str) and a for a in attachments):
        raise ValidationError("attachments", QT_TRANSLATE_NOOP("errors", "附件应为文件路径的列表"))
    return TicketInput(
        channel=channel,
        received_at=_received_at(data.get("received_at"), now),
        category=_text("category", data.get("category"), 100),
        subcategory=_text("subcategory", data.get("subcategory"), 100),
        priority=priority,
        attachments=list(attachments),
        client_id=_text("client_id", data.get("client_id"), 100),
        **sections,
    )


@dataclass
class TicketChanges:
    sections: dict
    customer: dict
    category: str | None = None
    subcategory: str | None = None
    priority: str | None = None


EDITABLE = {"category", "subcategory", "priority", *SECTIONS}


def parse_ticket_changes(data, now: datetime | None = None) -> TicketChanges:
    """Check a partial edit in the ticket JSON shape; only the given fields are returned."""
    now = now or datetime.now(timezone.utc)
    today = now.astimezone(timezone(timedelta(hours=8))).date()
    if not isinstance(data, dict) or not data:
        raise ValidationError("changes", QT_TRANSLATE_NOOP("errors", "修改内容应为 JSON 对象，列出要修改的字段"))
    for key in data:
        if key not in EDITABLE:
            raise ValidationError(str(key) or "changes",
                                  QT_TRANSLATE_NOOP("errors", "字段“{key}”不能修改；可修改：{value2}"), key=key, value2=', '.join(sorted(EDITABLE)))
    sections = {name: _section(name, data.get(name), today) for name in SECTIONS}
    customer = sections.pop("customer")
    if "description" in sections["problem"] and not sections["problem"]["description"]:
        raise ValidationError("problem.description", QT_TRANSLATE_NOOP("errors", "不能为空"))
    if customer:
        if "phone" in customer and not customer["phone"]:
            raise ValidationError("customer.phone", QT_TRANSLATE_NOOP("errors", "客户电话不能删除，请改为正确的号码"))
        if customer.get("phone") or customer.get("name"):
            _check_customer(customer)
    priority = _text("priority", data.get("priority"), 20)
    if priority is not None:
        priority = parse_choice("priority", priority, PRIORITIES)
    return TicketChanges(
        sections=sections, customer=customer,
        category=_text("category", data.get("category"), 100),
        subcategory=_text("subcategory", data.get("subcategory"), 100),
        priority=priority)
