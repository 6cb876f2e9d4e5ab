"""Masking in one place, reveal with permission and audit, the audit viewer's filters."""
from __future__ import annotations

from datetime import timedelta

import pytest

from aftersales_desktop.domain.clock import local_today, utcnow
from aftersales_desktop.domain.errors import AuthenticationError, PermissionDenied
from aftersales_desktop.domain.masking import mask_address, mask_email, mask_field, mask_phone
from aftersales_desktop.services import auth, tickets
from aftersales_desktop.services.audit_log import AuditFilter, audit_log
from aftersales_desktop.services.personal_data import reveal_contact
from aftersales_desktop.services.ticket_queries import view_ticket
from tests.unit.auth_helpers import person
from tests.unit.helpers import ticket_json


def test_masks():
    assert mask_phone("13812345678") == "138****5678" and mask_phone("02162345678") == "021****5678"
    assert mask_phone(mask_phone("13812345678")) == "138****5678" and mask_phone(None) == ""
    assert mask_email("wangfang@qq.com") == "w***@qq.com"
    assert mask_address("上海市浦东新区张江路88号") == "上海市浦东新区****"
    assert mask_address("江苏省苏州市工业园区星湖街328号") == "江苏省苏州市工业园区****"
    assert mask_address("上海市浦东新区") == "上海市浦东新区"  # only a district: nothing personal
    assert mask_field("customer.phone", "13912345678") == "139****5678"
    assert mask_field("description", "13912345678") == "13912345678"


def _ticket() -> str:
    return tickets.create_ticket(ticket_json(customer={
        "name": "王芳", "phone": "13912345678", "email": "wangfang@qq.com",
        "region": "上海市浦东新区张江路88号"})).number


def test_screens_get_masked_contact_data_and_reveal_needs_the_permission(db):
    number = _ticket()
    person("clerk1", "clerk")
    shown = view_ticket(number, "clerk1").customer
    assert (shown.phone, shown.email, shown.region) == ("139****5678", "w***@qq.com",
                                                       "上海市浦东新区****")
    with pytest.raises(PermissionDenied):
        reveal_contact(number, "clerk1")
    full = reveal_contact(number, "admin")
    assert (full.phone, full.email) == ("13912345678", "wangfang@qq.com")
    [event] = audit_log("admin", AuditFilter(action="reveal"))
    assert event.ticket_number == number and event.staff_login == "admin"
    assert "13912345678" not in (event.new_value or "")


def test_the_audit_viewer_filters_by_staff_action_date_and_ticket(db, quick_hashes):
    number = _ticket()
    other = tickets.create_ticket(ticket_json(customer={"name": "李雷", "phone": "13800000000"}))
    tickets.update_ticket(number, {"customer": {"phone": "13700001111"}})
    auth.setup_administrator("admin pass 1")
    with pytest.raises(AuthenticationError):
        auth.login("admin", "not the password")
    person("clerk1", "clerk")
    with pytest.raises(PermissionDenied):
        tickets.transition(number, "classified", actor="clerk1")
    rows = audit_log("admin", AuditFilter(ticket=number))
    assert {r.ticket_number for r in rows} == {number}
    assert "refused" in {r.action for r in rows} and "create" in {r.action for r in rows}
    phone = next(r for r in rows if r.field == "phone")
    assert phone.old_value == "139****5678" and phone.new_value == "137****1111"
    assert [r.action for r in audit_log("admin", AuditFilter(staff="clerk1"))] == ["refused"]
    [failed] = audit_log("admin", AuditFilter(action="login_failed"))
    assert failed.staff_login == "admin" and failed.ticket_number is None
    today = local_today()
    assert len(audit_log("admin", AuditFilter(date_from=today, date_to=today))) == len(
        audit_log("admin", AuditFilter()))
    assert audit_log("admin", AuditFilter(date_to=today - timedelta(days=1))) == []
    assert audit_log("admin", AuditFilter(ticket="SH20000101-0001")) == []
    assert other.number not in {r.ticket_number for r in rows}
    first = audit_log("admin", AuditFilter(), limit=3)
    rest = audit_log("admin", AuditFilter(), limit=1000, before_id=first[-1].id)
    assert [r.id for r in first + rest] == [r.id for r in audit_log("admin", AuditFilter())]
    assert first[0].at <= utcnow().isoformat() + "+00:00"
    person("auditor1", "auditor")
    assert audit_log("auditor1", AuditFilter(staff="clerk1"))
