"""The 回访 queue: open callbacks and revisits whose time has come (overdue first, then by due
time), and one call as the clerk sees it: ticket summary, what was done, the calls so far, the
script filled in for this customer."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from aftersales_desktop.domain.callback_script import polite_name, render
from aftersales_desktop.domain.clock import to_local, utcnow
from aftersales_desktop.domain.errors import NotFoundError
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.domain.permissions import CALLBACK
from aftersales_desktop.services import audit
from aftersales_desktop.services.callback_settings import load_settings
from aftersales_desktop.services.callback_tasks import own_call
from aftersales_desktop.services.resolution import ResolutionRow, resolutions_of
from aftersales_desktop.services.satisfaction import CallRecord, callbacks_for_ticket
from aftersales_desktop.services.permissions import acting, require, require_visible
from aftersales_desktop.services.scoping import ticket_scope
from aftersales_desktop.storage.models import (
    Category, Customer, Department, Staff, Ticket, database)
from aftersales_desktop.storage.models_callback import CallbackTask

Task = CallbackTask
SCOPES = {"mine": QT_TRANSLATE_NOOP("callback_queue", "我的和本组的"), "all": QT_TRANSLATE_NOOP("callback_queue", "全部")}


@dataclass(frozen=True)
class QueueRow:
    task_id: int
    number: str
    kind: str  # callback, revisit
    revisit_days: int | None
    customer_name: str | None
    summary: str
    attempts: int
    max_attempts: int
    available_at: datetime  # naive UTC
    due_at: datetime
    owner: str  # the clerk's name or the group's

    def overdue(self, now: datetime) -> bool:
        return now >= self.due_at

    def waiting(self, now: datetime) -> bool:
        """Not yet time to call (a retry later, a revisit on a later day)."""
        return now < self.available_at


@dataclass(frozen=True)
class CallView:
    task_id: int
    open: bool  # still to be called (not ended)
    kind: str
    revisit_days: int | None
    attempts: int
    max_attempts: int
    available_at: datetime
    due_at: datetime
    owner: str
    number: str
    ticket_state: str
    received_at: datetime
    customer_name: str | None
    customer_phone: str | None
    product: str | None
    order_number: str | None
    category: str | None
    description: str
    handler: str | None
    resolutions: list[ResolutionRow]  # what was done, latest first
    calls: list[CallRecord]  # every call of the ticket so far
    script: str


def _scope(query, actor: str, scope: str):
    """"mine": the calls of `actor` and of their group (theirs to make); "all": every call of
    the tickets they see (services.scoping)."""
    me = acting(actor)
    if scope == "all":
        condition = ticket_scope(me)
        return query if condition is None else query.where(
            Task.ticket.in_(Ticket.select(Ticket.id).where(condition)))
    mine = Task.assignee == me.id
    if me.department_id is not None:
        mine |= Task.assignee.is_null() & (Task.group == me.department_id)
    return query.where(mine)


def callback_queue(actor: str, scope: str = "mine", include_waiting: bool = False,
                   now: datetime | None = None, limit: int = 500) -> list[QueueRow]:
    """Open tasks of `actor` (and their group) or of everyone; those not due yet only with
    `include_waiting`, after the due ones."""
    now = now or utcnow()
    query = (Task.select(Task, Ticket.number, Ticket.description, Customer.name,
                         fn.COALESCE(Staff.name, Department.name).alias("owner"))
             .join(Ticket).join(Customer).switch(Task)
             .join(Staff, JOIN.LEFT_OUTER, on=(Task.assignee == Staff.id)).switch(Task)
             .join(Department, JOIN.LEFT_OUTER, on=(Task.group == Department.id))
             .where(Task.status == "open"))
    query = _scope(query, actor, scope)
    if not include_waiting:
        query = query.where(Task.available_at <= now)
    query = query.order_by((Task.available_at > now), Task.due_at, Task.id).limit(limit)
    return [QueueRow(t.id, t.ticket.number, t.kind, t.revisit_days, t.ticket.customer.name,
                     _short(t.ticket.description), t.attempts, t.max_attempts, t.available_at,
                     t.due_at, t.owner) for t in query]


def queue_counts(actor: str, scope: str = "mine", now: datetime | None = None) -> tuple[int, int]:
    """(due now, of which overdue)."""
    now = now or utcnow()
    base = _scope(Task.select().where((Task.status == "open") & (Task.available_at <= now)),
                  actor, scope)
    return base.count(), base.where(Task.due_at <= now).count()


def _short(text: str, length: int = 40) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= length else text[:length - 1] + "…"


def _allowed(task_id: int, actor: str) -> tuple[CallbackTask, Ticket]:
    """The task and its ticket when `actor` may call (PermissionDenied otherwise)."""
    staff = require(actor, CALLBACK)
    task = Task.get_or_none(Task.id == task_id)
    if task is None:
        raise NotFoundError(f"callback task {task_id} does not exist")
    ticket = Ticket.get_by_id(task.ticket_id)
    if not own_call(staff, task):
        require_visible(staff, ticket.number)
    return task, ticket


def reveal_phone(task_id: int, actor: str) -> str | None:
    """The customer's full phone number to dial; each reveal is an audit event (like
    services.personal_data.reveal_contact: the ticket does not change)."""
    task, ticket = _allowed(task_id, actor)
    customer = ticket.customer
    with database.atomic():
        audit.record("reveal", acting(actor).id, entity="ticket", entity_id=ticket.id,
                     field="phone", new=f"回访拨号：工单 {ticket.number} 客户{customer.name or ''}的电话")
    return customer.phone


def load_call(task_id: int, actor: str) -> CallView:
    """One call as the clerk sees it; the phone masked (reveal_phone to dial)."""
    task, ticket = _allowed(task_id, actor)
    customer = ticket.customer
    category = Category.get_or_none(Category.id == ticket.category_id)
    handler = Staff.get_or_none(Staff.id == ticket.assignee_id)
    owner = task.assignee.name if task.assignee_id else task.group.name
    resolutions = resolutions_of(ticket.id)
    calls = callbacks_for_ticket(ticket.id)
    settings = load_settings()
    template = settings.revisit_script if task.kind == "revisit" else settings.callback_script
    done = resolutions[0].note if resolutions else None
    script = render(template, {
        "客户": polite_name(customer.name, customer.gender),
        "受理日期": to_local(ticket.received_at).strftime("%Y年%m月%d日").replace("年0", "年")
        .replace("月0", "月"),
        "问题": _short(ticket.description, 60), "处理结果": done,
        "客服": acting(actor).name,
        "回访天数": str(task.revisit_days or "")})
    return CallView(
        task.id, task.status == "open", task.kind, task.revisit_days, task.attempts,
        task.max_attempts,
        task.available_at, task.due_at, owner, ticket.number, ticket.state, ticket.received_at,
        customer.name, mask_phone(customer.phone) or None, ticket.product, ticket.order_number,
        category.name if category else None, ticket.description,
        handler.name if handler else None, resolutions, calls, script)
