"""Everything about one customer, for their request to see a copy (PIPL 查阅、复制): the customer
row, their tickets with all fields, the processing record, evidence files, escalations, calls.

Needs the permission 导出数据 and covers the tickets the actor sees (services.scoping). Phones,
e-mail and addresses are masked, also inside free text, unless `unmasked` (needs 查看完整个人
信息 as well). Each export is an audit event. Files are written whole or not at all.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES
from aftersales_desktop.domain.clock import iso_utc, utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.field_labels import field_label
from aftersales_desktop.domain.masking import mask_field, mask_in_text
from aftersales_desktop.domain.permissions import EXPORT, REVEAL_PERSONAL
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services import audit
from aftersales_desktop.services.customers import CUSTOMER_FIELDS, get_customer
from aftersales_desktop.services.escalation_views import escalations_of
from aftersales_desktop.services.permissions import refuse_scope, require
from aftersales_desktop.services.satisfaction import callbacks_for_ticket
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.services.ticket_fields import SECTION_COLUMNS
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.timeline import describe
from aftersales_desktop.storage.models import Customer, Ticket, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

FORMATS = ("json", "xlsx")


@dataclass
class CustomerExport:
    customer: dict
    tickets: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)
    escalations: list[dict] = field(default_factory=list)
    callbacks: list[dict] = field(default_factory=list)
    exported_at: str = ""
    exported_by: str = ""
    masked: bool = True

    def as_json(self) -> dict:
        return {"exported_at": self.exported_at, "exported_by": self.exported_by,
                "masked": self.masked, "customer": self.customer, "tickets": self.tickets,
                "events": self.events, "attachments": self.attachments,
                "escalations": self.escalations, "callbacks": self.callbacks}


@dataclass(frozen=True)
class ExportReport:
    path: Path
    tickets: int
    masked: bool


def _shown(name: str, value, masked: bool):
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    if not masked or not isinstance(value, str):
        return value
    return mask_in_text(mask_field(name, value))


def collect(customer_id: int, actor: str, unmasked: bool = False) -> CustomerExport:
    """What an export of customer `customer_id` holds for `actor` (checks, no audit event)."""
    staff = require(actor, EXPORT)
    if unmasked:
        require(actor, REVEAL_PERSONAL)
    if Customer.get_or_none(Customer.id == customer_id) is None:
        raise NotFoundError(f"customer {customer_id} does not exist")
    mine = Ticket.select(Ticket.number).where(Ticket.customer == customer_id)
    numbers = [n for n, in scoped(mine, staff).order_by(Ticket.id).tuples()]
    if not numbers and mine.exists():
        refuse_scope(staff, QT_TRANSLATE_NOOP("errors", "客户 #{customer_id} 的工单都不在{name}的查看范围内"),
                     customer_id=customer_id, name=staff.name)
    masked = not unmasked
    customer = get_customer(customer_id)
    out = CustomerExport(
        customer={f: _shown(f, getattr(customer, f), masked) for f in CUSTOMER_FIELDS},
        exported_at=iso_utc(utcnow()), exported_by=staff.login, masked=masked)
    out.customer.update(id=customer_id, ticket_count=len(numbers))
    for number in numbers:
        _add_ticket(out, number, masked)
    return out


def _add_ticket(out: CustomerExport, number: str, masked: bool) -> None:
    view = get_ticket(number)
    row = {"number": view.number, "received_at": view.received_at, "channel": view.channel,
           "state": view.state, "priority": view.priority, "category": view.category,
           "subcategory": view.subcategory, "assignee": view.assignee,
           "state_reason": _shown("state_reason", view.state_reason, masked)}
    for section, mapping in SECTION_COLUMNS.items():
        for key, column in mapping.items():
            row[column] = _shown(column, view.sections[section].get(key), masked)
    out.tickets.append(row)
    for event in view.events:
        out.events.append({
            "ticket": number, "at": event.at, "staff": event.staff_login,
            "action": event.action, "field": event.field,
            "old_value": _shown(event.field or "", event.old_value, masked),
            "new_value": _shown(event.field or "", event.new_value, masked),
            "text": _shown("", describe(event), masked)})
    for file in view.attachments:
        out.attachments.append({"ticket": number, **file})
    for call in callbacks_for_ticket(view.id):
        out.callbacks.append({
            "ticket": number, "at": iso_utc(call.at), "kind": call.kind_label,
            "attempt": call.attempt_no, "staff": call.staff_name, "reached": call.reached,
            "unreached_reason": call.unreached_reason, "solved": call.solved,
            "resolution_score": call.resolution_score, "attitude_score": call.attitude_score,
            "satisfied": call.satisfied,
            "customer_words": _shown("", call.customer_words, masked),
            "note": _shown("", call.note, masked)})
    for esc in escalations_of(number):
        out.escalations.append({
            "ticket": number, "created_at": iso_utc(esc.created_at), "to": esc.receiver_text,
            "cause_analysis": _shown("", esc.cause_analysis, masked),
            "proposed_solution": _shown("", esc.proposed_solution, masked),
            "instructions": _shown("", esc.instructions, masked), "status": esc.status,
            "result": _shown("", esc.result, masked),
            "entries": [{"at": iso_utc(e.at), "kind": e.kind, "staff": e.staff_name,
                         "text": _shown("", e.text, masked)} for e in esc.entries]})


def export_customer(customer_id: int, actor: str, path: str | Path, fmt: str | None = None,
                    unmasked: bool = False) -> ExportReport:
    """Write the export to `path` as JSON or Excel (from the suffix unless `fmt`)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError("format", QT_TRANSLATE_NOOP("errors", "导出格式应为 json 或 xlsx，收到“{value1}”"), value1=fmt or path.name)
    data = collect(customer_id, actor, unmasked)
    partial = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "json":
            partial.write_text(json.dumps(data.as_json(), ensure_ascii=False, indent=1),
                               encoding="utf-8")
        else:
            from aftersales_desktop.services.customer_xlsx import write_xlsx

            write_xlsx(data, partial)
        with database.atomic():
            audit.record("export", require(actor, EXPORT).id, entity="customer",
                         entity_id=customer_id, field=fmt,
                         new=f"导出客户个人信息：{len(data.tickets)} 张工单"
                             f"（{'电话、邮箱和地址已隐去' if data.masked else '未隐去'}）")
        os.replace(partial, path)
    except OSError as exc:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "无法写入“{path}”：{value2}"), path=path, value2=exc.strerror or exc) from None
    finally:
        partial.unlink(missing_ok=True)
    return ExportReport(path, len(data.tickets), data.masked)


LABELS = {"state": STATE_LABELS, "channel": CHANNELS, "priority": PRIORITIES, "gender": GENDERS}


def label_value(name: str, value):
    """A code as people read it (状态 已关闭, 渠道 微信)."""
    return LABELS.get(name, {}).get(value, value) if isinstance(value, str) else value


def label(name: str) -> str:
    return field_label(name)
