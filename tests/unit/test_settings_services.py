"""The read and ordering functions behind the settings pages 投诉分类 and 影响评估规则."""
import pytest

from aftersales_desktop.domain.errors import NotFoundError
from aftersales_desktop.services.classification_rules import add_rule, list_rules
from aftersales_desktop.services.rule_order import move_rule
from aftersales_desktop.services.taxonomy import add_category, list_taxonomy, set_retired
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import AuditEvent

from .helpers import ticket_json


def test_list_taxonomy_has_retired_ones_and_counts_tickets(db):
    create_ticket(ticket_json(category="quality", subcategory="defect"))
    create_ticket(ticket_json(category="quality"))
    code = add_category("cold_chain", "冷链温控异常", parent_code="logistics")
    set_retired(code, True)
    entries = {e.code: e for e in list_taxonomy()}
    assert entries["quality"].tickets == 2 and entries["quality"].parent_code is None
    assert entries["quality.defect"].tickets == 1
    assert entries["quality.defect"].parent_code == "quality"
    assert entries[code].retired and entries[code].tickets == 0
    assert entries["logistics"].tickets == 0 and not entries["logistics"].retired
    codes = [e.code for e in list_taxonomy()]
    for entry in entries.values():  # each sub-category follows its parent
        if entry.parent_code:
            parent_at = codes.index(entry.parent_code)
            assert parent_at < codes.index(entry.code)
            assert all(c.startswith(entry.parent_code + ".")
                       for c in codes[parent_at + 1:codes.index(entry.code) + 1])


def test_move_rule_reorders_and_is_audited(db):
    ids = [r.id for r in list_rules("impact", include_retired=True)]
    new = add_rule("impact", {"loss": "major", "priority": "urgent"})
    assert move_rule("impact", new, -(len(ids) - 1))  # just after the first row
    order = [r.id for r in list_rules("impact", include_retired=True)]
    assert order == [ids[0], new] + ids[1:]
    assert [r.sort_order for r in list_rules("impact", include_retired=True)] == \
        list(range(1, len(order) + 1))
    assert not move_rule("impact", ids[0], -1)  # already first
    assert not move_rule("impact", order[-1], 1)
    event = AuditEvent.select().where(AuditEvent.entity == "impact_rule",
                                      AuditEvent.action == "move").get()
    assert (event.entity_id, event.field, event.new_value) == (new, "sort_order", "2")
    with pytest.raises(NotFoundError):
        move_rule("impact", 999_999, 1)
