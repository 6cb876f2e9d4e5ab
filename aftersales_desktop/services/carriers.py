"""Outsourced carriers (外协承运商) and the clauses of their transport agreements (seed 004
6.2-7): each clause a fixed penalty or a percentage of the goods value, optionally capped, and
optionally for one kind of logistics exception. Retired, never deleted: records refer to them."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from dataclasses import dataclass

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import MANAGE_REWARDS
from aftersales_desktop.domain.rewards import clause_terms, parse_percent, parse_yuan
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Carrier, Category, database
from aftersales_desktop.storage.models_rewards import CarrierClause

PENALTY_KINDS = {"fixed": QT_TRANSLATE_NOOP("carriers", "固定金额"), "percent": QT_TRANSLATE_NOOP("carriers", "按货值比例")}


@dataclass(frozen=True)
class ClauseRow:
    id: int
    carrier_id: int
    clause_no: str
    title: str
    subcategory_code: str | None
    subcategory_name: str | None
    penalty_kind: str
    amount_fen: int | None
    percent_bp: int | None
    cap_fen: int | None
    retired: bool

    @property
    def terms(self) -> str:
        return clause_terms(self.amount_fen, self.percent_bp, self.cap_fen)

    def basis(self, agreement_no: str | None) -> str:
        """'《运输协议》YS-2026-003 第7.2条：货损按货值30%赔付（按货值 30% 计罚）'."""
        agreement = f"《运输协议》{agreement_no} " if agreement_no else "《运输协议》"
        return f"{agreement}第{self.clause_no}条：{self.title}（{self.terms}）"


@dataclass(frozen=True)
class CarrierRow:
    id: int
    name: str
    contact: str | None
    agreement_no: str | None
    retired: bool
    clauses: tuple[ClauseRow, ...]


def _clause(c: CarrierClause, names: dict) -> ClauseRow:
    return ClauseRow(c.id, c.carrier_id, c.clause_no, c.title, c.subcategory_code,
                     names.get(c.subcategory_code), c.penalty_kind, c.amount_fen, c.percent_bp,
                     c.cap_fen, c.retired_at is not None)


def carriers(include_retired: bool = False) -> list[CarrierRow]:
    """Carriers by name with their clauses (retired ones only with `include_retired`)."""
    query = Carrier.select().order_by(Carrier.name)
    clauses = CarrierClause.select().order_by(CarrierClause.carrier, CarrierClause.clause_no)
    if not include_retired:
        query = query.where(Carrier.retired_at.is_null())
        clauses = clauses.where(CarrierClause.retired_at.is_null())
    names = dict(Category.select(Category.code, Category.name).tuples())
    by_carrier: dict[int, list[ClauseRow]] = {}
    for c in clauses:
        by_carrier.setdefault(c.carrier_id, []).append(_clause(c, names))
    return [CarrierRow(c.id, c.name, c.contact, c.agreement_no, c.retired_at is not None,
                       tuple(by_carrier.get(c.id, ()))) for c in query]


def carrier(carrier_id: int) -> CarrierRow:
    found = [c for c in carriers(include_retired=True) if c.id == carrier_id]
    if not found:
        raise NotFoundError(f"carrier {carrier_id} does not exist")
    return found[0]


def clause(clause_id: int) -> ClauseRow:
    row = CarrierClause.get_or_none(CarrierClause.id == clause_id)
    if row is None:
        raise NotFoundError(f"clause {clause_id} does not exist")
    return _clause(row, dict(Category.select(Category.code, Category.name).tuples()))


def clause_for(carrier_id: int, subcategory: str | None) -> ClauseRow | None:
    """The carrier's active clause for this kind of exception, else its general one."""
    rows = [c for c in carrier(carrier_id).clauses if not c.retired]
    return (next((c for c in rows if c.subcategory_code == subcategory), None)
            or next((c for c in rows if c.subcategory_code is None), None))


def _text(values: dict, field: str, label: str, limit: int, required: bool = False):
    text = " ".join(str(values.get(field) or "").split())
    if required and not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填写{label}"), label=label)
    if len(text) > limit:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{label}最多 {limit} 个字"), label=label, limit=limit)
    return text or None


