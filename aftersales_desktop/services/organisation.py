"""部门与分公司: departments (who handles tickets, whose escalation chain) and branches
(分公司/网点), added and renamed by whoever manages staff; audited. Rows are never deleted:
tickets, staff and rules point at them. A department the callback group names keeps being it
under its new name (the setting is changed in the same transaction)."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import MANAGE_STAFF
from aftersales_desktop.services import audit, settings
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Branch, Department, Setting, Staff, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_NAME = 60
GROUP_KEY = "callback.group"


@dataclass(frozen=True)
class Unit:
    name: str
    staff: int  # active staff in it


def departments() -> list[Unit]:
    return [Unit(d.name, Staff.select().where((Staff.department == d.id) & Staff.active).count())
            for d in Department.select().order_by(Department.id)]


def branches() -> list[Unit]:
    return [Unit(b.name, Staff.select().where((Staff.branch == b.id) & Staff.active).count())
            for b in Branch.select().order_by(Branch.id)]


def _name(value, field: str, what: str) -> str:
    name = " ".join((value or "").split())
    if not name or len(name) > MAX_NAME:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填写{what}名称（最多 {MAX_NAME} 个字）"), what=what, MAX_NAME=MAX_NAME)
    return name


def add_department(actor: str, name: str) -> str:
    admin = require(actor, MANAGE_STAFF)
    name = _name(name, "department", QT_TRANSLATE_NOOP("errors", "部门"))
    with database.atomic():
        if Department.get_or_none(Department.name == name):
            raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "部门“{name}”已存在"), name=name)
        row_id = Department.insert(name=name, kind="other").execute()
        audit.record("create", admin.id, entity="department", entity_id=row_id, field="name",
                     new=name)
    return name


def rename_department(actor: str, old: str, new: str) -> str:
    admin = require(actor, MANAGE_STAFF)
    new = _name(new, "department", QT_TRANSLATE_NOOP("errors", "部门"))
    with database.atomic():
        row = Department.get_or_none(Department.name == old)
        if row is None:
            raise NotFoundError(f"没有部门“{old}”")
        if new == old:
            return new
        if Department.get_or_none(Department.name == new):
            raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "部门“{new}”已存在"), new=new)
        Department.update(name=new).where(Department.id == row.id).execute()
        if settings.raw(GROUP_KEY) == old:  # stored, or the default naming this department
            Setting.delete().where(Setting.key == GROUP_KEY).execute()
            Setting.insert(key=GROUP_KEY, value=new).execute()
            audit.record("update", admin.id, entity="setting", field=GROUP_KEY, old=old, new=new)
        audit.record("rename", admin.id, entity="department", entity_id=row.id, field="name",
                     old=old, new=new)
    return new


def rename_branch(actor: str, old: str, new: str) -> str:
    admin = require(actor, MANAGE_STAFF)
    new = _name(new, "branch", QT_TRANSLATE_NOOP("errors", "分公司"))
    with database.atomic():
        row = Branch.get_or_none(Branch.name == old)
        if row is None:
            raise NotFoundError(f"没有分公司“{old}”")
        if new == old:
            return new
        if Branch.get_or_none(Branch.name == new):
            raise ValidationError("branch", QT_TRANSLATE_NOOP("errors", "分公司“{new}”已存在"), new=new)
        Branch.update(name=new).where(Branch.id == row.id).execute()
        audit.record("rename", admin.id, entity="branch", entity_id=row.id, field="name",
                     old=old, new=new)
    return new
