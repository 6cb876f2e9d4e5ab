"""The lists of the weekly meeting pack: time limits that fell due in the week and were missed
(not met, or met after they were due), and the escalations raised in the week — each the
first LIMIT rows with the total, within what the viewer sees."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, SQL, fn

from aftersales_desktop.domain.clock import day_start_utc
from aftersales_desktop.domain.iso_week import Week
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.escalation_views import STATUSES, URGENCIES
from aftersales_desktop.services.scoping import scoped, ticket_scope
from aftersales_desktop.storage.models import Category, Department, Staff, Ticket
from aftersales_desktop.storage.models_escalation import Escalation
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

LIMIT = 50
D = TicketDeadlineRow
HANDLER = Staff.alias("handler")


@dataclass(frozen=True)
class OverdueRow:
    number: str
    category: str | None
    department: str | None
    handler: str | None
    limit_label: str
    due_at: datetime  # naive UTC
    met_at: datetime | None
    state: str

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)


@dataclass(frozen=True)
class EscalatedRow:
    number: str
    category: str | None
    at: datetime  # naive UTC
    to_title: str
    urgency: str
    status: str
    reason: str

    @property
    def urgency_label(self) -> str:
        return URGENCIES.get(self.urgency, self.urgency)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)


def _window(week: Week, now: datetime) -> tuple[datetime, datetime]:
    return day_start_utc(week.monday), min(day_start_utc(week.end), now)


def overdue(week: Week, now: datetime, viewer=None) -> tuple[int, list[OverdueRow]]:
    low, high = _window(week, now)
    missed = ((D.due_at >= low) & (D.due_at < high)
              & (D.met_at.is_null() | (D.met_at > D.due_at)))
    if viewer is None or ticket_scope(viewer) is None:  # from the deadlines index alone
        count = D.select(fn.COUNT(SQL("*"))).where(missed).scalar() or 0
    else:
        count = scoped(D.select(fn.COUNT(D.id)).join(Ticket, on=(D.ticket == Ticket.id))
                       .where(missed), viewer).scalar() or 0
    query = (D.select(Ticket.number, Category.name, Department.name, HANDLER.name,
                      D.limit_label, D.due_at, D.met_at, Ticket.state)
             .join(Ticket, on=(D.ticket == Ticket.id))
             .join(Category, JOIN.LEFT_OUTER, on=(Ticket.category == Category.id))
             .join(Department, JOIN.LEFT_OUTER, on=(Ticket.department == Department.id))
             .join(HANDLER, JOIN.LEFT_OUTER, on=(Ticket.assignee == HANDLER.id))
             .where(missed).order_by(D.due_at, D.id).limit(LIMIT))
    return count, [OverdueRow(*row) for row in scoped(query, viewer).tuples()]


def escalated(week: Week, now: datetime, viewer=None) -> tuple[int, list[EscalatedRow]]:
    low, high = _window(week, now)
    raised = (Escalation.created_at >= low) & (Escalation.created_at < high)
    count = scoped(Escalation.select(fn.COUNT(Escalation.id))
                   .join(Ticket, on=(Escalation.ticket == Ticket.id)).where(raised),
                   viewer).scalar() or 0
    query = (Escalation.select(Ticket.number, Category.name, Escalation.created_at,
                               Escalation.to_title, Escalation.urgency, Escalation.status,
                               Escalation.cause_analysis)
             .join(Ticket, on=(Escalation.ticket == Ticket.id))
             .join(Category, JOIN.LEFT_OUTER, on=(Ticket.category == Category.id))
             .where(raised).order_by(Escalation.created_at, Escalation.id).limit(LIMIT))
    return count, [EscalatedRow(*row) for row in scoped(query, viewer).tuples()]
