"""Demo data: every state and category, valid customers, a consistent audit trail, numbers
that later tickets never collide with, and the same data for the same seed."""
from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.domain import phone
from aftersales_desktop.domain.channels import CHANNELS, PRIORITIES
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.states import REASON_REQUIRED, STATE_LABELS, path_to
from aftersales_desktop.services.demo import generate_demo
from aftersales_desktop.services.integrity import check_database
from aftersales_desktop.services.numbering import NUMBER_PATTERN
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.connection import open_database
from aftersales_desktop.storage.models import (
    AuditEvent, Branch, Carrier, Category, Customer, Department, Staff, Ticket, TicketCounter,
    database,
)

from .helpers import ticket_json

CHINESE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
ROLES = {"clerk", "classification", "handler", "supervisor", "branch_manager", "analyst",
         "auditor"}


def _leaf_ids() -> set[int]:
    """Sub-categories, and categories that have none."""
    cats = list(Category.select())
    parents = {c.parent_id for c in cats}
    return {c.id for c in cats if c.parent_id is not None or c.id not in parents}


def test_demo_covers_every_state_category_and_a_believable_crowd(db):
    before = utcnow()
    report = generate_demo(300, seed=7)
    tickets = list(Ticket.select())
    assert report.tickets == len(tickets) == 300
    assert {t.state for t in tickets} == set(STATE_LABELS)
    assert {t.subcategory_id or t.category_id for t in tickets} == _leaf_ids()
    assert {t.channel for t in tickets} <= set(CHANNELS) and len({t.channel for t in tickets}) >= 6
    assert {t.priority for t in tickets} == set(PRIORITIES)
    assert all(before - timedelta(days=90) <= t.received_at <= before for t in tickets)
    assert all(t.received_at <= t.created_at <= t.updated_at <= utcnow() for t in tickets)
    for t in tickets:
        assert NUMBER_PATTERN.match(t.number) and re.search(r"[\u4e00-\u9fff]", t.description)
        if t.category.code == "logistics":
            assert t.waybill and t.carrier and t.branch

    customers = list(Customer.select())
    assert report.customers == len(customers) < 300
    assert all(phone.normalise(c.phone) == c.phone for c in customers)
    assert all(CHINESE.match(c.name) for c in customers)
    assert any(c.vip for c in customers)
    per_phone = defaultdict(int)
    for t in tickets:
        per_phone[t.customer_id] += 1
    assert max(per_phone.values()) >= 3

    staff = list(Staff.select().where(Staff.login != "admin"))
    assert {s.role for s in staff} == ROLES
    assert {s.department.name for s in staff} == {"售后部", "运营部", "仓储物流部"}
    assert all(CHINESE.match(s.name) for s in staff)
    assert Branch.select().where(Branch.name == "上海浦东分公司").exists()
    assert Carrier.select().count() >= 5
    assert Department.select().count() == 3
    assert check_database(db) == []


def test_every_ticket_has_the_audit_trail_of_its_path(db):
    now = utcnow()
    generate_demo(300, seed=11)
    logins = {s.id: s.login for s in Staff.select()}
    events = defaultdict(list)
    for e in AuditEvent.select().where(AuditEvent.entity == "ticket").order_by(AuditEvent.id):
        events[e.ticket_id].append(e)
    for t in Ticket.select():
        trail = events[t.id]
        assert trail[0].action == "create" and trail[0].new_value == "received"
        assert trail[0].at == t.created_at and trail[0].staff_id == t.created_by_id
        steps = [e for e in trail if e.field == "state"]
        assert [steps[0].new_value] + [e.new_value for e in steps[1:]] == path_to(t.state)
        assert all(a.new_value == b.old_value for a, b in zip(steps, steps[1:]))
        assert steps[-1].new_value == t.state and t.version == len(steps)
        assert [e.at for e in trail] == sorted(e.at for e in trail)
        assert trail[-1].at == t.updated_at and t.updated_at <= now + timedelta(minutes=5)
        reasons = [e.new_value for e in trail if e.action == "reason"]
        assert reasons == ([t.state_reason] if t.state in REASON_REQUIRED else [])
        assignments = [e.new_value for e in trail if e.field == "assignee"]
        if "assigned" in path_to(t.state):
            assert t.assignee_id and assignments == [logins[t.assignee_id]]
        else:
            assert t.assignee_id is None and assignments == []
    made = {e.entity_id for e in AuditEvent.select().where(
        (AuditEvent.entity == "customer") & (AuditEvent.action == "create"))}
    assert made == {c.id for c in Customer.select()}


def test_numbers_never_collide_with_demo_runs_or_real_tickets(db):
    first = create_ticket(ticket_json())
    generate_demo(150, seed=3)
    generate_demo(150, seed=3)
    oldest = Ticket.select().order_by(Ticket.received_at).first()
    on_demo_day = create_ticket(ticket_json(
        received_at=oldest.received_at.isoformat() + "+00:00"))
    latest = create_ticket(ticket_json())
    numbers = [t.number for t in Ticket.select()]
    assert len(numbers) == len(set(numbers)) == 303
    assert first.number != latest.number
    by_day = defaultdict(list)
    for number in numbers:
        day, seq = NUMBER_PATTERN.match(number).groups()
        by_day[day].append(int(seq))
    counters = {c.day: c.last for c in TicketCounter.select()}
    for day, sequences in by_day.items():
        assert sorted(sequences) == list(range(1, len(sequences) + 1))
        assert counters[day] == len(sequences)
    assert int(on_demo_day.number[-4:]) == len(by_day[on_demo_day.number[2:10]])


