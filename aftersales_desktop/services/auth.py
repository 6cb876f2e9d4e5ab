"""Signing in: argon2id password hashes (argon2-cffi), lockout after 5 failed attempts in a row
for 15 minutes, the administrator's first password, own password changes and the
administrator's resets. Every attempt is an audit event (ticket_id NULL: not a ticket change).

A database is *protected* once anybody has a password. Before that (a new database) it is in
its first-start state: the window asks for the administrator's password before anything else.
Single-user mode (a one-person office, switched on by the administrator) starts without login.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from aftersales_desktop.domain.clock import to_local, utcnow
from aftersales_desktop.domain.errors import AuthenticationError, ValidationError
from aftersales_desktop.domain.permissions import ADMIN, MANAGE_STAFF
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.staff import StaffRow, find_staff
from aftersales_desktop.storage.models import Setting, Staff, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_LENGTH = 8
SINGLE_USER_KEY = "auth.single_user"
WRONG = QT_TRANSLATE_NOOP("errors", "登录名或密码不正确")
_hasher = PasswordHasher()  # argon2id with the RFC 9106 low-memory parameters


@dataclass(frozen=True)
class SignedIn:
    staff: StaffRow
    must_change_password: bool  # the administrator reset it: the person sets their own now


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_new_password(password: str, field: str = "password") -> str:
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "密码至少 {MIN_LENGTH} 个字符"), MIN_LENGTH=MIN_LENGTH)
    if len(set(password)) < 3:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "密码过于简单，请混用不同的字母、数字或符号"))
    return password


def is_protected() -> bool:
    return Staff.select().where(Staff.password_hash.is_null(False)).exists()


def single_user_login() -> str | None:
    """Who the program runs as without login, when single-user mode is on and they are active."""
    login = Setting.select(Setting.value).where(Setting.key == SINGLE_USER_KEY).scalar()
    if not login:
        return None
    row = Staff.get_or_none(Staff.login == login)
    return login if row is not None and row.active else None


def startup_mode() -> str:
    """"single_user", "setup" (first start: set the administrator's password) or "login"."""
    if single_user_login():
        return "single_user"
    return "login" if is_protected() else "setup"


def _event(action: str, staff_id: int | None, field: str, new, old=None, at=None) -> None:
    audit.record(action, staff_id, entity="staff", entity_id=staff_id, field=field,
                 old=old, new=new, at=at)


def setup_administrator(password: str, single_user: bool = False) -> StaffRow:
    """First start: the administrator (staff "admin" of schema step 1, or the first active
    administrator) gets a password; with `single_user` the program starts without login."""
    check_new_password(password)
    now = utcnow()
    with database.atomic():
        if is_protected():
            raise ValidationError("password", QT_TRANSLATE_NOOP("errors", "管理员密码已经设置过；请登录"))
        admin = (Staff.select().where((Staff.role == ADMIN) & Staff.active)
                 .order_by(Staff.login != "admin", Staff.id).first())
        if admin is None:
            raise ValidationError("login", QT_TRANSLATE_NOOP("errors", "数据库中没有在职的系统管理员"))
        Staff.update(password_hash=hash_password(password), password_changed_at=now,
                     must_change_password=False).where(Staff.id == admin.id).execute()
        _event("password_set", admin.id, "password", "首次启动设置管理员密码", at=now)
        if single_user:
            _set_single_user(admin.id, admin.login, now)
    return find_staff(admin.login)


def login(login: str, password: str, now: datetime | None = None,
          via: str = "window") -> SignedIn:
    """Check `password`; AuthenticationError (recorded) on a wrong one, an unknown or inactive
    login, or while locked. The 5th failure in a row locks the login for 15 minutes."""
    now = now or utcnow()
    login = (login or "").strip()
    with database.atomic():  # the failure is written, then raised outside the transaction
        refusal = _attempt(login, password or "", now, via)
    if refusal is not None:
        raise refusal
    return SignedIn(find_staff(login), bool(Staff.get(Staff.login == login).must_change_password))


def _attempt(login: str, password: str, now: datetime, via: str) -> AuthenticationError | None:
    staff = Staff.get_or_none(Staff.login == login)
    if staff is None or not staff.active or not staff.password_hash:
        _event("login_failed", staff.id if staff else None, via, login, at=now)
        return AuthenticationError(WRONG)
    if staff.locked_until is not None and staff.locked_until > now:
        _event("login_locked", staff.id, via, login, at=now)
        return _locked(staff.locked_until)
    if not _verify(staff.password_hash, password):
        failures = staff.failed_logins + 1
        _event("login_failed", staff.id, via, login, at=now)
        if failures < MAX_FAILURES:
            Staff.update(failed_logins=failures).where(Staff.id == staff.id).execute()
            return AuthenticationError(WRONG)
        until = now + LOCKOUT
        Staff.update(failed_logins=0, locked_until=until).where(Staff.id == staff.id).execute()
        _event("lockout", staff.id, "locked_until", until, at=now)
        return _locked(until)
    values = {"failed_logins": 0, "locked_until": None}
    if _hasher.check_needs_rehash(staff.password_hash):
        values["password_hash"] = hash_password(password)
    Staff.update(**values).where(Staff.id == staff.id).execute()
    _event("login", staff.id, via, login, at=now)
    return None


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _locked(until: datetime) -> AuthenticationError:
    return AuthenticationError(
        QT_TRANSLATE_NOOP("errors", "连续 {count} 次密码错误，该登录名已锁定至 {until}；"
                                    "届时再试，或请系统管理员重置密码"),
        until, count=MAX_FAILURES, until=f"{to_local(until):%H:%M}")


def change_password(actor: str, current: str, new: str, now: datetime | None = None) -> None:
    """The signed-in person sets their own password (after a reset, or whenever they like)."""
    row = Staff.get_by_id(find_staff(actor).id)
    if row.password_hash and not _verify(row.password_hash, current or ""):
        raise ValidationError("current", QT_TRANSLATE_NOOP("errors", "当前密码不正确"))
    check_new_password(new, "new")
    if current == new:
        raise ValidationError("new", QT_TRANSLATE_NOOP("errors", "新密码不能与当前密码相同"))
    now = now or utcnow()
    with database.atomic():
        Staff.update(password_hash=hash_password(new), must_change_password=False,
                     password_changed_at=now).where(Staff.id == row.id).execute()
        _event("password_changed", row.id, "password", "本人修改密码", at=now)


def reset_password(actor: str, login: str, new: str) -> None:
    """The administrator gives `login` a new password (and lifts a lockout); the person must
    set their own at the next login."""
    admin = require(actor, MANAGE_STAFF)
    check_new_password(new)
    row = Staff.get_or_none(Staff.login == login)
    if row is None:
        raise ValidationError("login", QT_TRANSLATE_NOOP("errors", "没有登录名为“{login_}”的人员"), login_=login)
    now = utcnow()
    with database.atomic():
        Staff.update(password_hash=hash_password(new), must_change_password=row.id != admin.id,
                     failed_logins=0, locked_until=None, password_changed_at=now
                     ).where(Staff.id == row.id).execute()
        audit.record("password_reset", admin.id, entity="staff", entity_id=row.id,
                     field="password", new=f"{row.name}（{row.login}）", at=now)


def set_single_user(actor: str, on: bool) -> None:
    """Switch single-user mode: the program then starts as `actor` (an administrator) without
    asking anyone to log in. The CLI then needs no password either."""
    admin = require(actor, MANAGE_STAFF)
    now = utcnow()
    with database.atomic():
        if on:
            if not is_protected() or not Staff.get_by_id(admin.id).password_hash:
                raise ValidationError("single_user", QT_TRANSLATE_NOOP("errors", "请先为自己设置密码，再开启单人模式"))
            _set_single_user(admin.id, admin.login, now)
        else:
            before = single_user_login()
            if Setting.delete().where(Setting.key == SINGLE_USER_KEY).execute():
                audit.record("update", admin.id, entity="setting", field="single_user",
                             old=before, new=None, at=now)


def _set_single_user(staff_id: int, login: str, now: datetime) -> None:
    Setting.delete().where(Setting.key == SINGLE_USER_KEY).execute()
    Setting.insert(key=SINGLE_USER_KEY, value=login).execute()
    audit.record("update", staff_id, entity="setting", field="single_user", new=login, at=now)
