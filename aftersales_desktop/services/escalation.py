"""升级 (seed 004 6.1, 6.2-2, 6.2-3): report a ticket up its department's chain with cause
analysis and proposed solution; the receiver gives instructions (处理意见) and names who
executes, or passes it further up; the handler records execution and follow-up until done.

The ticket keeps its handler throughout. Each change and its audit events are one transaction.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import ESCALATE, INSTRUCT
from aftersales_desktop.services import audit, notices
from aftersales_desktop.services.deadlines import mark_reported
from aftersales_desktop.services.escalation_chain import (
    ChainLevel, chain, head_level, level_of, receiver,
)
from aftersales_desktop.services.escalation_views import (
    ENTRY_KINDS, OPEN, URGENCIES, EscalationView, current_level, get_escalation,
)
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.tickets import _load, _locked_update
from aftersales_desktop.storage.models import Staff, Ticket, database
from aftersales_desktop.storage.models_escalation import Escalation, EscalationEntry
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

_FINAL = ("closed", "rejected")


def _text(field: str, value, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填写{what}"), what=what)
    return text


def _urgency(value) -> str:
    text = str(value or "").strip()
    for code, label in URGENCIES.items():
        if text in (code, label):
            return code
    raise ValidationError("urgency", QT_TRANSLATE_NOOP("errors", "请选择紧急程度（{value1}）"), value1=list(URGENCIES.values()))


def _department(ticket: Ticket) -> int:
    if ticket.department_id is not None:
        return ticket.department_id
    if ticket.assignee_id is not None and ticket.assignee.department_id is not None:
        return ticket.assignee.department_id
    # Not yet classified or assigned (e.g. a logistics exception minutes after intake): the
    # chain of whoever took the ticket, so the 10-minute report still reaches a supervisor.
    if ticket.created_by.department_id is not None:
        return ticket.created_by.department_id
    raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "工单尚未分派到部门，无法确定升级链"))


def _open_ticket(number: str, expect_version: int | None) -> Ticket:
    ticket = _load(number, lock=True)
    if ticket.state in _FINAL:
        raise ValidationError("state", QT_TRANSLATE_NOOP("errors", "已关闭或已驳回的工单不能升级"))
    _locked_update(ticket, expect_version, {"updated_at": utcnow()})
    return ticket


def _target(ticket: Ticket, department_id: int, level, skip_reason, serious):
    """(target level, skip-level?) from the ticket's current level."""
    current = current_level(ticket.id)
    if serious:
        head = head_level(department_id)
        return (head if head and head > current else current + 1), False
    target = current + 1 if level in (None, "") else level
    if not isinstance(target, int) or target <= current:
        raise ValidationError("level", QT_TRANSLATE_NOOP("errors", "工单已在第{current}级，只能向更高一级上报"), current=current)
    skip = target > current + 1
    if skip and not (skip_reason or "").strip():
        raise ValidationError("skip_reason", QT_TRANSLATE_NOOP("errors", "越级上报须写明理由（上级无法解决的情况）"))
    return target, skip


def _insert(ticket: Ticket, department_id: int, target: int, *, from_level: int,
            from_staff: int | None, origin: str, cause: str, solution: str, urgency: str,
            skip: bool = False, skip_reason: str | None = None, reason: str | None = None,
            auto_key: str | None = None, now: datetime) -> int:
    level = level_of(department_id, target)
    to_staff = receiver(department_id, level)
    row_id = Escalation.insert(
        ticket=ticket.id, department=department_id, from_level=from_level,
        from_staff=from_staff, to_level=target, to_title=level.title, to_role=level.role,
        to_staff=to_staff, origin=origin, auto_key=auto_key, reason=reason, skip_level=skip,
        skip_reason=(skip_reason or "").strip() or None if skip else None,
        cause_analysis=cause, proposed_solution=solution, urgency=urgency, status="waiting",
        created_at=now, created_by=from_staff).execute()
    name = Staff.get_by_id(to_staff).name if to_staff else None
    to_text = f"{level.title}{' ' + name if name else ''}（第{target}级）"
    mark_reported(ticket.id, now)
    if to_staff:
        notices.add_notice(to_staff, "escalation", f"工单 {ticket.number} 已上报给您（第{target}级"
                           f"{'，' + reason if reason else ''}），请批示处理意见",
                           f"escalation:{row_id}", ticket.id)

    def event(action, field, new, old=None):
        audit.record(action, from_staff, ticket_id=ticket.id, entity="escalation",
                     entity_id=row_id, field=field, old=old, new=new, at=now)

    event("auto_escalate" if origin == "automatic" else "escalate", "to_level", to_text,
          old=reason)
    if origin == "serious":
        event("escalate", "serious", "true")
    if skip:
        event("escalate", "skip_reason", skip_reason.strip())
    event("escalate", "urgency", urgency)
    event("escalate", "cause_analysis", cause)
    event("escalate", "proposed_solution", solution)
    return row_id