def _save(model, row_id: int | None, columns: dict, staff_id: int, entity: str) -> int:
    """Insert, or update the changed columns; audited per field."""
    now = utcnow()
    if row_id is None:
        row_id = model.insert(**columns).execute()
        audit.record("create", staff_id, entity=entity, entity_id=row_id, at=now,
                     new=" ".join(str(v) for v in columns.values() if v is not None))
        return row_id
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFoundError(f"{entity} {row_id} does not exist")
    diff = {k: (row.__data__.get(k), v) for k, v in columns.items()
            if row.__data__.get(k) != v}
    if diff:
        model.update(**columns).where(model.id == row_id).execute()
        audit.record_changes(diff, staff_id, ticket_id=None, entity=entity, entity_id=row_id,
                             at=now)
    return row_id


def save_carrier(values: dict, actor: str, carrier_id: int | None = None) -> int:
    """Add a carrier or change one: name (unique), contact, agreement number."""
    staff_id = require(actor, MANAGE_REWARDS).id
    columns = {"name": _text(values, "name", QT_TRANSLATE_NOOP("errors", "承运商名称"), 60, required=True),
               "contact": _text(values, "contact", QT_TRANSLATE_NOOP("errors", "联系人/电话"), 100),
               "agreement_no": _text(values, "agreement_no", QT_TRANSLATE_NOOP("errors", "运输协议编号"), 40)}
    with database.atomic():
        same = Carrier.get_or_none(Carrier.name == columns["name"])
        if same is not None and same.id != carrier_id:
            raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "已有承运商“{name}”"), name=columns['name'])
        return _save(Carrier, carrier_id, columns, staff_id, "carrier")


def save_clause(carrier_id: int, values: dict, actor: str, clause_id: int | None = None) -> int:
    """Add or change a clause: number, wording, exception covered, fixed amount or percentage
    of the goods value with an optional cap."""
    staff_id = require(actor, MANAGE_REWARDS).id
    kind = values.get("penalty_kind") or "fixed"
    if kind not in PENALTY_KINDS:
        raise ValidationError("penalty_kind", QT_TRANSLATE_NOOP("errors", "请选择固定金额或按货值比例"))
    columns = {"carrier": carrier_id,
               "clause_no": _text(values, "clause_no", QT_TRANSLATE_NOOP("errors", "条款号"), 20, required=True),
               "title": _text(values, "title", QT_TRANSLATE_NOOP("errors", "条款内容"), 300, required=True),
               "subcategory_code": values.get("subcategory_code") or None,
               "penalty_kind": kind, "amount_fen": None, "percent_bp": None,
               "cap_fen": parse_yuan(values.get("cap"), "cap")}
    if kind == "fixed":
        columns["amount_fen"] = parse_yuan(values.get("amount"), "amount")
        if not columns["amount_fen"]:
            raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "请填写罚款金额（元）"))
        columns["cap_fen"] = None
    else:
        columns["percent_bp"] = parse_percent(values.get("percent"), "percent")
        if columns["percent_bp"] is None:
            raise ValidationError("percent", QT_TRANSLATE_NOOP("errors", "请填写占货值的百分比，如 30"))
    code = columns["subcategory_code"]
    if code and not Category.select().where(Category.code == code).exists():
        raise ValidationError("subcategory_code", QT_TRANSLATE_NOOP("errors", "请从列表中选择异常类别"))
    with database.atomic():
        if not Carrier.select().where(Carrier.id == carrier_id).exists():
            raise NotFoundError(f"carrier {carrier_id} does not exist")
        same = CarrierClause.get_or_none((CarrierClause.carrier == carrier_id)
                                         & (CarrierClause.clause_no == columns["clause_no"]))
        if same is not None and same.id != clause_id:
            raise ValidationError("clause_no", QT_TRANSLATE_NOOP("errors", "该承运商已有第{clause_no}条"), clause_no=columns['clause_no'])
        return _save(CarrierClause, clause_id, columns, staff_id, "carrier_clause")


def set_retired(entity: str, row_id: int, retired: bool, actor: str) -> None:
    """Retire or restore a carrier ("carrier") or a clause ("carrier_clause")."""
    model = {"carrier": Carrier, "carrier_clause": CarrierClause}[entity]
    staff_id = require(actor, MANAGE_REWARDS).id
    with database.atomic():
        row = model.get_or_none(model.id == row_id)
        if row is None:
            raise NotFoundError(f"{entity} {row_id} does not exist")
        if (row.retired_at is not None) == retired:
            return
        value = utcnow() if retired else None
        model.update(retired_at=value).where(model.id == row_id).execute()
        audit.record("retire" if retired else "restore", staff_id, entity=entity,
                     entity_id=row_id, field="retired_at", old=row.retired_at, new=value)
