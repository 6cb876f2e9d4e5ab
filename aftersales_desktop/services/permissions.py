"""The permission check every service that changes something makes first:
`staff = require(actor, PERMISSION, ticket=number)`.

A refusal raises PermissionDenied and is written to the audit trail (action "refused",
ticket_id NULL: it is not a change of the ticket; entity "ticket" and its id when it was about
one). The check runs before the service opens its transaction, so the event is committed on
its own. Should a check ever run inside a transaction, the event cannot be written there (it
would be rolled back with the refused change): it rides on the exception and whoever catches
it after the rollback (the CLI, the screens) calls `record_refusal`.
"""
from __future__ import annotations

from aftersales_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term
from aftersales_desktop.domain.permissions import (
    PERMISSION_LABELS, ROLE_LABELS, SCOPE_LABELS, allows, scope_of,
)
from aftersales_desktop.services import audit
from aftersales_desktop.services.scoping import sees
from aftersales_desktop.services.staff import StaffRow, find_staff
from aftersales_desktop.storage.models import Ticket, database

SCOPE = "scope"  # the "permission" a ticket outside the actor's scope is refused under


def acting(actor: str) -> StaffRow:
    """The active staff member `actor` names, or ValidationError on field `as`."""
    try:
        return find_staff(actor)
    except NotFoundError:
        raise ValidationError("as", QT_TRANSLATE_NOOP("errors", "员工“{login}”不存在或已停用"),
                              login=actor) from None


def require(actor: str, permission: str, ticket: str | None = None) -> StaffRow:
    """The acting staff member when their role allows `permission` (and `ticket`, a number,
    is within what they see); PermissionDenied otherwise, recorded in the audit trail."""
    staff = acting(actor)
    if not allows(staff.role, permission):
        role = Term("permissions", ROLE_LABELS.get(staff.role, staff.role))
        _refuse(staff, permission, QT_TRANSLATE_NOOP("errors", "{name}（{role}）没有“{permission}”的权限"),
                ticket, name=staff.name, role=role,
                permission=Term("permissions", PERMISSION_LABELS[permission]))
    if ticket is not None:
        require_visible(staff, ticket)
    return staff


def require_visible(staff: StaffRow, number: str) -> int:
    """The id of ticket `number` when `staff` may see it; NotFoundError when there is none."""
    row = Ticket.select(Ticket.id).where(Ticket.number == number).first()
    if row is None:
        raise NotFoundError(f"ticket {number} does not exist")
    if not sees(staff, row.id):
        _refuse(staff, SCOPE, QT_TRANSLATE_NOOP("errors", "工单 {number} 不在{name}的查看范围内（{scope}）"),
                number, number=number, name=staff.name,
                scope=Term("permissions", SCOPE_LABELS[scope_of(staff.role)]))
    return row.id


def refuse_scope(staff: StaffRow, message: str, /, **params) -> None:
    """PermissionDenied (recorded) for something outside what `staff` sees, not a ticket;
    `message` a marked template with its `params`."""
    _refuse(staff, SCOPE, message, None, **params)


def _refuse(staff: StaffRow, permission: str, message: str, number: str | None, /,
            **params) -> None:
    error = PermissionDenied(staff.login, permission, message, number, **params)
    error.staff_id = staff.id
    if not database.in_transaction():
        record_refusal(error)
    raise error


def record_refusal(error: PermissionDenied) -> None:
    """Write the refusal's audit event once, outside any transaction."""
    if error.recorded or database.in_transaction():
        return
    ticket_id = (Ticket.select(Ticket.id).where(Ticket.number == error.ticket).scalar()
                 if error.ticket else None)
    with database.atomic():
        audit.record("refused", getattr(error, "staff_id", None),
                     entity="ticket" if ticket_id else "permission", entity_id=ticket_id,
                     field=error.permission, new=error.message)
    error.recorded = True
