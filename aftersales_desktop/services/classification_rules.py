"""The editable classification rules: keywords, impact table, policy review, assignment.

Rules are retired, never deleted, so the audit trail keeps naming them. Every change is one
audit event per field (entity `keyword_rule`, `impact_rule`, `review_rule`, `assignment_rule`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import fn

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP
from aftersales_desktop.domain.assignment import AssignmentRule
from aftersales_desktop.domain.category_suggestion import KeywordRule
from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.impact import QUESTIONS, ImpactRule
from aftersales_desktop.domain.policy_review import KINDS, ReviewRule
from aftersales_desktop.services import audit
from aftersales_desktop.domain.permissions import EDIT_SETTINGS
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Category, Department, database
from aftersales_desktop.storage.models_rules import (
    AssignmentRuleRow, ImpactRuleRow, KeywordRuleRow, ReviewRuleRow,
)

_MODELS = {"keyword": KeywordRuleRow, "impact": ImpactRuleRow, "review": ReviewRuleRow,
           "assignment": AssignmentRuleRow}
_FIELDS = {
    "keyword": ("keyword", "category_code", "subcategory_code", "weight"),
    "impact": ("loss", "scope", "urgency", "repair", "priority"),
    "review": ("code", "kind", "category_code", "subcategory_code", "days", "reason"),
    "assignment": ("category_code", "subcategory_code", "branch", "department"),
}
_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


@dataclass(frozen=True)
class RuleRow:
    kind: str
    id: int
    values: dict
    sort_order: int
    retired: bool


def _model(kind: str):
    if kind not in _MODELS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "没有规则类型“{kind}”，应为以下之一：{value2}"), kind=kind, value2=', '.join(_MODELS))
    return _MODELS[kind]


def _active(model):
    return model.select().where(model.retired_at.is_null()).order_by(model.sort_order, model.id)


def keyword_rules() -> list[KeywordRule]:
    return [KeywordRule(r.keyword, r.category_code, r.subcategory_code, r.weight)
            for r in _active(KeywordRuleRow)]


def impact_rules() -> list[ImpactRule]:
    return [ImpactRule(r.priority, r.loss, r.scope, r.urgency, r.repair)
            for r in _active(ImpactRuleRow)]


def review_rules() -> list[ReviewRule]:
    return [ReviewRule(r.code, r.kind, r.reason, r.category_code, r.subcategory_code, r.days)
            for r in _active(ReviewRuleRow)]


def assignment_rules() -> list[AssignmentRule]:
    return [AssignmentRule(r.department_id, r.category_code, r.subcategory_code, r.branch)
            for r in _active(AssignmentRuleRow)]


def list_rules(kind: str, include_retired: bool = False) -> list[RuleRow]:
    model = _model(kind)
    query = model.select().order_by(model.sort_order, model.id)
    if not include_retired:
        query = query.where(model.retired_at.is_null())
    return [RuleRow(kind, r.id, {f: _plain(r, f) for f in _FIELDS[kind]}, r.sort_order,
                    r.retired_at is not None) for r in query]


def _plain(row, name: str):
    return row.department.name if name == "department" else getattr(row, name)


def _category(value, parent: str | None, field: str) -> str | None:
    if value in (None, ""):
        return None
    row = Category.get_or_none(Category.code == value)
    if row is None or row.retired_at is not None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "类别“{value}”不存在或已停用"), value=value)
    if parent is None and row.parent_id is not None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}”是细分类别，请在“类别”中选大类"), value=value)
    if parent is not None and (row.parent_id is None or row.parent.code != parent):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}”不是类别 {parent} 的细分类别"), value=value, parent=parent)
    return row.code


def _checked(kind: str, values: dict) -> dict:
    """The columns of a complete rule; raises ValidationError naming the field."""
    out = {}
    if kind in ("keyword", "review", "assignment"):
        sub = values.get("subcategory_code") or None
        cat = values.get("category_code") or (sub.split(".")[0] if sub else None)
        out["category_code"] = _category(cat, None, "category_code")
        if kind != "review" and out["category_code"] is None:
            raise ValidationError("category_code", QT_TRANSLATE_NOOP("errors", "必填"))
        out["subcategory_code"] = _category(sub, cat, "subcategory_code")
    if kind == "keyword":
        out["keyword"] = _text(values.get("keyword"), "keyword", 40)
        out["weight"] = _number(values.get("weight", 1), "weight", 1, 10)
    elif kind == "impact":
        for question, (_, options) in QUESTIONS.items():
            answer = values.get(question) or None
            if answer is not None and answer not in options:
                raise ValidationError(question,
                                      QT_TRANSLATE_NOOP("errors", "无法识别“{answer}”，应为：{value2}"), answer=answer, value2=', '.join(options))
            out[question] = answer
        if values.get("priority") not in PRIORITIES:
            raise ValidationError("priority", QT_TRANSLATE_NOOP("errors", "请从以下选项中选择：{value1}"), value1=', '.join(PRIORITIES))
        out["priority"] = values["priority"]
    elif kind == "review":
        if not _CODE.match(values.get("code") or ""):
            raise ValidationError("code", QT_TRANSLATE_NOOP("errors", "编码为 2–40 个小写英文字母、数字或下划线，如 no_receipt"))
        if values.get("kind") not in KINDS:
            raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "请从以下选项中选择：{value1}"), value1=', '.join(KINDS))
        out.update(code=values["code"], kind=values["kind"],
                   reason=_text(values.get("reason"), "reason", 1000))
        days = values.get("days")
        out["days"] = None if values["kind"] == "evidence_required" and days in (None, "") \
            else _number(days, "days", 0, 3650)
    elif kind == "assignment":
        branch = (values.get("branch") or "").strip() or None
        if branch and out["category_code"] != "logistics":
            raise ValidationError("branch", QT_TRANSLATE_NOOP("errors", "只有物流类规则可以指定分公司/网点"))
        name = values.get("department")
        department = Department.get_or_none(Department.name == name)
        if department is None:
            raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "没有部门“{name}”"), name=name)
        out.update(branch=branch, department=department.id)
    return out


def _text(value, field: str, limit: int) -> str:
    text = (value or "").strip()
    if not text or len(text) > limit:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "必填，最多 {limit} 个字"), limit=limit)
    return text


def _number(value, field: str, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填 {low} 到 {high} 的整数"), low=low, high=high) from None
    if not low <= number <= high:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填 {low} 到 {high} 的整数"), low=low, high=high)
    return number


def add_rule(kind: str, values: dict, actor: str = "admin") -> int:
    model = _model(kind)
    columns = _checked(kind, values)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        if kind == "review" and model.get_or_none(model.code == columns["code"]):
            raise ValidationError("code", QT_TRANSLATE_NOOP("errors", "编码 {code} 已存在"), code=columns['code'])
        last = model.select(fn.MAX(model.sort_order)).scalar() or 0
        rule_id = model.insert(**columns, sort_order=values.get("sort_order", last + 1)).execute()
        audit.record("create", staff_id, entity=f"{kind}_rule", entity_id=rule_id,
                     new=" ".join(str(v) for v in columns.values() if v is not None))
    return rule_id


def edit_rule(kind: str, rule_id: int, values: dict, actor: str = "admin") -> None:
    """Change the given fields; the others keep their values."""
    model = _model(kind)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        row = model.get_or_none(model.id == rule_id)
        if row is None:
            raise NotFoundError(f"{kind} rule {rule_id} does not exist")
        current = {f: _plain(row, f) for f in _FIELDS[kind]}
        columns = _checked(kind, {**current, **values})
        old = {f: getattr(row, f + "_id" if f == "department" else f) for f in columns}
        diff = {f: (old[f], v) for f, v in columns.items() if old[f] != v}
        if diff:
            changes = {f: v for f, (_, v) in diff.items()}
            model.update(**changes).where(model.id == rule_id).execute()
            audit.record_changes(diff, staff_id, ticket_id=None, entity=f"{kind}_rule",
                                 entity_id=rule_id, at=utcnow())


def set_rule_retired(kind: str, rule_id: int, retired: bool, actor: str = "admin") -> None:
    model = _model(kind)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        row = model.get_or_none(model.id == rule_id)
        if row is None:
            raise NotFoundError(f"{kind} rule {rule_id} does not exist")
        if (row.retired_at is not None) == retired:
            return
        value = utcnow() if retired else None
        model.update(retired_at=value).where(model.id == rule_id).execute()
        audit.record("retire" if retired else "restore", staff_id, entity=f"{kind}_rule",
                     entity_id=rule_id, field="retired_at", old=row.retired_at, new=value)


def department_names() -> list[str]:
    """The departments an assignment rule can name."""
    return [name for name, in Department.select(Department.name).order_by(Department.id).tuples()]
