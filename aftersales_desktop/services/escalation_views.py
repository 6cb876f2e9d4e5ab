"""Escalations as the screens and reports see them, and the queues that list them."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

from dataclasses import dataclass
from datetime import datetime

from peewee import Case

from aftersales_desktop.domain.errors import NotFoundError
from aftersales_desktop.services.scoping import ticket_scope
from aftersales_desktop.services.staff import find_staff
from aftersales_desktop.storage.models import Customer, Staff, Ticket
from aftersales_desktop.storage.models_escalation import Escalation, EscalationEntry

URGENCIES = {"urgent": QT_TRANSLATE_NOOP("escalation_views", "紧急"), "high": QT_TRANSLATE_NOOP("escalation_views", "较急"), "normal": QT_TRANSLATE_NOOP("escalation_views", "一般")}
STATUSES = {"waiting": QT_TRANSLATE_NOOP("escalation_views", "待批示"), "instructed": QT_TRANSLATE_NOOP("escalation_views", "已批示"), "passed_on": QT_TRANSLATE_NOOP("escalation_views", "已转呈上级"), "done": QT_TRANSLATE_NOOP("escalation_views", "已完成")}
ENTRY_KINDS = {"execution": QT_TRANSLATE_NOOP("escalation_views", "执行情况"), "follow_up": QT_TRANSLATE_NOOP("escalation_views", "跟进记录"), "customer": QT_TRANSLATE_NOOP("escalation_views", "客户沟通")}
OPEN = ("waiting", "instructed", "passed_on")


@dataclass(frozen=True)
class EntryView:
    kind: str
    text: str
    at: datetime
    staff_name: str


@dataclass(frozen=True)
class EscalationView:
    id: int
    ticket_number: str
    ticket_version: int
    ticket_summary: str
    customer_name: str | None
    handler_name: str | None
    handler_login: str | None
    from_level: int
    from_name: str | None
    to_level: int
    to_title: str
    to_login: str | None
    to_name: str | None
    origin: str
    reason: str | None
    skip_level: bool
    skip_reason: str | None
    cause_analysis: str
    proposed_solution: str
    urgency: str
    status: str
    created_at: datetime
    instructions: str | None
    instructed_by: str | None
    instructed_at: datetime | None
    executor_login: str | None
    executor_name: str | None
    done_at: datetime | None
    result: str | None
    entries: tuple[EntryView, ...]

    @property
    def receiver_text(self) -> str:
        who = f" {self.to_name}" if self.to_name else ""
        return Text(QT_TRANSLATE_NOOP("errors", "{title}{who}（第{level}级）"), title=self.to_title,
                    who=who, level=self.to_level)


def _names(ids) -> dict[int, Staff]:
    wanted = {i for i in ids if i is not None}
    return {s.id: s for s in Staff.select().where(Staff.id.in_(wanted))} if wanted else {}


def _views(rows: list[Escalation]) -> list[EscalationView]:
    if not rows:
        return []
    tickets = {t.id: t for t in Ticket.select().where(Ticket.id.in_({r.ticket_id for r in rows}))}
    customers = {c.id: c.name for c in Customer.select(Customer.id, Customer.name)
                 .where(Customer.id.in_({t.customer_id for t in tickets.values()}))}
    entries: dict[int, list[EscalationEntry]] = {}
    for entry in (EscalationEntry.select().where(EscalationEntry.escalation.in_([r.id for r in rows]))
                  .order_by(EscalationEntry.at, EscalationEntry.id)):
        entries.setdefault(entry.escalation_id, []).append(entry)
    staff = _names([r.from_staff_id for r in rows] + [r.to_staff_id for r in rows]
                   + [r.instructed_by_id for r in rows] + [r.executor_id for r in rows]
                   + [t.assignee_id for t in tickets.values()]
                   + [e.staff_id for group in entries.values() for e in group])

    def name(staff_id):
        return staff[staff_id].name if staff_id in staff else None

    def login(staff_id):
        return staff[staff_id].login if staff_id in staff else None

    out = []
    for r in rows:
        t = tickets[r.ticket_id]
        out.append(EscalationView(
            r.id, t.number, t.version, t.description[:60], customers.get(t.customer_id),
            name(t.assignee_id), login(t.assignee_id), r.from_level, name(r.from_staff_id), r.to_level, r.to_title,
            login(r.to_staff_id), name(r.to_staff_id), r.origin, r.reason, bool(r.skip_level),
            r.skip_reason, r.cause_analysis, r.proposed_solution, r.urgency, r.status,
            r.created_at, r.instructions, name(r.instructed_by_id), r.instructed_at,
            login(r.executor_id), name(r.executor_id), r.done_at, r.result,
            tuple(EntryView(e.kind, e.text, e.at, name(e.staff_id))
                  for e in entries.get(r.id, []))))
    return out


def _urgency_rank():
    return Case(Escalation.urgency, (("urgent", 0), ("high", 1)), 2)


def get_escalation(escalation_id: int) -> EscalationView:
    row = Escalation.get_or_none(Escalation.id == escalation_id)
    if row is None:
        raise NotFoundError(f"escalation {escalation_id} does not exist")
    return _views([row])[0]


def queue_for(login: str) -> list[EscalationView]:
    """What waits for `login`'s instructions: most urgent first, then oldest first."""
    me = Staff.get_or_none(Staff.login == login)
    if me is None:
        return []
    # Addressed to a role (nobody had it in the department): only where the ticket is in scope.
    scope = ticket_scope(find_staff(login))
    by_role = Escalation.to_staff.is_null() & (Escalation.to_role == me.role)
    mine = (Escalation.to_staff == me.id) | (by_role if scope is None else by_role & scope)
    return _views(list(Escalation.select(Escalation)
                       .join(Ticket, on=(Escalation.ticket == Ticket.id))
                       .where((Escalation.status == "waiting") & mine)
                       .order_by(_urgency_rank(), Escalation.created_at, Escalation.id)))


def followed_by(login: str) -> list[EscalationView]:
    """Open escalations `login` tracks: of tickets they handle, or that name them executor."""
    me = Staff.get_or_none(Staff.login == login)
    if me is None:
        return []
    handled = Ticket.select(Ticket.id).where(Ticket.assignee == me.id)
    return _views(list(Escalation.select()
                       .where(Escalation.status.in_(OPEN)
                              & ((Escalation.executor == me.id)
                                 | Escalation.ticket.in_(handled)
                                 | (Escalation.created_by == me.id)))
                       .order_by(_urgency_rank(), Escalation.created_at, Escalation.id)))


def escalations_of(number: str) -> list[EscalationView]:
    ticket = Ticket.get_or_none(Ticket.number == number)
    if ticket is None:
        raise NotFoundError(f"ticket {number} does not exist")
    return _views(list(Escalation.select().where(Escalation.ticket == ticket.id)
                       .order_by(Escalation.created_at, Escalation.id)))


def current_level(ticket_id: int) -> int:
    """The highest level the ticket waits at or was instructed from; 0 when with its handler."""
    top = (Escalation.select(Escalation.to_level)
           .where((Escalation.ticket == ticket_id) & Escalation.status.in_(OPEN))
           .order_by(Escalation.to_level.desc()).first())
    return top.to_level if top else 0
