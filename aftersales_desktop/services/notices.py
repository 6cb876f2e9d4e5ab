"""The in-app notice area: what the person who must act should look at (a deadline warning, an
escalation waiting for instructions). Each notice is written once per staff member and key."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN, IntegrityError, fn

from aftersales_desktop.domain.clock import iso_utc, utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services import audit
from aftersales_desktop.services.scoping import ticket_scope
from aftersales_desktop.services.staff import find_staff
from aftersales_desktop.storage.models import Staff, Ticket, database
from aftersales_desktop.storage.models_notice import Notice
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class NoticeRow:
    id: int
    ticket_number: str | None
    kind: str
    text: str
    created_at: str  # ISO UTC


def _staff_id(login: str) -> int:
    row = Staff.get_or_none(Staff.login == login)
    if row is None:
        raise NotFoundError(f"staff member '{login}' does not exist")
    return row.id


def _mine(query, login: str):
    """`query` (Notice left-joined to Ticket) limited to `login`'s notices without a ticket or
    of a ticket they still see (they may have moved to another department since)."""
    row = Staff.get_or_none(Staff.login == login)
    if row is None:
        raise NotFoundError(f"staff member '{login}' does not exist")
    query = query.where(Notice.staff == row.id)
    scope = ticket_scope(find_staff(login)) if row.active else None
    return query if scope is None else query.where(Ticket.id.is_null() | scope)


def notices_for(login: str, unread_only: bool = True, limit: int = 50) -> list[NoticeRow]:
    """The staff member's notices, newest first."""
    query = _mine(Notice.select(Notice.id, Notice.kind, Notice.text, Notice.created_at,
                                Ticket.number)
                  .join(Ticket, JOIN.LEFT_OUTER, on=(Notice.ticket == Ticket.id)), login)
    if unread_only:
        query = query.where(Notice.read_at.is_null())
    rows = query.order_by(Notice.created_at.desc(), Notice.id.desc()).limit(limit).dicts()
    return [NoticeRow(r["id"], r["number"], r["kind"], r["text"], iso_utc(r["created_at"]))
            for r in rows]


def unread_count(login: str) -> int:
    query = (Notice.select(fn.COUNT(Notice.id))
             .join(Ticket, JOIN.LEFT_OUTER, on=(Notice.ticket == Ticket.id))
             .where(Notice.read_at.is_null()))
    return _mine(query, login).scalar()


def mark_read(notice_id: int, actor: str) -> None:
    """Only the notice's owner marks it read; marking twice changes nothing."""
    staff_id = _staff_id(actor)
    now = utcnow()
    with database.atomic():
        row = Notice.get_or_none(Notice.id == notice_id)
        if row is None:
            raise NotFoundError(f"notice {notice_id} does not exist")
        if row.staff_id != staff_id:
            raise ValidationError("as", QT_TRANSLATE_NOOP("errors", "只能标记自己的提醒为已读"))
        if row.read_at is not None:
            return
        Notice.update(read_at=now).where(Notice.id == notice_id).execute()
        audit.record("read", staff_id, ticket_id=row.ticket_id, entity="notice",
                     entity_id=notice_id, field="read_at", new=now, at=now)


def add_notice(staff_id: int, kind: str, text: str, key: str,
               ticket_id: int | None = None) -> bool:
    """A notice for `staff_id` inside the caller's transaction; False when that person has one
    with `key` already (also when another process wrote it a moment ago)."""
    now = utcnow()
    try:
        with database.atomic():  # a savepoint: a duplicate key leaves the caller's work intact
            notice_id = Notice.insert(staff=staff_id, ticket=ticket_id, kind=kind, text=text,
                                      dedupe_key=key, created_at=now).execute()
    except IntegrityError:
        return False
    login = Staff.select(Staff.login).where(Staff.id == staff_id).scalar()
    audit.record("notify", None, ticket_id=ticket_id, entity="notice", entity_id=notice_id,
                 field=kind, old=login, new=text, at=now)
    return True
