"""人员与角色: the administrator adds, edits and deactivates staff (role, department, branch).
Every change is audited per field; the last active administrator cannot be removed."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN

from aftersales_desktop.domain import phone as phones
from aftersales_desktop.domain.clock import iso_utc, utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import ADMIN, MANAGE_STAFF, ROLE_LABELS
from aftersales_desktop.services import audit
from aftersales_desktop.services.auth import check_new_password, hash_password
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Branch, Department, Staff, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term

LOGIN = re.compile(r"^[a-z][a-z0-9_.-]{1,39}$")
FIELDS = ("name", "role", "department", "branch", "phone", "email")


@dataclass(frozen=True)
class StaffDetail:
    login: str
    name: str
    role: str
    department: str | None
    branch: str | None
    phone: str | None
    email: str | None
    active: bool
    has_password: bool
    locked_until: str | None  # ISO UTC while locked
    must_change_password: bool

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


def list_details(actor: str, now: datetime | None = None) -> list[StaffDetail]:
    require(actor, MANAGE_STAFF)
    now = now or utcnow()
    rows = (Staff.select(Staff, Department.name.alias("dept"), Branch.name.alias("branch_name"))
            .join(Department, JOIN.LEFT_OUTER, on=(Staff.department == Department.id))
            .switch(Staff).join(Branch, JOIN.LEFT_OUTER, on=(Staff.branch == Branch.id))
            .order_by(Staff.active.desc(), Staff.login).dicts())
    return [StaffDetail(r["login"], r["name"], r["role"], r["dept"], r["branch_name"], r["phone"],
                        r["email"], bool(r["active"]), bool(r["password_hash"]),
                        iso_utc(r["locked_until"]) if r["locked_until"] and r["locked_until"] > now
                        else None, bool(r["must_change_password"])) for r in rows]


def department_names() -> list[str]:
    return [n for n, in Department.select(Department.name).order_by(Department.id).tuples()]


def branch_names() -> list[str]:
    return [n for n, in Branch.select(Branch.name).order_by(Branch.name).tuples()]


def _clean(values: dict) -> dict:
    """Column values from the form's texts; ValidationError naming the field."""
    out = {}
    if "name" in values:
        out["name"] = (values["name"] or "").strip()
        if not out["name"] or len(out["name"]) > 40:
            raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "请填写姓名（最多 40 个字符）"))
    if "role" in values:
        if values["role"] not in ROLE_LABELS:
            raise ValidationError("role", QT_TRANSLATE_NOOP("errors", "请选择角色：{roles}"),
                                  roles=[Term("permissions", r) for r in ROLE_LABELS.values()])
        out["role"] = values["role"]
    for key, model in (("department", Department), ("branch", Branch)):
        if key in values:
            name = (values[key] or "").strip()
            row = model.get_or_none(model.name == name) if name else None
            if name and row is None:
                raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "没有名为“{name}”的{value2}"), name=name, value2=QT_TRANSLATE_NOOP("errors", "部门") if key == 'department' else QT_TRANSLATE_NOOP("errors", "分公司"))
            out[key] = row.id if row else None
    if "phone" in values:
        raw = (values["phone"] or "").strip()
        try:
            out["phone"] = phones.normalise(raw) if raw else None
        except ValueError:
            raise ValidationError("phone", QT_TRANSLATE_NOOP("errors", "请填写手机号（11 位）或带区号的座机号")) from None
    if "email" in values:
        out["email"] = (values["email"] or "").strip() or None
        if out["email"] and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", out["email"]):
            raise ValidationError("email", QT_TRANSLATE_NOOP("errors", "电子邮箱格式应如 name@example.com"))
    return out


