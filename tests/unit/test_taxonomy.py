"""The taxonomy is editable without losing history."""
import pytest

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.taxonomy import (
    add_category, delete_category, rename_category, set_retired,
)
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import AuditEvent, Category

from .helpers import ticket_json


def test_add_rename_retire_restore(db):
    code = add_category("cold_chain", "冷链温控异常", parent_code="logistics")
    assert code == "logistics.cold_chain"
    ticket = create_ticket(ticket_json(category="logistics", subcategory="冷链温控异常"))
    rename_category(code, "冷链温度超标")
    set_retired(code, True)
    with pytest.raises(ValidationError, match="unknown or retired"):
        create_ticket(ticket_json(category="logistics", subcategory="cold_chain"))
    assert get_ticket(ticket.number).subcategory == code  # the old ticket keeps it
    set_retired(code, False)
    assert create_ticket(ticket_json(subcategory="cold_chain")).category == "logistics"
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity == "category")]
    assert actions == ["create", "update", "retire", "restore"]


def test_used_category_cannot_be_deleted(db):
    create_ticket(ticket_json(category="quality", subcategory="defect"))
    with pytest.raises(ValidationError, match="请改为停用"):
        delete_category("quality.defect")
    with pytest.raises(ValidationError, match="请改为停用"):
        delete_category("quality")
    assert Category.get_or_none(Category.code == "quality.defect") is not None
    code = add_category("typo", "错字", parent_code="other")
    delete_category(code)
    assert Category.get_or_none(Category.code == code) is None


@pytest.mark.parametrize("code, name, parent, field", [
    ("Bad Code", "名称", None, "code"), ("ok_code", "", None, "name"),
    ("defect", "重复", "quality", "code"), ("deeper", "三级", "quality.defect", "parent"),
])
def test_bad_taxonomy_edits_are_refused(db, code, name, parent, field):
    before = Category.select().count()
    with pytest.raises(ValidationError) as info:
        add_category(code, name, parent_code=parent)
    assert info.value.field == field and Category.select().count() == before
