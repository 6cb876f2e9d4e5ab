"""The command line signs in like the window: no password while nobody has one or in
single-user mode; otherwise $AFTERSALES_PASSWORD. Refusals exit 3, failed sign-ins exit 4."""
from __future__ import annotations

import json

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.services import auth
from aftersales_desktop.storage.connection import open_database
from aftersales_desktop.storage.models import AuditEvent, Ticket
from tests.unit.auth_helpers import person, refusals
from tests.unit.helpers import ticket_json


@pytest.fixture
def desk(db_url, capsys, monkeypatch, quick_hashes):
    """A database whose administrator has a password, a clerk, and `run(*args)`."""
    monkeypatch.delenv("AFTERSALES_PASSWORD", raising=False)
    handle, _ = open_database(db_url)
    auth.setup_administrator("admin pass 1")
    person("clerk1", "clerk")
    auth.reset_password("admin", "clerk1", "clerk pass 1")
    auth.change_password("clerk1", "clerk pass 1", "clerk pass 2")

    def run(*args, password: str | None = None, stdin: str | None = None):
        if password is None:
            monkeypatch.delenv("AFTERSALES_PASSWORD", raising=False)
        else:
            monkeypatch.setenv("AFTERSALES_PASSWORD", password)
        if stdin is not None:
            import io
            import sys
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err
    yield run
    handle.close()


def test_a_protected_database_asks_for_the_password(desk):
    code, out, err = desk("ticket", "list")
    assert code == 4 and out == "" and "AFTERSALES_PASSWORD" in err
    code, _, err = desk("ticket", "list", password="wrong password")
    assert code == 4 and auth.WRONG in err
    assert desk("ticket", "list", password="admin pass 1")[0] == 0
    logins = AuditEvent.select().where(AuditEvent.action == "login", AuditEvent.field == "cli")
    assert logins.count() == 1


def test_a_refused_command_exits_3_writes_nothing_and_is_audited(desk):
    code, out, err = desk("--as", "clerk1", "ticket", "create", password="clerk pass 2",
                          stdin=json.dumps(ticket_json()))
    assert code == 0, err
    number = json.loads(out)["number"]
    code, out, err = desk("--as", "clerk1", "ticket", "transition", number, "verified",
                          password="clerk pass 2")
    assert code == 0
    before = Ticket.get(Ticket.number == number).version
    code, out, err = desk("--as", "clerk1", "ticket", "transition", number, "classified",
                          password="clerk pass 2")
    assert code == 3 and out == "" and "分类" in err and err.startswith("aftersales: --as clerk1")
    assert Ticket.get(Ticket.number == number).version == before
    assert [e.field for e in refusals()] == ["classify"]


def test_backup_needs_the_permission(desk, tmp_path):
    code, _, err = desk("--as", "clerk1", "backup", "-o", str(tmp_path / "b.sqlite3"),
                        password="clerk pass 2")
    assert code == 3 and "备份" in err
    assert not (tmp_path / "b.sqlite3").exists()


def test_a_reset_password_must_be_changed_at_the_window_first(desk):
    auth.reset_password("admin", "clerk1", "given by admin 1")
    code, _, err = desk("--as", "clerk1", "ticket", "list", password="given by admin 1")
    assert code == 4 and "window" in err


def test_single_user_mode_needs_no_password(desk):
    auth.set_single_user("admin", True)
    assert desk("ticket", "list")[0] == 0
