"""Each department's escalation chain: ordered levels above the handler (level 0), each held by
a named staff member or by whoever has the level's role. Edited in settings."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import EDIT_SETTINGS
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Department, Staff, database
from aftersales_desktop.storage.models_escalation import EscalationLevel
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

HANDLER_TITLE = "处理人"


@dataclass(frozen=True)
class ChainLevel:
    department: str
    level: int
    title: str
    role: str
    staff_login: str | None
    staff_name: str | None
    is_head: bool

    def text(self) -> str:
        """"客服经理 李娜（第1级）", or without a name when the role decides."""
        who = f" {self.staff_name}" if self.staff_name else ""
        return Text(QT_TRANSLATE_NOOP("errors", "{title}{who}（第{level}级）"), title=self.title,
                    who=who, level=self.level)


def _department(name_or_id) -> Department:
    if isinstance(name_or_id, int):
        row = Department.get_or_none(Department.id == name_or_id)
    else:
        row = Department.get_or_none(Department.name == name_or_id)
    if row is None:
        raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "没有部门“{name_or_id}”"), name_or_id=name_or_id)
    return row


def _row(level: EscalationLevel, department: Department) -> ChainLevel:
    staff = level.staff
    return ChainLevel(department.name, level.level, level.title, level.role,
                      staff.login if staff else None, staff.name if staff else None,
                      level.is_head)


def chain(department) -> list[ChainLevel]:
    """The levels of `department` (name or id), lowest first."""
    dept = _department(department)
    return [_row(level, dept) for level in EscalationLevel.select()
            .where(EscalationLevel.department == dept.id).order_by(EscalationLevel.level)]


def level_of(department_id: int, level: int) -> ChainLevel:
    dept = _department(department_id)
    row = EscalationLevel.get_or_none((EscalationLevel.department == dept.id)
                                      & (EscalationLevel.level == level))
    if row is None:
        raise ValidationError("level", QT_TRANSLATE_NOOP("errors", "{dept_name}的升级链没有第{level}级"), dept_name=dept.name, level=level)
    return _row(row, dept)


def head_level(department_id: int) -> int | None:
    row = (EscalationLevel.select(EscalationLevel.level)
           .where((EscalationLevel.department == department_id) & EscalationLevel.is_head)
           .order_by(EscalationLevel.level).first())
    return row.level if row else None


def receiver(department_id: int, level: ChainLevel) -> int | None:
    """Who receives at `level`: the named person, else the first present staff member with the
    role in the department, else anywhere; None when nobody has the role."""
    if level.staff_login:
        return Staff.get(Staff.login == level.staff_login).id
    present = (Staff.select(Staff.id)
               .where((Staff.role == level.role) & Staff.active & ~Staff.absent))
    for query in (present.where(Staff.department == department_id), present):
        row = query.order_by(Staff.login).first()
        if row:
            return row.id
    return None


def set_level(department, level: int, title: str, role: str, staff: str | None = None,
              is_head: bool = False, actor: str = "admin") -> ChainLevel:
    """Add or change one level of a department's chain."""
    dept = _department(department)
    if not isinstance(level, int) or level < 1:
        raise ValidationError("level", QT_TRANSLATE_NOOP("errors", "级别从 1 开始"))
    title, role = (title or "").strip(), (role or "").strip()
    if not title:
        raise ValidationError("title", QT_TRANSLATE_NOOP("errors", "请填写该级的职务名称"))
    if not role:
        raise ValidationError("role", QT_TRANSLATE_NOOP("errors", "请填写该级的角色"))
    staff_id = None
    if staff:
        row = Staff.get_or_none(Staff.login == staff)
        if row is None or not row.active:
            raise ValidationError("staff", QT_TRANSLATE_NOOP("errors", "没有在职人员“{staff}”"), staff=staff)
        staff_id = row.id
    if level > len(chain(dept.id)) + 1:
        raise ValidationError("level", QT_TRANSLATE_NOOP("errors", "级别须连续，不能跳过中间的级别"))
    actor_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        existing = EscalationLevel.get_or_none((EscalationLevel.department == dept.id)
                                               & (EscalationLevel.level == level))
        values = {"title": title, "role": role, "staff": staff_id, "is_head": bool(is_head)}
        if existing is None:
            row_id = EscalationLevel.insert(department=dept.id, level=level, **values).execute()
            audit.record("create", actor_id, entity="escalation_level", entity_id=row_id,
                         field="level", new=f"{dept.name} 第{level}级 {title}")
        else:
            EscalationLevel.update(**values).where(EscalationLevel.id == existing.id).execute()
            audit.record("update", actor_id, entity="escalation_level", entity_id=existing.id,
                         field="level", old=f"{existing.title}/{existing.role}",
                         new=f"{title}/{role}/{staff or ''}")
    return level_of(dept.id, level)


def remove_level(department, level: int, actor: str = "admin") -> None:
    """Remove the top level of a chain (lower levels stay contiguous)."""
    dept = _department(department)
    levels = [row.level for row in chain(dept.id)]
    if level not in levels:
        raise ValidationError("level", QT_TRANSLATE_NOOP("errors", "{dept_name}的升级链没有第{level}级"), dept_name=dept.name, level=level)
    if level != max(levels):
        raise ValidationError("level", QT_TRANSLATE_NOOP("errors", "只能删除最高一级"))
    actor_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        EscalationLevel.delete().where((EscalationLevel.department == dept.id)
                                       & (EscalationLevel.level == level)).execute()
        audit.record("delete", actor_id, entity="escalation_level", field="level",
                     old=f"{dept.name} 第{level}级")
