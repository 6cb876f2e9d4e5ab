"""首次设置: what the setup wizard collected, written in one transaction through the services
that own each part (settings, organisation, staff_admin, escalation_chain): either all of it
is stored, with its audit events, or nothing. A refusal names the wizard page and the field."""
from __future__ import annotations

from dataclasses import dataclass, field

from aftersales_desktop.domain.clock import iso_utc, utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import EDIT_SETTINGS, MANAGE_STAFF
from aftersales_desktop.services import escalation_chain, organisation, settings, staff_admin
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import database

DONE_KEY = "setup.completed_at"


@dataclass(frozen=True)
class Rename:
    old: str | None  # None: a new one
    new: str


@dataclass(frozen=True)
class NewStaff:
    login: str
    name: str
    role: str
    department: str | None
    branch: str | None
    password: str


@dataclass(frozen=True)
class Level:
    title: str
    role: str
    staff: str | None  # login; None: whoever has the role


@dataclass
class SetupPlan:
    company_name: str = ""
    departments: list[Rename] = field(default_factory=list)
    branches: list[Rename] = field(default_factory=list)
    staff: list[NewStaff] = field(default_factory=list)
    chains: dict[str, list[Level]] = field(default_factory=dict)  # department → levels
    opens: str = "09:00"
    closes: str = "18:00"


class SetupError(ValidationError):
    """A refusal with the wizard page it belongs to."""

    def __init__(self, page: str, error: ValidationError | NotFoundError, row: int | None = None):
        template = getattr(error, "template", None) or str(error)
        super().__init__(getattr(error, "field", page), template, **getattr(error, "params", {}))
        self.page, self.row = page, row


def _units(renames: list[Rename], add, rename) -> None:
    for rename_ in renames:
        if rename_.old is None:
            add(rename_.new)
        elif rename_.old != rename_.new:
            rename(rename_.old, rename_.new)


def _step(page: str, action, row: int | None = None):
    try:
        return action()
    except (ValidationError, NotFoundError) as exc:
        raise SetupError(page, exc, row) from None


def apply_setup(plan: SetupPlan, actor: str) -> None:
    require(actor, EDIT_SETTINGS)
    require(actor, MANAGE_STAFF)
    with database.atomic():
        _step("company", lambda: settings.set_values({"company.name": plan.company_name}, actor))
        _step("organisation", lambda: _units(
            plan.departments, lambda n: organisation.add_department(actor, n),
            lambda o, n: organisation.rename_department(actor, o, n)))
        _step("organisation", lambda: _units(
            plan.branches, lambda n: staff_admin.add_branch(actor, n),
            lambda o, n: organisation.rename_branch(actor, o, n)))
        for row, person in enumerate(plan.staff):
            _step("staff", lambda p=person: staff_admin.add_staff(
                actor, p.login, {"name": p.name, "role": p.role, "department": p.department,
                                 "branch": p.branch}, p.password), row)
        for department, levels in plan.chains.items():
            _step("chains", lambda d=department, ls=levels: _chain(d, ls, actor))
        _step("hours", lambda: settings.set_values(
            {"sla.business_opens": plan.opens, "sla.business_closes": plan.closes}, actor))
        settings.write_state(DONE_KEY, iso_utc(utcnow()))


def _chain(department: str, levels: list[Level], actor: str) -> None:
    current = escalation_chain.chain(department)
    for number, level in enumerate(levels, start=1):
        old = current[number - 1] if number <= len(current) else None
        if old and (old.title, old.role, old.staff_login) == (level.title, level.role,
                                                                level.staff):
            continue
        escalation_chain.set_level(department, number, level.title, level.role, level.staff,
                                   is_head=old.is_head if old else number == len(levels),
                                   actor=actor)


def completed_at() -> str | None:
    return settings.read_state(DONE_KEY)
