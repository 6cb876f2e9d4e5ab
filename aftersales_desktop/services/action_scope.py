"""Which meeting countermeasures a staff member sees, like services.scoping for tickets: the
whole company sees all; a branch its own departments', a department its own; everyone also
the company-wide items (no department) and those they are responsible for."""
from __future__ import annotations

from aftersales_desktop.domain.permissions import ALL, BRANCH, scope_of
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.storage.models import Department
from aftersales_desktop.storage.models_meeting import ActionItem


def item_scope(staff: StaffRow):
    """A condition on ActionItem; None when `staff` sees all."""
    kind = scope_of(staff.role)
    if kind == ALL or (kind == BRANCH and staff.branch_id is None):
        return None
    own = ActionItem.department.is_null() | (ActionItem.owner == staff.id)
    if kind == BRANCH:
        return own | ActionItem.department.in_(
            Department.select(Department.id).where(Department.branch == staff.branch_id))
    if staff.department_id is None:
        return own
    return own | (ActionItem.department == staff.department_id)
