"""Ticket operations: create, edit with the version check, move through the lifecycle.

Every change is written together with its audit events in one transaction.
"""
from __future__ import annotations

from peewee import IntegrityError

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP
from aftersales_desktop.domain import states
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import (
    CREATE_TICKET, EDIT_TICKET, TRANSITION_PERMISSIONS,
)
from aftersales_desktop.domain.ticket_input import parse_ticket_changes, parse_ticket_input
from aftersales_desktop.services import attachments, audit, callback_tasks, customers, search_index
from aftersales_desktop.services.deadlines import sync_deadlines
from aftersales_desktop.services.exception_close import check_can_close
from aftersales_desktop.services.numbering import next_number
from aftersales_desktop.services.permissions import acting, require
from aftersales_desktop.services.ticket_fields import columns_from_sections, resolve_category
from aftersales_desktop.services.ticket_queries import TicketView, get_ticket
from aftersales_desktop.storage.connection import current_location
from aftersales_desktop.storage.models import (
    Attachment, Category, Customer, Staff, Ticket, database,
)


_FK = {"category", "subcategory", "assignee", "department"}
_SEARCHED = {"order_number", "waybill", "description"}


def _label(column: str, value):
    """Audit values name things the way people do: staff by login, categories by code."""
    if value is None or column not in _FK:
        return value
    if column in ("category", "subcategory"):
        return Category.get_by_id(value).code
    if column == "assignee":
        return Staff.get_by_id(value).login
    return value


def _actor(login: str) -> int:
    return acting(login).id


def create_ticket(data: dict, actor: str = "admin") -> TicketView:
    """Check `data` (the ticket JSON), then store ticket, customer, files and events at once.

    A repeated `client_id` returns the ticket made the first time.
    """
    staff_id = require(actor, CREATE_TICKET).id
    entry = parse_ticket_input(data)
    checked = [attachments.check_file(p) for p in entry.attachments]
    if entry.client_id:
        existing = Ticket.get_or_none(Ticket.client_id == entry.client_id)
        if existing:
            return get_ticket(existing.number)
    category_id, subcategory_id = resolve_category(entry.category, entry.subcategory)
    root = current_location().attachments_dir
    for item in checked:
        attachments.store(root, item)
    for attempt in range(3):
        try:
            return get_ticket(_insert(entry, staff_id, category_id, subcategory_id, checked))
        except IntegrityError:
            # Lost a race on PostgreSQL (same client_id or same new phone): look again.
            if entry.client_id:
                existing = Ticket.get_or_none(Ticket.client_id == entry.client_id)
                if existing:
                    return get_ticket(existing.number)
            if attempt == 2:
                raise


def _insert(entry, staff_id, category_id, subcategory_id, checked) -> str:
    now = utcnow()
    with database.atomic():
        customer_id = customers.upsert_for_ticket(entry.customer, staff_id, now)
        number = next_number(entry.received_at)
        ticket_id = Ticket.insert(
            number=number, client_id=entry.client_id, version=1, state=states.INITIAL_STATE,
            channel=entry.channel, received_at=entry.received_at, created_at=now,
            updated_at=now, created_by=staff_id, customer=customer_id, priority=entry.priority,
            category=category_id, subcategory=subcategory_id,
            **columns_from_sections({"order": entry.order, "problem": entry.problem,
                                     "logistics": entry.logistics}),
        ).execute()
        audit.record("create", staff_id, ticket_id=ticket_id, field="state",
                     new=states.INITIAL_STATE, at=now)
        sync_deadlines(ticket_id, now)
        search_index.index_tickets([ticket_id])
        for item in checked:
            _attach(ticket_id, item, staff_id, now)
    return number


def _attach(ticket_id, item, staff_id, now) -> None:
    attachment_id = Attachment.insert(
        ticket=ticket_id, sha256=item.sha256, filename=item.filename, mime=item.mime,
        size=item.size, added_by=staff_id, added_at=now).execute()
    audit.record("attach", staff_id, ticket_id=ticket_id, entity="attachment",
                 entity_id=attachment_id, field="attachment", new=item.filename, at=now)


def _locked_update(ticket: Ticket, expect_version: int | None, values: dict) -> None:
    """Write `values` and bump the version, or raise ConflictError and write nothing."""
    expected = ticket.version if expect_version is None else expect_version
    if expected != ticket.version:
        raise ConflictError(ticket.number, expected, ticket.version)
    updated = (Ticket.update(version=Ticket.version + 1, **values)
               .where((Ticket.id == ticket.id) & (Ticket.version == expected)).execute())
    if updated != 1:
        current = Ticket.select(Ticket.version).where(Ticket.id == ticket.id).scalar()
        raise ConflictError(ticket.number, expected, current)


def _load(number: str, lock: bool = False) -> Ticket:
    """The ticket row; with `lock`, held until the transaction ends (SELECT … FOR UPDATE on
    PostgreSQL; SQLite's IMMEDIATE transactions already hold the write lock)."""
    query = Ticket.select().where(Ticket.number == number)
    if lock and database.for_update:
        query = query.for_update()
    ticket = query.first()
    if ticket is None:
        raise NotFoundError(f"ticket {number} does not exist")
    return ticket


