"""Meeting countermeasures: refused input names its field and writes nothing; only roles with
布置与检查例会对策 change them (refusals audited); every change is in the audit trail; a
department sees its own and the company-wide items."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services.action_items import items_of_week, mark_done, reopen, save_item
from aftersales_desktop.storage.models import AuditEvent
from aftersales_desktop.storage.models_meeting import ActionItem
from tests.unit.auth_helpers import person, refusals

GOOD = {"week": "2026-W41", "text": "加固包装", "owner": "admin", "deadline": "2026-10-16"}


@pytest.mark.parametrize("change, field, words", [
    ({"week": "2026/41"}, "week", "不是有效的周次"),
    ({"text": "   "}, "text", "请填写对策内容"),
    ({"text": "改" * 501}, "text", "最多 500 字"),
    ({"owner": ""}, "owner", "请选择责任人"),
    ({"owner": "nobody"}, "owner", "没有在职人员“nobody”"),
    ({"deadline": "下周五"}, "deadline", "YYYY-MM-DD"),
    ({"deadline": "2026-10-04"}, "deadline", "不能早于例会所在周的周一（2026-10-05）"),
    ({"category": "logistics.damaged"}, "category", "没有投诉大类"),
    ({"department": "财务部"}, "department", "没有部门“财务部”"),
])
def test_bad_input_names_the_field_and_writes_nothing(db, change, field, words):
    with pytest.raises(ValidationError) as caught:
        save_item({**GOOD, **change}, "admin")
    assert caught.value.field == field and words in caught.value.message
    assert ActionItem.select().count() == 0


def test_only_managers_change_items_and_every_change_is_audited(db):
    person("clerk1", "clerk")
    with pytest.raises(PermissionDenied):
        save_item(GOOD, "clerk1")
    assert ActionItem.select().count() == 0 and len(refusals()) == 1
    person("lead1", "supervisor")
    item = save_item(GOOD, "lead1")
    save_item({**GOOD, "text": "加固大件包装"}, "lead1", item)
    with pytest.raises(ValidationError) as caught:
        mark_done(item, "lead1", local_today() + timedelta(days=1))
    assert caught.value.field == "done_on"
    with pytest.raises(ValidationError) as caught:
        mark_done(item, "lead1", "2026-10-04")
    assert "不能早于布置这项对策的周一" in caught.value.message
    mark_done(item, "lead1", "2026-10-09")
    assert ActionItem.get().done_on == date(2026, 10, 9)
    reopen(item, "lead1")
    assert ActionItem.get().done_on is None
    actions = [(e.action, e.field) for e in AuditEvent.select().where(
        AuditEvent.entity == "action_item").order_by(AuditEvent.id)]
    assert actions == [("create", None), ("update", "text"), ("done", "done_on"),
                       ("reopen", "done_on")]


def test_a_department_sees_its_own_and_company_wide_items(db):
    person("wl1", "clerk", "仓储物流部")
    ours = save_item({**GOOD, "department": "仓储物流部"}, "admin")
    everyone = save_item(GOOD, "admin")
    save_item({**GOOD, "department": "运营部"}, "admin")
    new, _ = items_of_week("2026-W41", "wl1", today=date(2026, 12, 1))
    assert {r.id for r in new} == {ours, everyone}
    assert len(items_of_week("2026-W41", "admin")[0]) == 3
