"""Auto-assignment by the assignment rules, and manual reassignment."""
from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from aftersales_desktop.domain.assignment import (
    OPEN_STATES, Candidate, pick_member, pick_rule,
)
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.domain.permissions import ASSIGN
from aftersales_desktop.services import audit
from aftersales_desktop.services.classification_rules import assignment_rules
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.tickets import _load, _locked_update, _transition
from aftersales_desktop.storage.models import Department, Staff, Ticket, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

REASSIGNABLE = ("assigned", "in_progress", "reopened")


@dataclass(frozen=True)
class AssignmentChoice:
    department_id: int | None
    department: str | None
    assignee: str | None  # login
    assignee_name: str | None
    note: str  # in words, for the clerk

    def text(self) -> str:
        who = f" · {self.assignee_name}（{self.assignee}）" if self.assignee else ""
        return f"{self.department or '（无）'}{who}：{self.note}"


def _candidates(department_id: int) -> list[Candidate]:
    available = (Staff.department == department_id) & Staff.active & ~Staff.absent
    members = list(Staff.select().where(available))
    counts = dict(Ticket.select(Ticket.assignee, fn.COUNT(Ticket.id))
                  .where(Ticket.assignee.in_([m.id for m in members])
                         & Ticket.state.in_(OPEN_STATES))
                  .group_by(Ticket.assignee).tuples()) if members else {}
    return [Candidate(m.id, m.login, counts.get(m.id, 0)) for m in members]


def choose(category: str, subcategory: str | None, branch: str | None) -> AssignmentChoice:
    """Which department and member the rules give a ticket of this category now."""
    rule = pick_rule(assignment_rules(), category, subcategory, branch)
    if rule is None:
        return AssignmentChoice(None, None, None, None, "没有适用的分派规则，请手动分派")
    department = Department.get_by_id(rule.department_id)
    member = pick_member(_candidates(department.id))
    if member is None:
        return AssignmentChoice(department.id, department.name, None, None,
                                "该部门没有可用人员（均缺勤或停用），请手动分派")
    name = Staff.get_by_id(member.staff_id).name
    return AssignmentChoice(department.id, department.name, member.login, name,
                            f"按分派规则，由手头未结工单最少的人员处理（{member.open_tickets}件）")


def auto_assign(number: str, category: str, subcategory: str | None, branch: str | None,
                staff_id: int, actor: str) -> AssignmentChoice:
    """Inside the caller's transaction: set the department, and assign when someone is free."""
    choice = choose(category, subcategory, branch)
    if choice.department_id is None:
        return choice
    ticket = _load(number, lock=True)
    if ticket.department_id != choice.department_id:
        now = utcnow()
        _locked_update(ticket, None, {"department": choice.department_id, "updated_at": now})
        old = Department.get_by_id(ticket.department_id).name if ticket.department_id else None
        audit.record("update", staff_id, ticket_id=ticket.id, field="department", old=old,
                     new=choice.department, at=now)
    if choice.assignee:
        _transition(number, "assigned", actor, assignee=choice.assignee)
    return choice


def reassign(number: str, assignee: str, actor: str = "admin", reason: str | None = None,
             expect_version: int | None = None) -> None:
    """Hand a ticket to another member (also one of another department); absent members
    are refused. A classified ticket becomes assigned."""
    staff_id = require(actor, ASSIGN, ticket=number).id
    target = Staff.get_or_none(Staff.login == assignee)
    if target is None or not target.active:
        raise ValidationError("assignee", QT_TRANSLATE_NOOP("errors", "没有在职员工“{assignee}”"), assignee=assignee)
    if target.absent:
        raise ValidationError("assignee", QT_TRANSLATE_NOOP("errors", "{target_name} 已登记为缺勤，不能分派"), target_name=target.name)
    with database.atomic():
        ticket = _load(number, lock=True)
        if expect_version is not None and expect_version != ticket.version:
            raise ConflictError(number, expect_version, ticket.version)
        if ticket.state == "classified":
            _transition(number, "assigned", actor, assignee=assignee)
            ticket = _load(number, lock=True)
        elif ticket.state not in REASSIGNABLE:
            raise ValidationError("state", QT_TRANSLATE_NOOP("errors", "处于“{ticket_state}”状态的工单不能改派"), ticket_state=ticket.state)
        elif ticket.assignee_id != target.id:
            now = utcnow()
            old = Staff.get_by_id(ticket.assignee_id).login if ticket.assignee_id else None
            _locked_update(ticket, None, {"assignee": target.id, "updated_at": now})
            audit.record("update", staff_id, ticket_id=ticket.id, field="assignee", old=old,
                         new=assignee, at=now)
        if target.department_id and ticket.department_id != target.department_id:
            Ticket.update(department=target.department_id).where(Ticket.id == ticket.id).execute()
            audit.record("update", staff_id, ticket_id=ticket.id, field="department",
                         old=_dept(ticket.department_id), new=_dept(target.department_id))
        if reason and reason.strip():
            audit.record("reassign", staff_id, ticket_id=ticket.id, field="reassign_reason",
                         new=reason.strip())


def _dept(department_id: int | None) -> str | None:
    return Department.get_by_id(department_id).name if department_id else None
