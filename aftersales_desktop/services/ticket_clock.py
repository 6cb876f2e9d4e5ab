"""Waiting on the customer (pause and resume the clock) and the resolution time promised to the
customer. Each change, its audit event and the recomputed deadlines in one transaction."""
from __future__ import annotations

from datetime import datetime, timezone

from aftersales_desktop.domain.clock import iso_utc, utcnow
from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.domain.sla import DEFAULT_WARN_SHARE
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services import audit, ticket_stats
from aftersales_desktop.services.deadlines import ANSWERED, open_pause, sync_deadlines
from aftersales_desktop.services.sla_service import PROMISED_LABEL
from aftersales_desktop.services.ticket_queries import TicketView, get_ticket
from aftersales_desktop.domain.permissions import EDIT_TICKET
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.tickets import _load, _locked_update
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.models_sla import TicketDeadlineRow, TicketPause
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

STOPPED = ANSWERED  # a ticket that is answered has no running clock to pause or promise


def _open_ticket(number: str, expect_version: int | None, doing: str):
    ticket = _load(number, lock=True)
    if expect_version is not None and expect_version != ticket.version:
        raise ConflictError(ticket.number, expect_version, ticket.version)
    if ticket.state in STOPPED:
        raise ValidationError("state", QT_TRANSLATE_NOOP("errors", "工单{value1}，不能{doing}"), value1=STATE_LABELS[ticket.state], doing=doing)
    return ticket


def pause_clock(number: str, reason: str, actor: str = "admin",
                expect_version: int | None = None) -> TicketView:
    """The ticket waits on the customer from now on; `reason` says for what."""
    staff_id = require(actor, EDIT_TICKET, ticket=number).id
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "请写明等待客户什么（例如：补充照片）"))
    now = utcnow()
    with database.atomic():
        ticket = _open_ticket(number, expect_version, QT_TRANSLATE_NOOP("errors", "暂停计时"))
        if open_pause(ticket.id) is not None:
            raise ValidationError("pause", QT_TRANSLATE_NOOP("errors", "计时已暂停"))
        _locked_update(ticket, expect_version, {"updated_at": now})
        pause_id = TicketPause.insert(ticket=ticket.id, started_at=now, reason=reason).execute()
        audit.record("pause", staff_id, ticket_id=ticket.id, entity="ticket_pause",
                     entity_id=pause_id, field="clock", new=reason, at=now)
        sync_deadlines(ticket.id, now)
    return get_ticket(number)


def resume_clock(number: str, actor: str = "admin",
                 expect_version: int | None = None) -> TicketView:
    """The customer answered: the clock runs again and the due times move by the pause."""
    staff_id = require(actor, EDIT_TICKET, ticket=number).id
    now = utcnow()
    with database.atomic():
        ticket = _load(number, lock=True)
        if expect_version is not None and expect_version != ticket.version:
            raise ConflictError(ticket.number, expect_version, ticket.version)
        pause = open_pause(ticket.id)
        if pause is None:
            raise ValidationError("pause", QT_TRANSLATE_NOOP("errors", "计时没有暂停"))
        _locked_update(ticket, expect_version, {"updated_at": now})
        TicketPause.update(ended_at=max(now, pause.started_at)).where(
            TicketPause.id == pause.id).execute()
        audit.record("resume", staff_id, ticket_id=ticket.id, entity="ticket_pause",
                     entity_id=pause.id, field="clock", old=pause.reason, at=now)
        sync_deadlines(ticket.id, now)
    return get_ticket(number)


def _naive_utc(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValidationError("promised_at", QT_TRANSLATE_NOOP("errors", "时间须带时区，如 2026-11-22T09:30:00+08:00"))
    return when.astimezone(timezone.utc).replace(tzinfo=None)


def set_promised(number: str, when: datetime, actor: str = "admin",
                 expect_version: int | None = None) -> TicketView:
    """Promise the customer a resolution by `when` (aware); it becomes the `promised` deadline,
    with its warning at the usual share of the time from now."""
    staff_id = require(actor, EDIT_TICKET, ticket=number).id
    due = _naive_utc(when)
    now = utcnow()
    if due <= now:
        raise ValidationError("promised_at", QT_TRANSLATE_NOOP("errors", "承诺解决时间须晚于现在"))
    with database.atomic():
        ticket = _open_ticket(number, expect_version, QT_TRANSLATE_NOOP("errors", "承诺解决时间"))
        _locked_update(ticket, expect_version, {"updated_at": now})
        row = TicketDeadlineRow.get_or_none((TicketDeadlineRow.ticket == ticket.id)
                                            & (TicketDeadlineRow.kind == "promised"))
        values = {"due_at": due, "warn_at": now + (due - now) * DEFAULT_WARN_SHARE,
                  "limit_label": PROMISED_LABEL, "met_at": None}
        if row is None:
            TicketDeadlineRow.insert(ticket=ticket.id, kind="promised", **values).execute()
        else:
            TicketDeadlineRow.update(**values).where(TicketDeadlineRow.id == row.id).execute()
        ticket_stats.refresh([ticket.id])
        audit.record("promise", staff_id, ticket_id=ticket.id, field="promised_at",
                     old=iso_utc(row.due_at) if row and row.met_at is None else None,
                     new=iso_utc(due), at=now)
    return get_ticket(number)