def add_staff(actor: str, login: str, values: dict, password: str) -> str:
    """A new staff member with a first password they change at their first login."""
    admin = require(actor, MANAGE_STAFF)
    login = (login or "").strip().lower()
    if not LOGIN.match(login):
        raise ValidationError("login", QT_TRANSLATE_NOOP("errors", "登录名：2–40 个小写字母、数字或 _ . -，以字母开头"))
    clean = _clean({"name": None, "role": None, **{k: v for k, v in values.items()
                                                   if k in FIELDS}})
    check_new_password(password)
    now = utcnow()
    with database.atomic():
        if Staff.get_or_none(Staff.login == login):
            raise ValidationError("login", QT_TRANSLATE_NOOP("errors", "登录名“{login_}”已被使用"), login_=login)
        staff_id = Staff.insert(login=login, created_at=now, password_hash=hash_password(password),
                                must_change_password=True, password_changed_at=now,
                                **clean).execute()
        audit.record("create", admin.id, entity="staff", entity_id=staff_id, field="login",
                     new=f"{clean['name']}（{login}）{ROLE_LABELS[clean['role']]}", at=now)
    return login


def edit_staff(actor: str, login: str, values: dict) -> bool:
    """Change name, role, department, branch, phone, e-mail; True when something changed."""
    admin = require(actor, MANAGE_STAFF)
    clean = _clean({k: v for k, v in values.items() if k in FIELDS})
    now = utcnow()
    with database.atomic():
        row = _get(login)
        diff = {k: (getattr(row, k + "_id" if k in ("department", "branch") else k), v)
                for k, v in clean.items()
                if getattr(row, k + "_id" if k in ("department", "branch") else k) != v}
        if not diff:
            return False
        if "role" in diff and row.role == ADMIN and row.active:
            _keep_an_admin(row.id)
        Staff.update(**{k: new for k, (_, new) in diff.items()}).where(Staff.id == row.id).execute()
        audit.record_changes({k: (_label(k, old), _label(k, new)) for k, (old, new) in diff.items()},
                             admin.id, ticket_id=None, entity="staff", entity_id=row.id, at=now)
    return True


def set_active(actor: str, login: str, active: bool) -> None:
    """Deactivate (cannot log in, gets no new tickets; history stays) or reactivate."""
    admin = require(actor, MANAGE_STAFF)
    with database.atomic():
        row = _get(login)
        if bool(row.active) == active:
            return
        if not active and row.id == admin.id:
            raise ValidationError("active", QT_TRANSLATE_NOOP("errors", "不能停用自己的账号"))
        if not active and row.role == ADMIN:
            _keep_an_admin(row.id)
        Staff.update(active=active).where(Staff.id == row.id).execute()
        audit.record("update", admin.id, entity="staff", entity_id=row.id, field="active",
                     old=not active, new=active)


def add_branch(actor: str, name: str, city: str | None = None) -> str:
    admin = require(actor, MANAGE_STAFF)
    name = (name or "").strip()
    if not name or len(name) > 60:
        raise ValidationError("branch", QT_TRANSLATE_NOOP("errors", "请填写分公司名称（最多 60 个字符）"))
    with database.atomic():
        if Branch.get_or_none(Branch.name == name):
            raise ValidationError("branch", QT_TRANSLATE_NOOP("errors", "分公司“{name}”已存在"), name=name)
        branch_id = Branch.insert(name=name, city=(city or "").strip() or None).execute()
        audit.record("create", admin.id, entity="branch", entity_id=branch_id, field="name",
                     new=name)
    return name


def _get(login: str) -> Staff:
    row = Staff.get_or_none(Staff.login == login)
    if row is None:
        raise ValidationError("login", QT_TRANSLATE_NOOP("errors", "没有登录名为“{login_}”的人员"), login_=login)
    return row


def _keep_an_admin(leaving_id: int) -> None:
    others = Staff.select().where((Staff.role == ADMIN) & Staff.active & (Staff.id != leaving_id))
    if not others.exists():
        raise ValidationError("role", QT_TRANSLATE_NOOP("errors", "至少要保留一名在职的系统管理员"))


def _label(field: str, value):
    if value is None:
        return None
    if field == "department":
        return Department.get_by_id(value).name
    if field == "branch":
        return Branch.get_by_id(value).name
    if field == "role":
        return ROLE_LABELS.get(value, value)
    return value
