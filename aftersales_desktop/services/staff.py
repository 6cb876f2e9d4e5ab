"""Staff members as the services see them: who is acting. Adding and editing them:
services.staff_admin; signing in: services.auth."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain.errors import NotFoundError
from aftersales_desktop.domain.permissions import permissions_of
from aftersales_desktop.storage.models import Staff


@dataclass(frozen=True)
class StaffRow:
    id: int
    login: str
    name: str
    role: str
    department_id: int | None
    active: bool
    absent: bool
    branch_id: int | None = None

    @property
    def permissions(self) -> frozenset[str]:
        return permissions_of(self.role)

    def can(self, permission: str) -> bool:
        return permission in self.permissions


def _row(s: Staff) -> StaffRow:
    return StaffRow(s.id, s.login, s.name, s.role, s.department_id, s.active, s.absent,
                    s.branch_id)


def find_staff(login: str) -> StaffRow:
    staff = Staff.get_or_none(Staff.login == login)
    if staff is None or not staff.active:
        raise NotFoundError(f"staff member '{login}' does not exist or is not active")
    return _row(staff)


def list_staff() -> list[StaffRow]:
    return [_row(s) for s in Staff.select().order_by(Staff.login)]