def escalate(number: str, cause_analysis: str, proposed_solution: str, urgency: str,
             actor: str = "admin", *, level: int | None = None, skip_reason: str | None = None,
             serious: bool = False, expect_version: int | None = None) -> EscalationView:
    """Report the ticket one level above where it stands, or to `level` (越级, with
    `skip_reason`); `serious` (likely serious consequence) goes to the department head at once."""
    staff_id = require(actor, ESCALATE, ticket=number).id
    cause = _text("cause_analysis", cause_analysis, QT_TRANSLATE_NOOP("errors", "原因分析"))
    solution = _text("proposed_solution", proposed_solution, QT_TRANSLATE_NOOP("errors", "解决方案"))
    urgency = "urgent" if serious else _urgency(urgency)
    now = utcnow()
    with database.atomic():
        ticket = _open_ticket(number, expect_version)
        department_id = _department(ticket)
        target, skip = _target(ticket, department_id, level, skip_reason, serious)
        row_id = _insert(ticket, department_id, target, from_level=current_level(ticket.id),
                         from_staff=staff_id, origin="serious" if serious else "manual",
                         cause=cause, solution=solution, urgency=urgency, skip=skip,
                         skip_reason=skip_reason, now=now)
    return get_escalation(row_id)


def escalate_further(escalation_id: int, cause_analysis: str, proposed_solution: str,
                     urgency: str, actor: str = "admin", *, level: int | None = None,
                     skip_reason: str | None = None) -> EscalationView:
    """The receiver cannot solve it within their authority: pass it to the next level up."""
    staff = _staff(actor, ESCALATE, escalation_id)
    cause = _text("cause_analysis", cause_analysis, QT_TRANSLATE_NOOP("errors", "原因分析"))
    solution = _text("proposed_solution", proposed_solution, QT_TRANSLATE_NOOP("errors", "解决方案"))
    urgency = _urgency(urgency)
    now = utcnow()
    with database.atomic():
        row = _for_receiver(escalation_id, staff)
        ticket = _open_ticket(row.ticket.number, None)
        target, skip = _target(ticket, row.department_id, level, skip_reason, False)
        new_id = _insert(ticket, row.department_id, target, from_level=row.to_level,
                         from_staff=staff.id, origin="manual", cause=cause, solution=solution,
                         urgency=urgency, skip=skip, skip_reason=skip_reason, now=now)
        Escalation.update(status="passed_on").where(Escalation.id == row.id).execute()
    return get_escalation(new_id)


def instruct(escalation_id: int, instructions: str, executor: str,
             actor: str = "admin") -> EscalationView:
    """The receiver's instructions (处理意见) and who executes them."""
    staff = _staff(actor, INSTRUCT, escalation_id)
    text = _text("instructions", instructions, QT_TRANSLATE_NOOP("errors", "处理意见"))
    doer = Staff.get_or_none(Staff.login == (executor or "").strip())
    if doer is None or not doer.active:
        raise ValidationError("executor", QT_TRANSLATE_NOOP("errors", "请选择执行人"))
    now = utcnow()
    with database.atomic():
        row = _for_receiver(escalation_id, staff)
        Escalation.update(status="instructed", instructions=text, instructed_by=staff.id,
                          instructed_at=now, executor=doer.id).where(
            (Escalation.id == row.id) & (Escalation.status == "waiting")).execute()
        for field, value in (("instructions", text), ("executor", doer.login)):
            audit.record("instruct", staff.id, ticket_id=row.ticket_id, entity="escalation",
                         entity_id=row.id, field=field, new=value, at=now)
    return get_escalation(escalation_id)


