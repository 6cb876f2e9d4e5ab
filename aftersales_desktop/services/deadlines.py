"""A ticket's stored deadlines (table ticket_deadline), kept in step with the ticket inside the
caller's transaction, from the policies, business hours and calendar overrides in the database.

When a deadline is met (met_at):
- first_reply: when the ticket leaves `received` (verified or rejected). Verifying means the
  clerk has been in touch with the customer.
- report (seed 004: a logistics exception reported to the superior within 10 minutes): when it
  is reported, i.e. the ticket's first escalation or the exception report's reported_at
  (mark_reported), or when the ticket is answered (nothing is left to report then).
  Verifying no longer meets it.
  A report deadline that appears later (classified as logistics afterwards) runs from receipt.
- solution and promised: when the ticket is answered (resolved, or rejected).
- Reopening starts a new solution deadline from the reopen time; a kept promise stays met.
Pauses (waiting on the customer) stop only the solution clock: the first reply and the report
to the supervisor do not wait on the customer. A promise is a fixed moment and never moves.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from aftersales_desktop.domain.sla import BusinessHours, deadline, deadline_state
from aftersales_desktop.domain.sla_policy import (
    DEADLINE_KINDS, POLICY_KINDS, SlaPolicy, pick_policy)
from aftersales_desktop.domain.work_calendar import WorkCalendar
from aftersales_desktop.services import ticket_stats
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.scoping import ticket_scope
from aftersales_desktop.services.settings import stored_values
from aftersales_desktop.services.sla_service import (
    TicketDeadline, hours_from_settings, policy_from_row)
from aftersales_desktop.storage.models import AuditEvent, Category, Ticket
from aftersales_desktop.storage.models_escalation import Escalation, ExceptionReport
from aftersales_desktop.storage.models_sla import (
    CalendarOverrideRow, SlaPolicyRow, TicketDeadlineRow, TicketPause)

ANSWERED = frozenset({"resolved", "callback", "closed", "rejected"})
KIND_ORDER = ("first_reply", "solution", "report", "promised")
SubCategory = Category.alias("sub")


@dataclass(frozen=True)
class SlaContext:
    policies: tuple[SlaPolicy, ...]
    calendar: WorkCalendar
    hours: BusinessHours


def load_context() -> SlaContext:
    """Policies, calendar overrides and business hours as the database has them now."""
    rows = (SlaPolicyRow.select().where(SlaPolicyRow.retired_at.is_null())
            .order_by(SlaPolicyRow.sort_order, SlaPolicyRow.id))
    policies = tuple(policy_from_row(r.kind, r.priority, r.category_code, r.subcategory_code,
                                     r.amount, r.unit, r.warn_percent) for r in rows)
    overrides = {r.day: r.kind for r in CalendarOverrideRow.select()}
    settings = stored_values(("sla.business_opens", "sla.business_closes"))
    hours = hours_from_settings(settings.get("sla.business_opens"),
                                settings.get("sla.business_closes"))
    return SlaContext(policies, WorkCalendar(overrides), hours)


def is_met(kind: str, state: str, reported: bool = False) -> bool:
    """Whether the ticket's state (and for `report`, having reported to the superior) has met
    a deadline of that kind (see the module notes)."""
    if kind == "report":
        return reported or state in ANSWERED
    if kind == "first_reply":
        return state != "received"
    return state in ANSWERED


def _reported(ticket_id: int) -> bool:
    return (Escalation.select().where(Escalation.ticket == ticket_id).exists()
            or ExceptionReport.select().where((ExceptionReport.ticket == ticket_id)
                                              & ExceptionReport.reported_at.is_null(False))
            .exists())


def mark_reported(ticket_id: int, at: datetime) -> None:
    """The exception was reported to the superior at `at`: an open report deadline is met."""
    TicketDeadlineRow.update(met_at=at).where(
        (TicketDeadlineRow.ticket == ticket_id) & (TicketDeadlineRow.kind == "report")
        & TicketDeadlineRow.met_at.is_null()).execute()
    ticket_stats.refresh([ticket_id])


def compute_for(context: SlaContext, received_at: datetime, priority: str,
                category: str | None, subcategory: str | None,
                solution_start: datetime | None = None,
                pauses=()) -> dict[str, TicketDeadline | None]:
    """The policy deadlines (first_reply, solution, report) of one ticket; the solution clock
    starts at `solution_start` (a reopen) and stops during `pauses`."""
    if category is None and subcategory:
        category = subcategory.split(".", 1)[0]
    found: dict[str, TicketDeadline | None] = {}
    for kind in POLICY_KINDS:
        policy = pick_policy(context.policies, kind, priority, category, subcategory)
        if policy is None:
            found[kind] = None
            continue
        solution = kind == "solution"
        result = deadline((solution_start or received_at) if solution else received_at,
                          policy.limit, context.calendar, hours=context.hours,
                          pauses=pauses if solution else (), warn_share=policy.warn_share)
        found[kind] = TicketDeadline(kind, result.due_at, result.warn_at, policy.limit.label())
    return found


def _ticket_facts(ticket_id: int) -> dict:
    return (Ticket.select(Ticket.received_at, Ticket.priority, Ticket.state,
                          Category.code.alias("category"), SubCategory.code.alias("subcategory"))
            .join(Category, on=(Ticket.category == Category.id), join_type=JOIN.LEFT_OUTER)
            .switch(Ticket)
            .join(SubCategory, on=(Ticket.subcategory == SubCategory.id),
                  join_type=JOIN.LEFT_OUTER)
            .where(Ticket.id == ticket_id).dicts().get())


def reopened_at(ticket_id: int) -> datetime | None:
    event = (AuditEvent.select(AuditEvent.at)
             .where((AuditEvent.ticket == ticket_id) & (AuditEvent.action == "transition")
                    & (AuditEvent.new_value == "reopened"))
             .order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).first())
    return event.at if event else None


def pauses_of(ticket_id: int) -> list[tuple[datetime, datetime | None]]:
    return [(p.started_at, p.ended_at) for p in
            TicketPause.select().where(TicketPause.ticket == ticket_id).order_by(TicketPause.id)]


def sync_deadlines(ticket_id: int, now: datetime, context: SlaContext | None = None) -> None:
    """Bring the ticket's stored deadlines in line with its state, priority, category and
    pauses; call inside the transaction that changed the ticket."""
    facts = _ticket_facts(ticket_id)
    state = facts["state"]
    if state in ANSWERED:  # an answered ticket no longer waits on the customer
        TicketPause.update(ended_at=now).where(
            (TicketPause.ticket == ticket_id) & TicketPause.ended_at.is_null()
            & (TicketPause.started_at <= now)).execute()
    found = compute_for(context or load_context(), facts["received_at"], facts["priority"],
                        facts["category"], facts["subcategory"], reopened_at(ticket_id),
                        pauses_of(ticket_id))
    stored = {r.kind: r for r in
              TicketDeadlineRow.select().where(TicketDeadlineRow.ticket == ticket_id)}
    reported = found["report"] is not None and _reported(ticket_id)
    for kind in POLICY_KINDS:
        row, item = stored.get(kind), found[kind]
        if row is not None and row.met_at is not None:
            if kind != "solution" or is_met(kind, state):
                continue  # met stays met; only a reopened ticket's solution runs again
        if item is None:
            if row is not None:
                row.delete_instance()
            continue
        values = {"due_at": item.due_at, "warn_at": item.warn_at,
                  "limit_label": item.limit_label,
                  "met_at": now if is_met(kind, state, reported) else None}
        if row is None:
            TicketDeadlineRow.insert(ticket=ticket_id, kind=kind, **values).execute()
        elif any(getattr(row, k) != v for k, v in values.items()):
            if (row.due_at, row.warn_at) != (item.due_at, item.warn_at):
                values.update(warn_handled_at=None, breach_handled_at=None)  # watch it anew
            TicketDeadlineRow.update(**values).where(TicketDeadlineRow.id == row.id).execute()
    promised = stored.get("promised")
    if promised is not None and promised.met_at is None and is_met("promised", state):
        TicketDeadlineRow.update(met_at=now).where(TicketDeadlineRow.id == promised.id).execute()
    ticket_stats.refresh([ticket_id])


@dataclass(frozen=True)
class DeadlineView:
    kind: str
    due_at: datetime | None  # naive UTC; None while a pause stops the clock
    warn_at: datetime | None
    limit_label: str
    met_at: datetime | None

    @property
    def label(self) -> str:
        return DEADLINE_KINDS[self.kind]

    def state_at(self, now: datetime) -> str:
        """met, or running / warning / overdue / paused."""
        return "met" if self.met_at else deadline_state(self.due_at, self.warn_at, now)


def ticket_deadlines(ticket_id: int) -> list[DeadlineView]:
    rows = TicketDeadlineRow.select().where(TicketDeadlineRow.ticket == ticket_id)
    views = [DeadlineView(r.kind, r.due_at, r.warn_at, r.limit_label, r.met_at) for r in rows]
    return sorted(views, key=lambda v: KIND_ORDER.index(v.kind))


def open_pause(ticket_id: int) -> TicketPause | None:
    return (TicketPause.select().where((TicketPause.ticket == ticket_id)
                                       & TicketPause.ended_at.is_null()).first())


def overdue_count(now: datetime, viewer: str | None = None) -> int:
    """Tickets with an open deadline past due (the partial index of schema step 5); with
    `viewer` (a login), only those they see."""
    query = (TicketDeadlineRow.select(fn.COUNT(TicketDeadlineRow.ticket.distinct()))
             .where(TicketDeadlineRow.met_at.is_null() & (TicketDeadlineRow.due_at <= now)))
    scope = ticket_scope(acting(viewer)) if viewer else None
    if scope is not None:
        query = query.join(Ticket, on=(TicketDeadlineRow.ticket == Ticket.id)).where(scope)
    return query.scalar()


def overdue_ticket_ids(now: datetime):
    """A subquery of the ids of overdue tickets, for filters."""
    return (TicketDeadlineRow.select(TicketDeadlineRow.ticket)
            .where(TicketDeadlineRow.met_at.is_null() & (TicketDeadlineRow.due_at <= now)))
