"""Recording a callback or revisit call (seed 004 6.2-6: 客诉解决完后及时电话回访客户，调查其对处理
结果满意度，并真诚致歉，并且将每次回访完整记录).

One call is one transaction: the attempt with its answers, the task's count, the ticket's
state change (resolved → 回访中 → 已关闭, or → 已重开 to its handler with the customer's words,
back on the solution clock), the notices, and every audit event — or nothing.
- satisfied → the ticket closes (revisits are then scheduled by callback_tasks); a logistics
  exception without its written report stays 回访中 and its handler is told to write it;
- not satisfied or not really solved → reopened to its handler; handler and supervisor notified;
- not reached → tried again after the retry interval, until the attempt limit; then the callback
  ends unreached, the ticket is closed with that reason and the supervisor told.
A revisit (the ticket is closed) reopens it in the same way when the customer is unhappy.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aftersales_desktop.domain import callback_rules as rules
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.permissions import CALLBACK
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.sla import add_time
from aftersales_desktop.services import audit, ticket_stats
from aftersales_desktop.services.callback_settings import load_settings
from aftersales_desktop.services.callback_tasks import (
    ENTITY, end_task, own_call, schedule_revisit)
from aftersales_desktop.services.deadlines import load_context
from aftersales_desktop.services.escalation import _department
from aftersales_desktop.services.escalation_chain import level_of, receiver
from aftersales_desktop.services.notices import add_notice
from aftersales_desktop.services.permissions import require, require_visible
from aftersales_desktop.services.tickets import _load, _locked_update, _transition
from aftersales_desktop.storage.models import Staff, Ticket, database
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

_STATES = {"callback": ("resolved", "callback"), "revisit": ("closed",)}


@dataclass(frozen=True)
class CallResult:
    task_id: int
    number: str
    step: str  # close, reopen, retry, give_up (domain.callback_rules)
    ticket_state: str
    attempts: int
    max_attempts: int
    next_at: datetime | None  # a retry: from when the call shows in the queue again
    close_refused: str | None  # why a satisfied callback left the ticket open
    notified: tuple[str, ...]  # logins told


def _task(task_id: int) -> CallbackTask:
    task = CallbackTask.get_or_none(CallbackTask.id == task_id)
    if task is None:
        raise NotFoundError(f"callback task {task_id} does not exist")
    return task


def _supervisor(ticket: Ticket) -> int | None:
    try:
        department_id = _department(ticket)
        return receiver(department_id, level_of(department_id, 1))
    except ValidationError:
        return None


def _notify(staff_ids, text: str, key: str, ticket_id: int) -> tuple[str, ...]:
    told = []
    for staff_id in dict.fromkeys(s for s in staff_ids if s):
        if add_notice(staff_id, "callback", text, f"{key}:{staff_id}", ticket_id):
            told.append(Staff.get_by_id(staff_id).login)
    return tuple(told)


def _record_answers(task: CallbackTask, answers: rules.CallAnswers, attempt_no: int,
                    satisfied: bool | None, staff_id: int, now: datetime) -> None:
    CallbackAttempt.insert(
        task=task.id, ticket=task.ticket_id, attempt_no=attempt_no, at=now, staff=staff_id,
        reached=answers.reached, unreached_reason=answers.unreached_reason,
        solved=answers.solved, resolution_score=answers.resolution_score,
        attitude_score=answers.attitude_score, satisfied=satisfied,
        customer_words=answers.customer_words or None, note=answers.note or None).execute()
    ticket_stats.refresh([task.ticket_id])
    fields = [("reached", answers.reached)]
    if answers.reached:
        fields += [("solved", answers.solved), ("resolution_score", answers.resolution_score),
                   ("attitude_score", answers.attitude_score), ("satisfied", satisfied)]
    else:
        fields.append(("unreached_reason", answers.unreached_reason))
    fields += [("customer_words", answers.customer_words), ("note", answers.note)]
    for field, value in fields:
        if value not in (None, ""):
            audit.record(task.kind, staff_id, ticket_id=task.ticket_id, entity=ENTITY,
                         entity_id=task.id, field=field, old=f"{attempt_no}/{task.max_attempts}",
                         new=value, at=now)


def record_call(task_id: int, data: dict, actor: str = "admin",
                expect_attempts: int | None = None,
                revisit_in_days: int | None = None) -> CallResult:
    """Record one call of task `task_id` (answers as in domain.callback_rules.check_answers).

    `expect_attempts`: the count the clerk saw; a call recorded meanwhile by someone else is
    refused. `revisit_in_days`: one more revisit after a satisfied callback closes the ticket.
    """
    staff = require(actor, CALLBACK)
    task = _task(task_id)
    number = Ticket.select(Ticket.number).where(Ticket.id == task.ticket_id).scalar()
    if not own_call(staff, task):
        require_visible(staff, number)
    answers = rules.check_answers(data)
    settings = load_settings()
    rules.require_words(answers, settings.satisfied_min)
    if revisit_in_days not in (None, 0) and not (
            isinstance(revisit_in_days, int) and 1 <= revisit_in_days <= 365):
        raise ValidationError("revisit_in_days", QT_TRANSLATE_NOOP("errors", "另约回访的天数为 1–365"))
    staff_id = staff.id
    with database.atomic():
        ticket = _load(number, lock=True)
        task = _task(task_id)
        if task.status != "open":
            raise ValidationError("task", QT_TRANSLATE_NOOP("errors", "这通回访已结束（已由他人记录或工单状态已变），请刷新"))
        if expect_attempts is not None and expect_attempts != task.attempts:
            raise ValidationError("task", QT_TRANSLATE_NOOP("errors", "这通回访刚被他人记录过一次，已重新载入，请核对"))
        if ticket.state not in _STATES[task.kind]:
            raise ValidationError("state", QT_TRANSLATE_NOOP("errors", "工单当前状态为 {ticket_state}，不能记录此回访"), ticket_state=ticket.state)
        if task.kind == "callback" and ticket.state == "resolved":
            _transition(number, "callback", actor)  # 回访中 from the first call on
            ticket = _load(number)
        now = utcnow()
        attempt_no = task.attempts + 1
        satisfied = rules.is_satisfied(answers, settings.satisfied_min) \
            if answers.reached else None
        step = rules.next_step(answers, settings.satisfied_min, attempt_no, task.max_attempts)
        _record_answers(task, answers, attempt_no, satisfied, staff_id, now)
        values = {"attempts": attempt_no}
        next_at = None
        if step == rules.RETRY:
            context = load_context()
            next_at = add_time(now, settings.retry.duration(context.hours), settings.retry.basis,
                               context.calendar, hours=context.hours)
            values["available_at"] = next_at
            audit.record("reschedule", staff_id, ticket_id=ticket.id, entity=ENTITY,
                         entity_id=task.id, field="available_at", old=task.available_at,
                         new=next_at, at=now)
        CallbackTask.update(values).where(CallbackTask.id == task.id).execute()
        if step != rules.RETRY:
            outcome = {rules.CLOSE: "satisfied", rules.REOPEN: "reopened",
                       rules.GIVE_UP: "unreached"}[step]
            end_task(task.id, ticket.id, outcome, staff_id, now)
        _locked_update(ticket, None, {"updated_at": now})
        refused, told = _after(step, task, ticket, answers, actor, revisit_in_days, now)
        state = Ticket.select(Ticket.state).where(Ticket.id == ticket.id).scalar()
    return CallResult(task.id, number, step, state, attempt_no, task.max_attempts, next_at,
                      refused, told)


def _after(step: str, task: CallbackTask, ticket: Ticket, answers: rules.CallAnswers,
           actor: str, revisit_in_days: int | None, now: datetime):
    """The ticket's change after the call; (why closing was refused, logins notified)."""
    number, key = ticket.number, f"callback:{task.id}:{task.attempts + 1}"
    label = rules.task_label(task.kind, task.revisit_days)
    if step == rules.REOPEN:
        _transition(number, "reopened", actor, reason=rules.reopen_reason(answers, label))
        text = (f"工单 {number} {label}时客户不满意，已重开给处理人。"
                f"客户原话：{answers.customer_words}")
        return None, _notify((ticket.assignee_id, _supervisor(ticket)), text, key, ticket.id)
    if task.kind != "callback" or step == rules.RETRY:
        return None, ()
    reason = None if step == rules.CLOSE else \
        f"回访 {task.attempts + 1} 次均未接通（最后一次：{answers.unreached_reason}），按未接通结案"
    try:
        _transition(number, "closed", actor, reason=reason)
    except ValidationError as exc:  # a logistics exception needs its written report first
        text = f"工单 {number} 已回访，{exc.message}；请提交书面报告后关闭工单"
        return exc.message, _notify((ticket.assignee_id,), text, key, ticket.id)
    if step == rules.GIVE_UP:
        text = f"工单 {number} {reason}；如需继续跟进请重开"
        return None, _notify((_supervisor(ticket),), text, key, ticket.id)
    if revisit_in_days:
        schedule_revisit(_load(number), revisit_in_days, now)
    return None, ()


def schedule_extra_revisit(number: str, days: int, actor: str = "admin") -> int:
    """One more revisit of a closed ticket, `days` from now; the task id."""
    require(actor, CALLBACK, ticket=number)
    if not isinstance(days, int) or not 1 <= days <= 365:
        raise ValidationError("revisit_in_days", QT_TRANSLATE_NOOP("errors", "另约回访的天数为 1–365"))
    now = utcnow()
    with database.atomic():
        ticket = _load(number, lock=True)
        if ticket.state != "closed":
            raise ValidationError("state", QT_TRANSLATE_NOOP("errors", "只有已关闭的工单才能安排再次回访"))
        _locked_update(ticket, None, {"updated_at": now})
        return schedule_revisit(ticket, days, now)
