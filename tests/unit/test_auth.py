"""Signing in: first password, argon2id hashes, lockout (with an injected clock), resets,
single-user mode; every attempt audited with ticket_id NULL."""
from __future__ import annotations

from datetime import timedelta

import pytest

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import AuthenticationError, ValidationError
from aftersales_desktop.services import auth
from aftersales_desktop.storage.models import AuditEvent, Staff
from tests.unit.auth_helpers import person

PASSWORD = "售后-2026-secret"


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.select().where(AuditEvent.action == action).order_by(AuditEvent.id))


def test_first_start_sets_the_administrators_password_once(db):
    assert auth.startup_mode() == "setup" and not auth.is_protected()
    with pytest.raises(ValidationError) as error:
        auth.setup_administrator("short")
    assert error.value.field == "password" and "8" in error.value.message
    with pytest.raises(ValidationError):
        auth.setup_administrator("aaaaaaaaaa")  # one character only
    admin = auth.setup_administrator(PASSWORD)
    stored = Staff.get(Staff.login == "admin").password_hash
    assert admin.login == "admin" and stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert PASSWORD not in stored
    assert auth.startup_mode() == "login"
    with pytest.raises(ValidationError):
        auth.setup_administrator("another password 1")
    [event] = events("password_set")
    assert event.ticket_id is None and event.entity == "staff"


def test_login_and_lockout_after_five_failures_for_fifteen_minutes(db, quick_hashes):
    auth.setup_administrator(PASSWORD)
    start = utcnow()
    assert auth.login("admin", PASSWORD, now=start).staff.login == "admin"
    for attempt in range(4):
        with pytest.raises(AuthenticationError) as error:
            auth.login("admin", "wrong password", now=start + timedelta(seconds=attempt))
        assert error.value.locked_until is None
    with pytest.raises(AuthenticationError) as error:
        auth.login("admin", "wrong again", now=start + timedelta(seconds=5))
    until = error.value.locked_until
    assert until == start + timedelta(seconds=5) + auth.LOCKOUT and "锁定" in str(error.value)
    with pytest.raises(AuthenticationError):  # the right password does not open a lock
        auth.login("admin", PASSWORD, now=until - timedelta(seconds=1))
    assert auth.login("admin", PASSWORD, now=until + timedelta(seconds=1)).staff.login == "admin"
    assert len(events("login_failed")) == 5 and len(events("lockout")) == 1
    assert len(events("login_locked")) == 1 and len(events("login")) == 2
    assert all(e.ticket_id is None for e in AuditEvent.select())
    assert Staff.get(Staff.login == "admin").failed_logins == 0


def test_a_success_starts_the_count_again_and_unknown_logins_are_recorded(db, quick_hashes):
    auth.setup_administrator(PASSWORD)
    now = utcnow()
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            auth.login("admin", "nope nope", now=now)
    auth.login("admin", PASSWORD, now=now)
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            auth.login("admin", "nope nope", now=now)
    assert auth.login("admin", PASSWORD, now=now)  # not locked: the count started again
    with pytest.raises(AuthenticationError) as error:
        auth.login("nobody", "whatever1", now=now)
    assert str(error.value) == auth.WRONG  # the same words as for a wrong password
    unknown = events("login_failed")[-1]
    assert unknown.staff_id is None and unknown.new_value == "nobody"


def test_reset_then_change_own_password(db, quick_hashes):
    auth.setup_administrator(PASSWORD)
    person("clerk1", "clerk")
    auth.reset_password("admin", "clerk1", "temporary 123")
    signed = auth.login("clerk1", "temporary 123")
    assert signed.must_change_password and signed.staff.role == "clerk"
    with pytest.raises(ValidationError) as error:
        auth.change_password("clerk1", "not it", "my own pass 9")
    assert error.value.field == "current"
    with pytest.raises(ValidationError) as error:
        auth.change_password("clerk1", "temporary 123", "temporary 123")
    assert error.value.field == "new"
    auth.change_password("clerk1", "temporary 123", "my own pass 9")
    assert not auth.login("clerk1", "my own pass 9").must_change_password
    assert [e.staff.login for e in events("password_reset")] == ["admin"]
    assert len(events("password_changed")) == 1


def test_a_reset_lifts_a_lockout(db, quick_hashes):
    auth.setup_administrator(PASSWORD)
    person("clerk1", "clerk")
    auth.reset_password("admin", "clerk1", "temporary 123")
    for _ in range(auth.MAX_FAILURES):
        with pytest.raises(AuthenticationError):
            auth.login("clerk1", "guess guess")
    auth.reset_password("admin", "clerk1", "temporary 456")
    assert auth.login("clerk1", "temporary 456").staff.login == "clerk1"


def test_single_user_mode_starts_without_login(db, quick_hashes):
    with pytest.raises(ValidationError):  # no password yet: nothing to fall back on later
        auth.set_single_user("admin", True)
    auth.setup_administrator(PASSWORD, single_user=True)
    assert auth.startup_mode() == "single_user" and auth.single_user_login() == "admin"
    auth.set_single_user("admin", False)
    assert auth.startup_mode() == "login"
    auth.set_single_user("admin", True)
    assert auth.startup_mode() == "single_user"
