"""客诉整改目标 (seed 004 6.2-5): targets per department and/or branch (线路/网点, as tickets
name it) and period, set by management; services.target_actuals compares them with the
tickets. Without department and branch a target is the whole company's."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import MANAGE_REWARDS
from aftersales_desktop.domain.rewards import parse_percent, percent_text
from aftersales_desktop.domain.targets import MEASURES, Period, parse_period
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Branch, Department, database
from aftersales_desktop.storage.models_rewards import ReductionTarget
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_COUNT = 1_000_000


@dataclass(frozen=True)
class TargetRow:
    id: int
    department_id: int | None
    department: str | None
    branch_id: int | None
    branch: str | None
    period: Period
    measure: str
    target_value: int  # complaints, or basis points (rate, reduction)
    business_volume: int | None
    on_time_bp: int | None
    note: str | None

    @property
    def scope(self) -> str:
        return " · ".join(p for p in (self.department, self.branch) if p) or "全公司"

    @property
    def complaint_target(self) -> float:
        return float(self.target_value) if self.measure == "count" else self.target_value / 100

    @property
    def target_text(self) -> str:
        """'客诉数量不超过 30 件', '客诉率不超过 0.5%', '客诉较上期减少至少 10%'."""
        value = (f"{self.target_value} 件" if self.measure == "count"
                 else percent_text(self.target_value))
        return f"{MEASURES[self.measure]} {value}"


def _row(t: ReductionTarget, departments: dict, branches: dict) -> TargetRow:
    return TargetRow(t.id, t.department_id, departments.get(t.department_id), t.branch_id,
                     branches.get(t.branch_id), Period(t.period_start, t.period_kind), t.measure,
                     t.target_value, t.business_volume, t.on_time_bp, t.note)


def targets(period: Period | None = None) -> list[TargetRow]:
    """Targets of `period` (all when None), by period then scope."""
    query = ReductionTarget.select().order_by(ReductionTarget.period_start.desc(),
                                              ReductionTarget.id)
    if period is not None:
        query = query.where((ReductionTarget.period_start == period.start)
                            & (ReductionTarget.period_kind == period.kind))
    departments = dict(Department.select(Department.id, Department.name).tuples())
    branches = dict(Branch.select(Branch.id, Branch.name).tuples())
    return [_row(t, departments, branches) for t in query]


def target(target_id: int) -> TargetRow:
    row = ReductionTarget.get_or_none(ReductionTarget.id == target_id)
    if row is None:
        raise NotFoundError(f"target {target_id} does not exist")
    return _row(row, dict(Department.select(Department.id, Department.name).tuples()),
                dict(Branch.select(Branch.id, Branch.name).tuples()))


def _by_name(model, value, field: str, label: str) -> int | None:
    name = str(value or "").strip()
    if not name:
        return None
    row = model.get_or_none(model.name == name)
    if row is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "没有{label}“{name}”"), label=label, name=name)
    return row.id


def _whole(value, field: str, label: str, low: int = 0) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = -1
    if not low <= number <= MAX_COUNT:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{label}请填 {low} 到 {MAX_COUNT} 之间的整数"), label=label, low=low, MAX_COUNT=MAX_COUNT)
    return number


def _checked(values: dict) -> dict:
    period = values.get("period")
    period = period if isinstance(period, Period) else parse_period(period)
    measure = values.get("measure") or "count"
    if measure not in MEASURES:
        raise ValidationError("measure", QT_TRANSLATE_NOOP("errors", "请选择目标类型：客诉数量、客诉率或较上期减少"))
    department = _by_name(Department, values.get("department"), "department", QT_TRANSLATE_NOOP("errors", "部门"))
    branch = _by_name(Branch, values.get("branch"), "branch", QT_TRANSLATE_NOOP("errors", "分公司/网点"))
    out = {"scope_key": f"d:{department or '-'}|b:{branch or '-'}", "department": department,
           "branch": branch, "period_kind": period.kind, "period_start": period.start,
           "measure": measure, "business_volume": None,
           "on_time_bp": parse_percent(values.get("on_time"), "on_time"),
           "note": str(values.get("note") or "").strip()[:500] or None}
    if measure == "count":
        out["target_value"] = _whole(values.get("target"), "target", QT_TRANSLATE_NOOP("errors", "客诉数量目标"))
    else:
        out["target_value"] = parse_percent(values.get("target"), "target")
        if out["target_value"] is None:
            raise ValidationError("target", QT_TRANSLATE_NOOP("errors", "请填写目标百分比，如 0.5 或 10"))
    if measure == "rate":
        out["business_volume"] = _whole(values.get("volume"), "volume", QT_TRANSLATE_NOOP("errors", "业务量（单数）"), low=1)
    return out


def save_target(values: dict, actor: str, target_id: int | None = None) -> int:
    """Set a target: period ('2026-11' or '2026-Q4'), department and/or branch by name,
    measure (count, rate with the period's business volume, reduction), target, on-time rate
    (%), note. One target per scope and period."""
    staff_id = require(actor, MANAGE_REWARDS).id
    columns = _checked(values)
    now = utcnow()
    with database.atomic():
        same = ReductionTarget.get_or_none(
            (ReductionTarget.scope_key == columns["scope_key"])
            & (ReductionTarget.period_kind == columns["period_kind"])
            & (ReductionTarget.period_start == columns["period_start"]))
        if same is not None and same.id != target_id:
            raise ValidationError("period", QT_TRANSLATE_NOOP("errors", "这个部门/网点在该期间已有目标，请修改那一条"))
        if target_id is None:
            target_id = ReductionTarget.insert(created_at=now, updated_at=now,
                                               created_by=staff_id, **columns).execute()
            audit.record("create", staff_id, entity="reduction_target", entity_id=target_id,
                         at=now, new=f"{columns['scope_key']} {columns['period_start']} "
                                     f"{columns['measure']} {columns['target_value']}")
            return target_id
        row = ReductionTarget.get_or_none(ReductionTarget.id == target_id)
        if row is None:
            raise NotFoundError(f"target {target_id} does not exist")
        diff = {k: (row.__data__[k], v) for k, v in columns.items() if row.__data__[k] != v}
        if diff:
            ReductionTarget.update(updated_at=now, **columns).where(
                ReductionTarget.id == target_id).execute()
            audit.record_changes(diff, staff_id, ticket_id=None, entity="reduction_target",
                                 entity_id=target_id, at=now)
    return target_id


def delete_target(target_id: int, actor: str) -> None:
    staff_id = require(actor, MANAGE_REWARDS).id
    with database.atomic():
        row = ReductionTarget.get_or_none(ReductionTarget.id == target_id)
        if row is None:
            raise NotFoundError(f"target {target_id} does not exist")
        ReductionTarget.delete().where(ReductionTarget.id == target_id).execute()
        audit.record("delete", staff_id, entity="reduction_target", entity_id=target_id,
                     old=f"{row.scope_key} {row.period_start} {row.measure} {row.target_value}")


def choices() -> tuple[list[str], list[str]]:
    """Department and branch names a target can name."""
    return ([n for n, in Department.select(Department.name).order_by(Department.id).tuples()],
            [n for n, in Branch.select(Branch.name).order_by(Branch.name).tuples()])
