"""Which tickets a staff member sees, as a condition on Ticket for the queries themselves
(list, search, counts, queues, detail), so nothing outside it is ever read for them.

- role scope "all" (administrator, internal audit, data analysis, company manager): every ticket;
- "branch" (branch manager): tickets of their branch — handled by one of its departments, or
  taken or handled by one of its staff; a branch manager without a branch sees all (one office);
- "department" (clerk, classification, handler, supervisor): tickets handled by their
  department or taken by one of its members (the intake department follows its tickets to
  the callback), within their branch when they have one.
Everyone also sees the tickets they took, handle, or that were escalated to them.
"""
from __future__ import annotations

from aftersales_desktop.domain.permissions import ALL, BRANCH, scope_of
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.storage.models import Department, Staff, Ticket
from aftersales_desktop.storage.models_escalation import Escalation


def _members(column, value):
    return Staff.select(Staff.id).where(column == value)


def _branch(branch_id: int):
    departments = Department.select(Department.id).where(Department.branch == branch_id)
    return (Ticket.department.in_(departments) | Ticket.created_by.in_(
        _members(Staff.branch, branch_id)) | Ticket.assignee.in_(_members(Staff.branch, branch_id)))


def _department(department_id: int):
    return (Ticket.department == department_id) | Ticket.created_by.in_(
        _members(Staff.department, department_id))


def _own(staff: StaffRow):
    escalated = Escalation.select(Escalation.ticket).where(
        (Escalation.to_staff == staff.id) | (Escalation.executor == staff.id))
    return ((Ticket.created_by == staff.id) | (Ticket.assignee == staff.id)
            | Ticket.id.in_(escalated))


def ticket_scope(staff: StaffRow):
    """A condition on Ticket for the tickets `staff` sees; None when they see all."""
    kind = scope_of(staff.role)
    if kind == ALL or (kind == BRANCH and staff.branch_id is None):
        return None
    if kind == BRANCH:
        area = _branch(staff.branch_id)
    elif staff.department_id is None:
        area = None
    else:
        area = _department(staff.department_id)
        if staff.branch_id is not None:
            area = area & _branch(staff.branch_id)
    return _own(staff) | area if area is not None else _own(staff)


def scoped(query, staff: StaffRow | None):
    """`query` (over Ticket) limited to what `staff` sees; None: no limit (system work)."""
    condition = ticket_scope(staff) if staff is not None else None
    return query if condition is None else query.where(condition)


def sees(staff: StaffRow, ticket_id: int) -> bool:
    return scoped(Ticket.select(Ticket.id).where(Ticket.id == ticket_id), staff).exists()
