"""Resolving a ticket with what was done (处理方式 and 处理结果): the callback reads it out to the
customer (seed 002 二(四): 处理完成后回访客户，确认问题是否解决), and the revisits that follow the
closing depend on the kind (e.g. repairs and exchanges, 设置 › 回访设置)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aftersales_desktop.domain.callback_rules import RESOLUTION_KINDS
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import HANDLE
from aftersales_desktop.services import audit, ticket_stats
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.ticket_queries import TicketView, get_ticket
from aftersales_desktop.services.tickets import _load, _transition
from aftersales_desktop.storage.models import Staff, database
from aftersales_desktop.storage.models_callback import Resolution
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_NOTE = 2000


@dataclass(frozen=True)
class ResolutionRow:
    how: str
    how_label: str
    note: str | None
    resolved_at: datetime  # naive UTC
    staff_name: str


def parse_how(value) -> str:
    text = str(value or "").strip()
    for code, label in RESOLUTION_KINDS.items():
        if text in (code, label):
            return code
    raise ValidationError("how", QT_TRANSLATE_NOOP("errors", "请选择处理方式（{value1}）"), value1=list(RESOLUTION_KINDS.values()))


def resolve_ticket(number: str, how, note: str, actor: str = "admin",
                   expect_version: int | None = None) -> TicketView:
    """Move the ticket to resolved and keep how and what was done, in one transaction with the
    transition, the callback task it creates and their audit events."""
    staff_id = require(actor, HANDLE, ticket=number).id
    how = parse_how(how)
    note = (note or "").strip()
    if len(note) < 2:
        raise ValidationError("note", QT_TRANSLATE_NOOP("errors", "请写明处理结果（为客户做了什么），回访时要向客户说明"))
    if len(note) > MAX_NOTE:
        raise ValidationError("note", QT_TRANSLATE_NOOP("errors", "处理结果最多 {MAX_NOTE} 字"), MAX_NOTE=MAX_NOTE)
    with database.atomic():
        _transition(number, "resolved", actor, expect_version=expect_version)
        now = utcnow()  # after the transition's events: the timeline reads in order
        ticket = _load(number)
        row_id = Resolution.insert(ticket=ticket.id, how=how, note=note, resolved_at=now,
                                   staff=staff_id).execute()
        ticket_stats.refresh([ticket.id])
        for field, value in (("how", how), ("note", note)):
            audit.record("resolve", staff_id, ticket_id=ticket.id, entity="resolution",
                         entity_id=row_id, field=field, new=value, at=now)
    return get_ticket(number)


def resolutions_of(ticket_id: int) -> list[ResolutionRow]:
    """Every time the ticket was resolved, the latest first."""
    query = (Resolution.select(Resolution, Staff.name).join(Staff)
             .where(Resolution.ticket == ticket_id)
             .order_by(Resolution.resolved_at.desc(), Resolution.id.desc()))
    return [ResolutionRow(r.how, RESOLUTION_KINDS.get(r.how, r.how), r.note, r.resolved_at,
                          r.staff.name) for r in query]