def _content() -> dict:
    """Everything the demo wrote, with ids replaced by what they stand for."""
    logins = {s.id: s.login for s in Staff.select()}
    codes = {c.id: c.code for c in Category.select()}
    phones = {c.id: c.phone for c in Customer.select()}
    numbers = {t.id: t.number for t in Ticket.select()}
    tickets = []
    for row in Ticket.select().order_by(Ticket.number).dicts():
        row.update(id=None, customer=phones[row["customer"]], created_by=logins[row["created_by"]],
                   assignee=logins.get(row["assignee"]), category=codes[row["category"]],
                   subcategory=codes.get(row["subcategory"]))
        tickets.append(row)
    events = [(numbers.get(e.ticket_id), e.entity, e.action, e.field, e.old_value, e.new_value,
               logins.get(e.staff_id), e.at) for e in AuditEvent.select().order_by(AuditEvent.id)]
    customers = [{**c, "id": None} for c in Customer.select().order_by(Customer.phone).dicts()]
    staff = [(s.login, s.name, s.role, s.department.name) for s in Staff.select()]
    return {"tickets": tickets, "events": events, "customers": customers, "staff": staff}


def test_same_seed_gives_the_same_data_on_both_engines(db, tmp_path):
    now = utcnow()
    generate_demo(120, seed=42, now=now)
    here = _content()
    database.obj.close()
    for seed, same in ((42, True), (43, False)):
        handle, _ = open_database(str(tmp_path / f"seed{seed}.sqlite3"))
        try:
            assert generate_demo(120, seed=seed, now=now).seed == seed
            assert (_content() == here) is same
        finally:
            handle.close()


def test_chunks_fit_the_classic_sqlite_variable_limit(sqlite_db):
    database.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    report = generate_demo(120, seed=5)
    assert Ticket.select().count() == 120 and report.events == AuditEvent.select().count()


def test_cli_demo_validates_and_reports(db_url, capsys):
    for bad in ("0", "2000001", "many"):
        assert main(["--db", db_url, "demo", "--tickets", bad]) == 2
        assert "--tickets" in capsys.readouterr().err
    if not db_url.startswith("postgresql"):
        assert not Path(db_url).exists()
    assert main(["--db", db_url, "demo", "--tickets", "40", "--seed", "9"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    summary = json.loads(out[-1])
    assert len(out) == 1 and summary["tickets"] == 40 and summary["seed"] == 9
    assert summary["events"] > 40 and summary["seconds"] >= 0
    database.obj.close()


def test_demo_staff_sign_in_with_the_printed_password_once_then_their_own(db, quick_hashes):
    from aftersales_desktop.domain.errors import AuthenticationError
    from aftersales_desktop.services.auth import change_password, login, setup_administrator

    setup_administrator("admin pass 2026")
    report = generate_demo(30, seed=4)
    password = report.staff_password
    assert report.staff == Staff.select().where(Staff.login != "admin").count() == 34
    assert len(password) == 11 and password[5] == "-"
    signed = login("supervisor01", password)
    assert signed.staff.role == "supervisor" and signed.must_change_password
    with pytest.raises(AuthenticationError):
        login("clerk01", password[::-1])
    change_password("supervisor01", password, "zhang-2026!")
    assert not login("supervisor01", "zhang-2026!").must_change_password
    events = AuditEvent.select().where((AuditEvent.entity == "staff")
                                       & (AuditEvent.action == "password_reset"))
    assert events.count() == 34 and all(password not in (e.new_value or "") for e in events)
    again = generate_demo(10, seed=5)  # nobody new: nobody's password changes
    assert again.staff_password is None and again.staff == 0
    assert login("supervisor01", "zhang-2026!").staff.login == "supervisor01"


def test_a_new_database_keeps_asking_for_the_administrators_password_first(db):
    from aftersales_desktop.services.auth import startup_mode

    report = generate_demo(10, seed=4)
    assert report.staff == 34 and report.staff_password is None
    assert not Staff.select().where(Staff.password_hash.is_null(False)).exists()
    assert startup_mode() == "setup"


def test_cli_demo_prints_the_staff_password(sqlite_url, capsys, quick_hashes, monkeypatch):
    from aftersales_desktop.services.auth import setup_administrator

    handle, _ = open_database(sqlite_url)
    setup_administrator("admin pass 2026")
    handle.close()
    monkeypatch.setenv("AFTERSALES_PASSWORD", "admin pass 2026")
    assert main(["--db", sqlite_url, "demo", "--tickets", "10", "--seed", "2"]) == 0
    captured = capsys.readouterr()
    password = json.loads(captured.out.strip().splitlines()[-1])["staff_password"]
    assert f"initial password {password}" in captured.err and "clerk01" in captured.err
    database.obj.close()
