"""单位信息: the company name printed on every document."""
from __future__ import annotations

import pytest

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services.company import company_name, set_company_name
from aftersales_desktop.storage.models import AuditEvent
from tests.unit.escalation_helpers import add_crew


def test_company_name_is_stored_audited_and_cleared(db):
    assert company_name() is None
    assert set_company_name("  上海示例  物流有限公司 ") == "上海示例 物流有限公司"
    assert company_name() == "上海示例 物流有限公司"
    assert set_company_name("上海示例 物流有限公司") == "上海示例 物流有限公司"  # unchanged
    events = list(AuditEvent.select().where(AuditEvent.field == "company.name"))
    assert [(e.old_value, e.new_value) for e in events] == [(None, "上海示例 物流有限公司")]
    assert set_company_name("") is None and company_name() is None


def test_a_too_long_name_is_refused_and_nothing_written(sqlite_db):
    with pytest.raises(ValidationError) as caught:
        set_company_name("很" * 61)
    assert caught.value.field == "company.name" and company_name() is None


def test_only_who_edits_settings_sets_it(sqlite_db):
    add_crew()
    with pytest.raises(PermissionDenied):
        set_company_name("某公司", actor="zhang")  # a handler
    assert company_name() is None
