"""Callback and revisit tasks follow the ticket's lifecycle (called by tickets.transition inside
its transaction): resolved → a callback is due within the configured time (working time by the
company's calendar and business hours, services/deadlines.py); closed → the revisits the
resolution kind calls for are scheduled; reopened → what was still open is cancelled.

Kept free of services.tickets, which imports this module.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from aftersales_desktop.domain.clock import SHANGHAI, to_local
from aftersales_desktop.domain.sla import deadline
from aftersales_desktop.services import audit
from aftersales_desktop.services.callback_settings import CallbackSettings, load_settings
from aftersales_desktop.services.deadlines import SlaContext, load_context
from aftersales_desktop.storage.models import Department, Staff, Ticket
from aftersales_desktop.storage.models_callback import CallbackTask, Resolution

ENTITY = "callback_task"


def own_call(staff, task: CallbackTask) -> bool:
    """The call is the staff member's or their group's: theirs to make whatever the ticket's
    scope (a callback group may call back for other departments)."""
    return task.assignee_id == staff.id or (
        task.assignee_id is None and task.group_id is not None
        and task.group_id == staff.department_id)


def after_transition(ticket: Ticket, target: str, staff_id: int | None, now: datetime) -> None:
    if target == "resolved":
        create_callback(ticket, now)
    elif target == "closed":
        cancel_open(ticket.id, staff_id, now, "工单未经回访已关闭", kinds=("callback",))
        schedule_revisits(ticket, now)
    elif target == "reopened":
        cancel_open(ticket.id, staff_id, now, "工单已重开")


def _who(ticket: Ticket, settings: CallbackSettings) -> tuple[int | None, int | None]:
    """(assignee, group): the clerk who took the ticket, or the callback group; the group when
    the clerk is away or gone, the clerk when the group no longer exists."""
    group = Department.get_or_none(Department.name == settings.group)
    taker = Staff.get_by_id(ticket.created_by_id)
    if settings.assign_to == "taker" and taker.active and not taker.absent:
        return taker.id, None
    if group is not None:
        return None, group.id
    return taker.id, None


def _insert(ticket: Ticket, kind: str, available_at: datetime, settings: CallbackSettings,
            context: SlaContext, now: datetime, days: int | None = None) -> int:
    assignee, group = _who(ticket, settings)
    due = deadline(available_at, settings.limit, context.calendar, hours=context.hours).due_at
    task_id = CallbackTask.insert(
        ticket=ticket.id, kind=kind, revisit_days=days, assignee=assignee, group=group,
        available_at=available_at, due_at=due, attempts=0, max_attempts=settings.max_attempts,
        status="open", created_at=now).execute()
    who = Staff.get_by_id(assignee).login if assignee else Department.get_by_id(group).name
    audit.record("schedule", None, ticket_id=ticket.id, entity=ENTITY, entity_id=task_id,
                 field=kind, old=who, new=due if kind == "callback" else available_at, at=now)
    return task_id


def create_callback(ticket: Ticket, now: datetime) -> int:
    return _insert(ticket, "callback", now, load_settings(), load_context(), now)


def _utc(day, clock_time: time) -> datetime:
    local = datetime.combine(day, clock_time, tzinfo=SHANGHAI)
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def start_of_working_day(day, context: SlaContext) -> datetime:
    """Business opening (naive UTC) of `day`, or of the first working day after it."""
    for _ in range(60):
        if context.calendar.is_working_day(day):
            return _utc(day, context.hours.opens)
        day += timedelta(days=1)
    return _utc(day, context.hours.opens)


def schedule_revisit(ticket: Ticket, days: int, now: datetime,
                     settings: CallbackSettings | None = None,
                     context: SlaContext | None = None) -> int:
    """A revisit `days` after `now`, from the business opening of that day."""
    context = context or load_context()
    day = to_local(now).date() + timedelta(days=days)
    return _insert(ticket, "revisit", start_of_working_day(day, context),
                   settings or load_settings(), context, now, days)


def schedule_revisits(ticket: Ticket, now: datetime) -> list[int]:
    """The revisits of the latest resolution's kind (设置 › 回访设置), days after closing."""
    latest = (Resolution.select(Resolution.how).where(Resolution.ticket == ticket.id)
              .order_by(Resolution.resolved_at.desc(), Resolution.id.desc()).first())
    if latest is None:
        return []
    settings = load_settings()
    days = settings.revisit_days.get(latest.how, ())
    if not days:
        return []
    context = load_context()
    return [schedule_revisit(ticket, d, now, settings, context) for d in days]


def cancel_open(ticket_id: int, staff_id: int | None, now: datetime, why: str,
                kinds: tuple[str, ...] = ("callback", "revisit")) -> int:
    """End the ticket's open tasks of `kinds` as cancelled, each with its reason audited."""
    open_tasks = list(CallbackTask.select(CallbackTask.id).where(
        (CallbackTask.ticket == ticket_id) & (CallbackTask.status == "open")
        & CallbackTask.kind.in_(kinds)))
    for task in open_tasks:
        end_task(task.id, ticket_id, "cancelled", staff_id, now, why)
    return len(open_tasks)


def end_task(task_id: int, ticket_id: int, outcome: str, staff_id: int | None, now: datetime,
             why: str | None = None) -> None:
    CallbackTask.update(status="done", outcome=outcome, ended_at=now, ended_by=staff_id).where(
        CallbackTask.id == task_id).execute()
    audit.record("end", staff_id, ticket_id=ticket_id, entity=ENTITY, entity_id=task_id,
                 field="outcome", old=why, new=outcome, at=now)
