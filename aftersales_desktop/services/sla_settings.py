"""Time-limit policies (table sla_policy) and business hours as an administrator keeps them.

Policies are retired, never deleted, so the audit trail and old deadlines keep naming them.
Every change is audited (entity `sla_policy` with the policy id, or `setting` with the key as
field) and, in the same transaction, the deadlines of every ticket not yet answered are
recomputed (deadline_bulk.resync_running): either the new rule and all the deadlines it gives
are stored, or nothing is. The price is one longer write transaction per change.
"""
from __future__ import annotations

from dataclasses import dataclass

from peewee import fn

from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.sla import UNITS, TimeLimit
from aftersales_desktop.domain.sla_policy import POLICY_KINDS
from aftersales_desktop.services import audit, settings
from aftersales_desktop.services.classification_rules import _category, _number
from aftersales_desktop.services.deadline_bulk import resync_running
from aftersales_desktop.domain.permissions import EDIT_SETTINGS
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.models_sla import SlaPolicyRow
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

OPENS, CLOSES = "sla.business_opens", "sla.business_closes"
FIELDS = ("kind", "priority", "category_code", "subcategory_code", "amount", "unit",
          "warn_percent", "on_warning", "on_breach")
ACTIONS = ("notify", "escalate")  # what the deadline watch does at early warning and at breach
MAX_AMOUNT = 10_000


@dataclass(frozen=True)
class PolicyRow:
    id: int
    values: dict  # FIELDS → value; None for priority/category means "any"
    sort_order: int
    retired: bool

    @property
    def limit_label(self) -> str:
        return TimeLimit(self.values["amount"], self.values["unit"]).label()


@dataclass(frozen=True)
class SlaChange:
    policy_id: int | None
    changed: bool
    recomputed: int  # open tickets whose deadlines were recomputed


def list_policies(include_retired: bool = False) -> list[PolicyRow]:
    query = SlaPolicyRow.select().order_by(SlaPolicyRow.sort_order, SlaPolicyRow.id)
    if not include_retired:
        query = query.where(SlaPolicyRow.retired_at.is_null())
    return [PolicyRow(r.id, {f: getattr(r, f) for f in FIELDS}, r.sort_order,
                      r.retired_at is not None) for r in query]


def _checked(values: dict) -> dict:
    """The columns of a complete policy; raises ValidationError naming the field."""
    if values.get("kind") not in POLICY_KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "请从以下选项中选择：{value1}"), value1=', '.join(POLICY_KINDS))
    priority = values.get("priority") or None
    if priority is not None and priority not in PRIORITIES:
        raise ValidationError("priority", QT_TRANSLATE_NOOP("errors", "请从以下选项中选择，或留空：{value1}"), value1=', '.join(PRIORITIES))
    sub = values.get("subcategory_code") or None
    category = values.get("category_code") or (sub.split(".")[0] if sub else None)
    out = {"kind": values["kind"], "priority": priority,
           "category_code": _category(category, None, "category_code"),
           "subcategory_code": _category(sub, category, "subcategory_code")}
    out["amount"] = _number(values.get("amount"), "amount", 1, MAX_AMOUNT)
    if values.get("unit") not in UNITS:
        raise ValidationError("unit", QT_TRANSLATE_NOOP("errors", "请从以下选项中选择：{value1}"), value1=', '.join(UNITS))
    out["unit"] = values["unit"]
    out["warn_percent"] = _number(values.get("warn_percent", 75), "warn_percent", 1, 100)
    for field, default in (("on_warning", "notify"), ("on_breach", "escalate")):
        out[field] = values.get(field) or default
        if out[field] not in ACTIONS:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请从以下选项中选择：{value1}"), value1=', '.join(ACTIONS))
    return out


def _refuse_duplicate(columns: dict, own_id: int | None) -> None:
    """Two active policies for the same case: the later one would never apply."""
    query = SlaPolicyRow.select().where(SlaPolicyRow.retired_at.is_null())
    for name in ("kind", "priority", "category_code", "subcategory_code"):
        column = getattr(SlaPolicyRow, name)
        query = query.where(column.is_null() if columns[name] is None
                            else column == columns[name])
    if own_id is not None:
        query = query.where(SlaPolicyRow.id != own_id)
    if query.exists():
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "已有适用范围相同的有效规则，请修改那一条"))


def _describe(columns: dict) -> str:
    return " ".join(str(columns[f]) for f in FIELDS if columns[f] is not None)


def add_policy(values: dict, actor: str = "admin") -> SlaChange:
    columns = _checked(values)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        _refuse_duplicate(columns, None)
        last = SlaPolicyRow.select(fn.MAX(SlaPolicyRow.sort_order)).scalar() or 0
        policy_id = SlaPolicyRow.insert(**columns, sort_order=last + 1).execute()
        audit.record("create", staff_id, entity="sla_policy", entity_id=policy_id,
                     new=_describe(columns))
        return SlaChange(policy_id, True, resync_running())


def edit_policy(policy_id: int, values: dict, actor: str = "admin") -> SlaChange:
    """Change the given fields; the others keep their values."""
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        row = SlaPolicyRow.get_or_none(SlaPolicyRow.id == policy_id)
        if row is None:
            raise NotFoundError(f"time-limit policy {policy_id} does not exist")
        columns = _checked({**{f: getattr(row, f) for f in FIELDS}, **values})
        diff = {f: (getattr(row, f), v) for f, v in columns.items() if getattr(row, f) != v}
        if not diff:
            return SlaChange(policy_id, False, 0)
        if row.retired_at is None:
            _refuse_duplicate(columns, policy_id)
        SlaPolicyRow.update(**{f: v for f, (_, v) in diff.items()}).where(
            SlaPolicyRow.id == policy_id).execute()
        audit.record_changes(diff, staff_id, ticket_id=None, entity="sla_policy",
                             entity_id=policy_id, at=utcnow())
        return SlaChange(policy_id, True, resync_running() if row.retired_at is None else 0)


def set_policy_retired(policy_id: int, retired: bool, actor: str = "admin") -> SlaChange:
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        row = SlaPolicyRow.get_or_none(SlaPolicyRow.id == policy_id)
        if row is None:
            raise NotFoundError(f"time-limit policy {policy_id} does not exist")
        if (row.retired_at is not None) == retired:
            return SlaChange(policy_id, False, 0)
        if not retired:
            _refuse_duplicate({f: getattr(row, f) for f in FIELDS}, policy_id)
        value = utcnow() if retired else None
        SlaPolicyRow.update(retired_at=value).where(SlaPolicyRow.id == policy_id).execute()
        audit.record("retire" if retired else "restore", staff_id, entity="sla_policy",
                     entity_id=policy_id, field="retired_at", old=row.retired_at, new=value)
        return SlaChange(policy_id, True, resync_running())


def business_hours() -> tuple[str, str]:
    """("09:00", "18:00"): when working-time limits run."""
    values = settings.stored_values((OPENS, CLOSES))
    return values[OPENS], values[CLOSES]


def set_business_hours(opens: str, closes: str, actor: str = "admin") -> SlaChange:
    """Both ends at once (the running deadlines are recomputed in the same transaction)."""
    saved = settings.set_values({OPENS: opens, CLOSES: closes}, actor,
                                fields={OPENS: "opens", CLOSES: "closes"})
    return SlaChange(None, bool(saved.changed), saved.recomputed)
