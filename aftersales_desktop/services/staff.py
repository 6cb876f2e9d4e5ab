"""Staff members as the services see them: who is acting."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain.errors import NotFoundError
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


def _row(s: Staff) -> StaffRow:
    return StaffRow(s.id, s.login, s.name, s.role, s.department_id, s.active, s.absent)


def find_staff(login: str) -> StaffRow:
    staff = Staff.get_or_none(Staff.login == login)
    if staff is None or not staff.active:
        raise NotFoundError(f"staff member '{login}' does not exist or is not active")
    return _row(staff)


def list_staff() -> list[StaffRow]:
    return [_row(s) for s in Staff.select().order_by(Staff.login)]