def update_ticket(number: str, data: dict, actor: str = "admin",
                  expect_version: int | None = None) -> TicketView:
    """Edit fields given in the ticket JSON shape; unchanged fields write nothing."""
    staff_id = require(actor, EDIT_TICKET, ticket=number).id
    changes = parse_ticket_changes(data)
    now = utcnow()
    with database.atomic():
        ticket = _load(number, lock=True)
        if expect_version is not None and expect_version != ticket.version:
            raise ConflictError(ticket.number, expect_version, ticket.version)
        values = columns_from_sections(changes.sections)
        if changes.category is not None or changes.subcategory is not None:
            cat, sub = resolve_category(changes.category, changes.subcategory)
            values.update(category=cat, subcategory=sub)
        if changes.priority is not None:
            values["priority"] = changes.priority
        diff = {k: (getattr(ticket, k if k not in _FK else k + "_id"), v)
                for k, v in values.items()
                if getattr(ticket, k if k not in _FK else k + "_id") != v}
        customer_changed = bool(changes.customer) and _edit_customer(
            ticket, changes.customer, staff_id, now)
        if diff or customer_changed:
            _locked_update(ticket, expect_version,
                           {**{k: new for k, (_, new) in diff.items()}, "updated_at": now})
            audit.record_changes({k: (_label(k, old), _label(k, new))
                                  for k, (old, new) in diff.items()},
                                 staff_id, ticket_id=ticket.id, entity="ticket",
                                 entity_id=ticket.id, at=now)
        if customer_changed or _SEARCHED & diff.keys():
            search_index.index_tickets([ticket.id])
        if {"priority", "category", "subcategory"} & diff.keys():
            sync_deadlines(ticket.id, now)
    return get_ticket(number)


def _edit_customer(ticket: Ticket, data: dict, staff_id: int, now) -> bool:
    """Correct the ticket's customer in place; a phone number that belongs to another
    customer moves the ticket to that (repeat) customer instead."""
    current = ticket.customer
    phone = data.get("phone")
    other = (Customer.get_or_none((Customer.phone == phone) & (Customer.id != current.id))
             if phone else None)
    changed = customers.update_customer(other or current, data, staff_id, now, ticket.id)
    if other is not None:
        Ticket.update(customer=other.id).where(Ticket.id == ticket.id).execute()
        audit.record("update", staff_id, ticket_id=ticket.id, field="customer",
                     old=current.name or current.phone, new=other.name or other.phone, at=now)
    return changed or other is not None


def transition(number: str, target: str, actor: str = "admin", reason: str | None = None,
               expect_version: int | None = None, assignee: str | None = None) -> TicketView:
    """Move a ticket to `target`; only the transitions of domain.states exist. Each target
    needs its permission (domain.permissions.TRANSITION_PERMISSIONS)."""
    target = states.parse_state(target)
    require(actor, TRANSITION_PERMISSIONS[target], ticket=number)
    return _transition(number, target, actor, reason, expect_version, assignee)


def _transition(number: str, target: str, actor: str, reason: str | None = None,
                expect_version: int | None = None, assignee: str | None = None) -> TicketView:
    """The move itself, for services that checked their own permission (classification moves
    to classified and auto-assigns as part of classifying)."""
    staff_id = _actor(actor)
    reason = (reason or "").strip() or None
    if target in states.REASON_REQUIRED and not reason:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "工单改为“{value2}”（{target}）时必须填写原因"), target=target, value2=states.STATE_LABELS[target])
    assignee_id = None
    if assignee and target != "assigned":
        raise ValidationError("assignee", QT_TRANSLATE_NOOP("errors", "只有工单改为“已分派”时才指定处理人"))
    if assignee:
        assignee_row = Staff.get_or_none(Staff.login == assignee)
        if assignee_row is None or not assignee_row.active:
            raise ValidationError("assignee", QT_TRANSLATE_NOOP("errors", "没有在职员工“{assignee}”"), assignee=assignee)
        assignee_id = assignee_row.id
    now = utcnow()
    with database.atomic():
        ticket = _load(number, lock=True)
        if expect_version is not None and expect_version != ticket.version:
            raise ConflictError(ticket.number, expect_version, ticket.version)
        states.check_transition(ticket.state, target)
        values = {"state": target, "updated_at": now, "state_reason": reason}
        if target == "closed":
            check_can_close(ticket)
        if target == "classified" and ticket.category_id is None:
            raise ValidationError("category", QT_TRANSLATE_NOOP("errors", "工单须先选定类别，才能标为已分类"))
        if target == "assigned":
            assignee_id = assignee_id or ticket.assignee_id
            if assignee_id is None:
                raise ValidationError("assignee", QT_TRANSLATE_NOOP("errors", "请指定处理该工单的员工"))
            values["assignee"] = assignee_id
        _locked_update(ticket, expect_version, values)
        audit.record("transition", staff_id, ticket_id=ticket.id, field="state",
                     old=ticket.state, new=target, at=now)
        if reason:
            audit.record("reason", staff_id, ticket_id=ticket.id, field="state_reason",
                         old=ticket.state_reason, new=reason, at=now)
        if assignee_id is not None and assignee_id != ticket.assignee_id:
            audit.record("update", staff_id, ticket_id=ticket.id, field="assignee",
                         old=_label("assignee", ticket.assignee_id),
                         new=_label("assignee", assignee_id), at=now)
        sync_deadlines(ticket.id, now)
        callback_tasks.after_transition(ticket, target, staff_id, now)
    return get_ticket(number)


def add_attachment(number: str, path: str, actor: str = "admin",
                   expect_version: int | None = None) -> TicketView:
    staff_id = require(actor, EDIT_TICKET, ticket=number).id
    checked = attachments.check_file(path, "attachment")
    _load(number)
    attachments.store(current_location().attachments_dir, checked)
    now = utcnow()
    with database.atomic():
        ticket = _load(number, lock=True)
        _locked_update(ticket, expect_version, {"updated_at": now})
        _attach(ticket.id, checked, staff_id, now)
    return get_ticket(number)