def add_entry(escalation_id: int, kind: str, text: str, actor: str = "admin") -> EscalationView:
    """An execution, follow-up or customer-contact record while the escalation is open."""
    staff_id = _staff(actor, ESCALATE, escalation_id).id
    if kind not in ENTRY_KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "记录类型应为：{value1}"), value1=list(ENTRY_KINDS.values()))
    body = _text("text", text, ENTRY_KINDS[kind])
    now = utcnow()
    with database.atomic():
        row = _locked_escalation(escalation_id)
        if row.status not in OPEN:
            raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "该升级事项已完成，不能再添加记录"))
        EscalationEntry.insert(escalation=row.id, ticket=row.ticket_id, kind=kind, text=body,
                               at=now, staff=staff_id).execute()
        audit.record("follow_up", staff_id, ticket_id=row.ticket_id, entity="escalation",
                     entity_id=row.id, field=kind, new=body, at=now)
    return get_escalation(escalation_id)


def complete(escalation_id: int, result: str, actor: str = "admin") -> EscalationView:
    """The instructions are carried out: record the result and close the escalation, with the
    lower levels that passed it on."""
    staff_id = _staff(actor, ESCALATE, escalation_id).id
    body = _text("result", result, QT_TRANSLATE_NOOP("errors", "处理结果"))
    now = utcnow()
    with database.atomic():
        row = _locked_escalation(escalation_id)
        if row.status != "instructed":
            raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "只有已批示的升级事项可以完成"))
        Escalation.update(status="done", done_at=now, done_by=staff_id, result=body).where(
            (Escalation.id == row.id) | ((Escalation.ticket == row.ticket_id)
                                         & (Escalation.status == "passed_on")
                                         & (Escalation.to_level < row.to_level))).execute()
        audit.record("complete", staff_id, ticket_id=row.ticket_id, entity="escalation",
                     entity_id=row.id, field="result", new=body, at=now)
    return get_escalation(escalation_id)


def _staff(login: str, permission: str, escalation_id: int) -> Staff:
    """The acting staff member, allowed `permission` on the escalation's ticket."""
    row = Escalation.get_or_none(Escalation.id == escalation_id)
    if row is None:
        raise NotFoundError(f"escalation {escalation_id} does not exist")
    return Staff.get_by_id(require(login, permission, ticket=row.ticket.number).id)


def _locked_escalation(escalation_id: int) -> Escalation:
    row = Escalation.get_or_none(Escalation.id == escalation_id)
    if row is None:
        raise NotFoundError(f"escalation {escalation_id} does not exist")
    _load(row.ticket.number, lock=True)
    return Escalation.get_by_id(escalation_id)


def _for_receiver(escalation_id: int, staff: Staff) -> Escalation:
    row = _locked_escalation(escalation_id)
    mine = staff.id == row.to_staff_id or staff.role == "admin" or (
        row.to_staff_id is None and staff.role == row.to_role)
    if not mine:
        raise ValidationError("as", QT_TRANSLATE_NOOP("errors", "只有接收这次升级的领导可以批示或继续上报"))
    if row.status != "waiting":
        raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "该升级事项已{value1}"), value1=QT_TRANSLATE_NOOP("errors", "批示") if row.instructions else QT_TRANSLATE_NOOP("errors", "处理"))
    return row


def levels_above(number: str) -> tuple[int, list[ChainLevel]]:
    """The ticket's current level and the chain levels it can be reported to, each naming who
    would receive it."""
    ticket = _load(number)
    department_id = _department(ticket)
    current = current_level(ticket.id)
    levels = []
    for level in (lv for lv in chain(department_id) if lv.level > current):
        staff_id = receiver(department_id, level)
        name = Staff.get_by_id(staff_id).name if staff_id else None
        levels.append(replace(level, staff_name=name))
    return current, levels
