"""The rules the company edits that propose reward and penalty records by themselves
(services.reward_rule_run runs them). A rule proposes only for what happens while it is on:
switching it on again starts it afresh."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from dataclasses import dataclass
from datetime import datetime

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import MANAGE_REWARDS
from aftersales_desktop.domain.rewards import (
    CARRIER, DEPARTMENT, KINDS, PENALTY, REWARD, kind_of, parse_yuan)
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Category, database
from aftersales_desktop.storage.models_rewards import RewardRule


@dataclass(frozen=True)
class Event:
    code: str
    label: str
    sides: tuple[str, ...]  # which kinds of record it may propose
    recipients: tuple[str, ...]
    needs_subcategory: bool = False
    needs_threshold: bool = False


EVENTS = {e.code: e for e in (
    Event("carrier_exception", QT_TRANSLATE_NOOP("reward_rules", "承运商物流异常 → 按运输协议条款处罚"), (PENALTY,), (CARRIER,),
          needs_subcategory=True),
    Event("report_missed", QT_TRANSLATE_NOOP("reward_rules", "物流异常未在十分钟内汇报 → 接信息人"), (PENALTY,), ("staff",)),
    Event("satisfied_callbacks", QT_TRANSLATE_NOOP("reward_rules", "当月满意回访达到次数 → 处理人"), (REWARD,), ("staff",),
          needs_threshold=True),
    Event("target_achieved", QT_TRANSLATE_NOOP("reward_rules", "整改目标期末达成 → 部门负责人或团队"), (REWARD,),
          ("staff", DEPARTMENT)),
    Event("target_missed", QT_TRANSLATE_NOOP("reward_rules", "整改目标期末未达成 → 部门负责人"), (PENALTY,), ("staff",)),
)}


@dataclass(frozen=True)
class RuleRow:
    id: int
    name: str
    event: str
    kind: str
    subcategory_code: str | None
    subcategory_name: str | None
    threshold: int | None
    amount_fen: int | None
    measure: str | None
    basis: str | None
    active: bool
    active_from: datetime

    event_label = property(lambda self: EVENTS[self.event].label if self.event in EVENTS
                           else self.event)
    kind_label = property(lambda self: KINDS[self.kind].label)


def rules(active_only: bool = False) -> list[RuleRow]:
    names = dict(Category.select(Category.code, Category.name).tuples())
    query = RewardRule.select().order_by(RewardRule.id)
    if active_only:
        query = query.where(RewardRule.active)
    return [RuleRow(r.id, r.name, r.event, r.kind, r.subcategory_code,
                    names.get(r.subcategory_code), r.threshold, r.amount_fen, r.measure,
                    r.basis, r.active, r.active_from) for r in query]


def rule(rule_id: int) -> RuleRow:
    found = [r for r in rules() if r.id == rule_id]
    if not found:
        raise NotFoundError(f"rule {rule_id} does not exist")
    return found[0]


def _checked(values: dict) -> dict:
    name = " ".join(str(values.get("name") or "").split())
    if not name or len(name) > 60:
        raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "请填写规则名称（最多 60 个字）"))
    event = EVENTS.get(values.get("event"))
    if event is None:
        raise ValidationError("event", QT_TRANSLATE_NOOP("errors", "请从列表中选择触发条件"))
    kind = kind_of(values.get("kind"))
    if kind.side not in event.sides or kind.recipient not in event.recipients:
        allowed = "、".join(k.label for k in KINDS.values()
                           if k.side in event.sides and k.recipient in event.recipients)
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "这一触发条件可提议：{allowed}"), allowed=allowed)
    out = {"name": name, "event": event.code, "kind": kind.code, "subcategory_code": None,
           "threshold": None, "amount_fen": None,
           "measure": " ".join(str(values.get("measure") or "").split())[:200] or None,
           "basis": str(values.get("basis") or "").strip()[:500] or None}
    if event.needs_subcategory:
        code = values.get("subcategory_code")
        if not code or not Category.select().where(
                (Category.code == code) & Category.parent.is_null(False)).exists():
            raise ValidationError("subcategory_code", QT_TRANSLATE_NOOP("errors", "请选择物流异常的细分类别，如 货损货差"))
        out["subcategory_code"] = code
    if event.needs_threshold:
        try:
            out["threshold"] = int(values.get("threshold"))
        except (TypeError, ValueError):
            out["threshold"] = 0
        if not 1 <= out["threshold"] <= 10_000:
            raise ValidationError("threshold", QT_TRANSLATE_NOOP("errors", "请填 1 到 10000 之间的次数"))
    if kind.recipient != CARRIER:
        out["amount_fen"] = parse_yuan(values.get("amount"), "amount")
        if kind.needs_amount and not out["amount_fen"]:
            raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "{kind_label}请填写金额（元）"), kind_label=kind.label)
    return out


def save_rule(values: dict, actor: str, rule_id: int | None = None) -> int:
    """Add a rule (on from now) or change one; audited per field."""
    staff_id = require(actor, MANAGE_REWARDS).id
    columns = _checked(values)
    now = utcnow()
    with database.atomic():
        if rule_id is None:
            rule_id = RewardRule.insert(active=True, active_from=now, created_at=now,
                                        created_by=staff_id, **columns).execute()
            audit.record("create", staff_id, entity="reward_rule", entity_id=rule_id, at=now,
                         new=f"{columns['name']}：{columns['event']} → {columns['kind']}")
            return rule_id
        row = RewardRule.get_or_none(RewardRule.id == rule_id)
        if row is None:
            raise NotFoundError(f"rule {rule_id} does not exist")
        diff = {k: (row.__data__[k], v) for k, v in columns.items() if row.__data__[k] != v}
        if diff:
            RewardRule.update(**columns).where(RewardRule.id == rule_id).execute()
            audit.record_changes(diff, staff_id, ticket_id=None, entity="reward_rule",
                                 entity_id=rule_id, at=now)
    return rule_id


def set_rule_active(rule_id: int, active: bool, actor: str) -> None:
    staff_id = require(actor, MANAGE_REWARDS).id
    now = utcnow()
    with database.atomic():
        row = RewardRule.get_or_none(RewardRule.id == rule_id)
        if row is None:
            raise NotFoundError(f"rule {rule_id} does not exist")
        if row.active == active:
            return
        values = {"active": active, **({"active_from": now} if active else {})}
        RewardRule.update(**values).where(RewardRule.id == rule_id).execute()
        audit.record("restore" if active else "retire", staff_id, entity="reward_rule",
                     entity_id=rule_id, field="active", old=row.active, new=active, at=now)
