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
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "expected text, got {name__}"), name__=type(value).__name__)
    text = value.strip()
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "contains characters that cannot be stored"))
    if len(text) > limit:
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "at most {limit} characters, got {count_text}"), limit=limit, count_text=len(text))
    return text or None


def _date(name: str, value, today: date) -> date | None:
    text = _text(name, value, 10)
    if text is None:
        return None
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "expected a date as YYYY-MM-DD, got '{text}'"), text=text) from None
    if parsed > today:
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "lies in the future"))
    if parsed.year < 1990:
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "expected a date after 1990"))
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
        raise ValidationError("received_at", QT_TRANSLATE_NOOP("errors", "expected ISO 8601 time with offset, e.g. 2026-11-22T09:30:00+08:00"))
    if not 2000 <= parsed.year <= 9000:
        raise ValidationError("received_at", QT_TRANSLATE_NOOP("errors", "expected a time after 2000"))
    parsed = parsed.astimezone(timezone.utc)
    if parsed > now + timedelta(minutes=10):
        raise ValidationError("received_at", QT_TRANSLATE_NOOP("errors", "lies in the future"))
    return parsed.replace(tzinfo=None)


def _section(name: str, data, today: date) -> dict:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "expected an object"))
    spec = SECTIONS[name]
    out = {}
    for key, value in data.items():
        path = f"{name}.{key}"
        if key not in spec:
            raise ValidationError(path, QT_TRANSLATE_NOOP("errors", "unknown field {key!r}; expected one of {value2}"), key=key, value2=', '.join(spec))
        if path in DATE_FIELDS:
            out[key] = _date(path, value, today)
        elif key == "vip":
            if value is not None and not isinstance(value, bool):
                raise ValidationError(path, QT_TRANSLATE_NOOP("errors", "expected true or false"))
            out[key] = bool(value)
        else:
            out[key] = _text(path, value, spec[key])
    return out


def _check_customer(customer: dict) -> None:
    if not customer.get("phone") and not customer.get("name"):
        raise ValidationError("customer.phone", QT_TRANSLATE_NOOP("errors", "a phone number or a name is required"))
    if customer.get("phone"):
        try:
            customer["phone"] = phones.normalise(customer["phone"])
        except ValueError as exc:
            raise ValidationError("customer.phone", QT_TRANSLATE_NOOP("errors", "{problem}"), problem=str(exc)) from None
    if customer.get("email") and not _EMAIL.match(customer["email"]):
        raise ValidationError("customer.email", QT_TRANSLATE_NOOP("errors", "expected an e-mail address like name@example.com"))
    if customer.get("postcode") and not _POSTCODE.match(customer["postcode"]):
        raise ValidationError("customer.postcode", QT_TRANSLATE_NOOP("errors", "expected 6 digits"))
    if customer.get("gender"):
        try:
            customer["gender"] = parse_choice("customer.gender", customer["gender"], GENDERS)
        except ValueError as exc:
            raise ValidationError("customer.gender", QT_TRANSLATE_NOOP("errors", "{problem}"),
                                  problem=str(exc).split(": ", 1)[1]) from None


def parse_ticket_input(data, now: datetime | None = None) -> TicketInput:
    now = now or datetime.now(timezone.utc)
    today = now.astimezone(timezone(timedelta(hours=8))).date()
    if not isinstance(data, dict):
        raise ValidationError("ticket", QT_TRANSLATE_NOOP("errors", "expected a JSON object"))
    for key in data:
        if key not in TOP_LEVEL:
            raise ValidationError(str(key) or "ticket",
                                  QT_TRANSLATE_NOOP("errors", "unknown field {key!r}; expected one of {value2}"), key=key, value2=', '.join(sorted(TOP_LEVEL)))
    channel = _text("channel", data.get("channel"), 40)
    if not channel:
        raise ValidationError("channel", QT_TRANSLATE_NOOP("errors", "required; one of {value1}"), value1=', '.join(CHANNELS))
    try:
        channel = parse_choice("channel", channel, CHANNELS)
        priority = parse_choice("priority", _text("priority", data.get("priority"), 20) or "normal",
                                PRIORITIES)
    except ValueError as exc:
        name, message = str(exc).split(": ", 1)
        raise ValidationError(name, QT_TRANSLATE_NOOP("errors", "{problem}"), problem=message) from None
    sections = {name: _section(name, data.get(name), today) for name in SECTIONS}
    _check_customer(sections["customer"])
    if not sections["problem"].get("description"):
        raise ValidationError("problem.description", QT_TRANSLATE_NOOP("errors", "required: what the customer reports"))
    attachments = data.get("attachments") or []
    if not isinstance(attachments, list) or not all(isinstance(a, str) and a for a in attachments):
        raise ValidationError("attachments", QT_TRANSLATE_NOOP("errors", "expected a list of file paths"))
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
        raise ValidationError("changes", QT_TRANSLATE_NOOP("errors", "expected a JSON object with the fields to change"))
    for key in data:
        if key not in EDITABLE:
            raise ValidationError(str(key) or "changes",
                                  QT_TRANSLATE_NOOP("errors", "{key!r} cannot be edited; editable: {value2}"), key=key, value2=', '.join(sorted(EDITABLE)))
    sections = {name: _section(name, data.get(name), today) for name in SECTIONS}
    customer = sections.pop("customer")
    if "description" in sections["problem"] and not sections["problem"]["description"]:
        raise ValidationError("problem.description", QT_TRANSLATE_NOOP("errors", "cannot be empty"))
    if customer:
        if "phone" in customer and not customer["phone"]:
            raise ValidationError("customer.phone", QT_TRANSLATE_NOOP("errors", "cannot be removed; correct it instead"))
        if customer.get("phone") or customer.get("name"):
            _check_customer(customer)
    priority = _text("priority", data.get("priority"), 20)
    if priority is not None:
        try:
            priority = parse_choice("priority", priority, PRIORITIES)
        except ValueError as exc:
            raise ValidationError("priority", QT_TRANSLATE_NOOP("errors", "{problem}"),
                                  problem=str(exc).split(": ", 1)[1]) from None
    return TicketChanges(
        sections=sections, customer=customer,
        category=_text("category", data.get("category"), 100),
        subcategory=_text("subcategory", data.get("subcategory"), 100),
        priority=priority)
