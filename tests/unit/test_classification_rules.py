"""Editing the classification rules: add, edit, retire, restore — each audited."""
import pytest

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services.assignment import choose
from aftersales_desktop.services.classification_queue import load_case
from aftersales_desktop.services.classification_rules import (
    add_rule, edit_rule, impact_rules, list_rules, review_rules, set_rule_retired,
)
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import AuditEvent, Branch, Department
from tests.unit.helpers import ticket_json


def rule_events(entity):
    return [(e.action, e.field, e.old_value, e.new_value)
            for e in AuditEvent.select().where(AuditEvent.entity == entity).order_by(AuditEvent.id)]


def test_a_new_keyword_rule_changes_the_suggestion_and_retiring_it_undoes_that(db):
    number = create_ticket(ticket_json(problem={"description": "电池鼓包了"})).number
    assert load_case(number).suggestions == []
    rule_id = add_rule("keyword", {"keyword": "鼓包", "category_code": "quality",
                                   "subcategory_code": "quality.defect", "weight": 3})
    best = load_case(number).suggestions[0]
    assert (best.subcategory, best.keywords, best.score) == ("quality.defect", ("鼓包",), 3)
    edit_rule("keyword", rule_id, {"weight": 2})
    assert rule_events("keyword_rule")[-1] == ("update", "weight", "3", "2")
    set_rule_retired("keyword", rule_id, True)
    assert load_case(number).suggestions == []
    assert [r.id for r in list_rules("keyword", include_retired=True) if r.retired] == [rule_id]
    set_rule_retired("keyword", rule_id, False)
    assert [e[0] for e in rule_events("keyword_rule")] == ["create", "update", "retire", "restore"]


def test_rules_are_checked_before_anything_is_stored(db):
    count = len(list_rules("keyword"))
    bad = [("keyword", {"keyword": "", "category_code": "quality"}),
           ("keyword", {"keyword": "x", "category_code": "nope"}),
           ("keyword", {"keyword": "x", "category_code": "quality",
                        "subcategory_code": "logistics.damaged"}),
           ("impact", {"loss": "huge", "priority": "low"}),
           ("impact", {"priority": "soon"}),
           ("review", {"code": "Bad Code", "kind": "warranty", "days": 1, "reason": "x"}),
           ("review", {"code": "w2", "kind": "warranty", "days": None, "reason": "x"}),
           ("assignment", {"category_code": "quality", "branch": "浦东", "department": "售后部"}),
           ("assignment", {"category_code": "quality", "department": "无此部门"}),
           ("nope", {})]
    for kind, values in bad:
        with pytest.raises(ValidationError):
            add_rule(kind, values)
    assert len(list_rules("keyword")) == count
    with pytest.raises(NotFoundError):
        edit_rule("impact", 9999, {"priority": "low"})


def test_impact_and_review_rules_are_edited_like_the_others(db):
    first = list_rules("impact")[0]
    edit_rule("impact", first.id, {"priority": "normal"})
    assert impact_rules()[0].priority == "normal"
    rule = next(r for r in list_rules("review") if r.values["code"] == "warranty_365_days")
    edit_rule("review", rule.id, {"days": 730})
    assert next(r for r in review_rules() if r.code == "warranty_365_days").days == 730
    new_id = add_rule("review", {"code": "tech_evidence", "kind": "evidence_required",
                                 "subcategory_code": "technical.system_fault", "reason": "请提供截图"})
    added = next(r for r in list_rules("review") if r.id == new_id)
    assert added.values["category_code"] == "technical" and added.values["days"] is None


def test_a_branch_rule_sends_logistics_tickets_of_that_branch_to_its_department(db):
    branch = Branch.create(name="浦东分公司", city="上海")
    Department.create(name="浦东网点", kind="logistics", branch=branch.id)
    add_rule("assignment", {"category_code": "logistics", "branch": "浦东",
                            "department": "浦东网点"})
    assert choose("logistics", "logistics.late", "浦东").department == "浦东网点"
    assert choose("logistics", "logistics.late", "闵行").department == "仓储物流部"
    assert list_rules("assignment")[-1].values["department"] == "浦东网点"
