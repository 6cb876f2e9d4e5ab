"""Staff of several roles, departments and branches for the permission and scope tests."""
from __future__ import annotations

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.storage.models import AuditEvent, Branch, Department, Staff


def person(login: str, role: str, department: str | None = "售后部",
           branch: str | None = None) -> int:
    dept = Department.get(Department.name == department).id if department else None
    branch_id = None
    if branch:
        Branch.insert(name=branch).on_conflict_ignore().execute()
        branch_id = Branch.get(Branch.name == branch).id
    return Staff.insert(login=login, name=login.upper(), role=role, department=dept,
                        branch=branch_id, created_at=utcnow()).execute()


def refusals(**where) -> list[AuditEvent]:
    query = AuditEvent.select().where(AuditEvent.action == "refused")
    for key, value in where.items():
        query = query.where(getattr(AuditEvent, key) == value)
    return list(query.order_by(AuditEvent.id))
