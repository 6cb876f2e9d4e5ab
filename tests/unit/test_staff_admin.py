"""人员与角色: add, edit, deactivate staff; bad input names the field; one admin always stays."""
from __future__ import annotations

import pytest

from aftersales_desktop.domain.errors import AuthenticationError, ValidationError
from aftersales_desktop.services import auth, staff_admin
from aftersales_desktop.services.staff import find_staff
from aftersales_desktop.storage.models import AuditEvent, Staff

VALUES = {"name": "李娜", "role": "supervisor", "department": "售后部", "phone": "138-0013-8000"}


def test_add_edit_and_deactivate_with_audit(db, quick_hashes):
    login = staff_admin.add_staff("admin", "LiNa", VALUES, "first pass 1")
    assert login == "lina"
    row = Staff.get(Staff.login == "lina")
    assert (row.role, row.phone, row.must_change_password) == ("supervisor", "13800138000", True)
    assert auth.login("lina", "first pass 1").must_change_password
    staff_admin.add_branch("admin", "浦东分公司")
    assert staff_admin.edit_staff("admin", "lina", {**VALUES, "branch": "浦东分公司",
                                                    "role": "branch_manager"})
    assert not staff_admin.edit_staff("admin", "lina", {**VALUES, "branch": "浦东分公司",
                                                        "role": "branch_manager"})
    changes = {e.field: (e.old_value, e.new_value) for e in AuditEvent.select().where(
        (AuditEvent.entity == "staff") & (AuditEvent.action == "update"))}
    assert changes == {"role": ("主管/客服经理", "分公司经理"), "branch": (None, "浦东分公司")}
    staff_admin.set_active("admin", "lina", False)
    with pytest.raises(AuthenticationError):
        auth.login("lina", "first pass 1")
    with pytest.raises(Exception):
        find_staff("lina")
    [detail] = [d for d in staff_admin.list_details("admin") if d.login == "lina"]
    assert not detail.active and detail.branch == "浦东分公司" and detail.role_label == "分公司经理"


@pytest.mark.parametrize("login, values, password, field", [
    ("9x", VALUES, "first pass 1", "login"),
    ("admin", VALUES, "first pass 1", "login"),
    ("lina", {**VALUES, "name": " "}, "first pass 1", "name"),
    ("lina", {**VALUES, "role": "boss"}, "first pass 1", "role"),
    ("lina", {**VALUES, "department": "财务部"}, "first pass 1", "department"),
    ("lina", {**VALUES, "branch": "火星分公司"}, "first pass 1", "branch"),
    ("lina", {**VALUES, "phone": "12345"}, "first pass 1", "phone"),
    ("lina", {**VALUES, "email": "no-at"}, "first pass 1", "email"),
    ("lina", VALUES, "short", "password"),
])
def test_bad_input_names_the_field_and_writes_nothing(sqlite_db, login, values, password, field):
    before = Staff.select().count(), AuditEvent.select().count()
    with pytest.raises(ValidationError) as error:
        staff_admin.add_staff("admin", login, values, password)
    assert error.value.field == field
    assert (Staff.select().count(), AuditEvent.select().count()) == before


def test_the_last_administrator_stays(sqlite_db):
    with pytest.raises(ValidationError) as error:
        staff_admin.edit_staff("admin", "admin", {"role": "clerk"})
    assert error.value.field == "role"
    with pytest.raises(ValidationError):
        staff_admin.set_active("admin", "admin", False)
    staff_admin.add_staff("admin", "boss2", {"name": "二号", "role": "admin"}, "first pass 1")
    staff_admin.edit_staff("boss2", "admin", {"role": "supervisor"})  # another admin remains
    assert Staff.get(Staff.login == "admin").role == "supervisor"
