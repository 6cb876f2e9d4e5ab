"""Proposing reward and penalty records (by hand, or by a rule: services.reward_rules) and
changing a proposal before anyone has decided on it. Each record gets its number at once
(JL2026-0001 for rewards, CF2026-0001 for penalties) and is audited."""
from __future__ import annotations

from peewee import IntegrityError

from aftersales_desktop.domain.clock import to_local, utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import APPROVE_REWARDS
from aftersales_desktop.domain.rewards import (
    CARRIER, DEPARTMENT, PREFIXES, STAFF, clause_amount, kind_of,
    parse_yuan, required_approvals, yuan_text)
from aftersales_desktop.services import audit, settings
from aftersales_desktop.services.carriers import clause as load_clause
from aftersales_desktop.services.permissions import require, require_visible
from aftersales_desktop.services.reward_rows import RecordRow, record
from aftersales_desktop.storage.models import Carrier, Department, Staff, Ticket, \
    database
from aftersales_desktop.storage.models_rewards import RewardRecord, RewardRecordTicket
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

SECOND_APPROVAL_KEY = "rewards.second_approval_fen"
EDITABLE = ("facts", "basis", "measure", "amount", "goods_value", "tickets")


def second_approval_fen() -> int:
    return settings.get(SECOND_APPROVAL_KEY)


def set_second_approval(value, actor: str) -> int:
    """From which amount (yuan) a record needs two approvers."""
    settings.set_values({SECOND_APPROVAL_KEY: value}, actor,
                        fields={SECOND_APPROVAL_KEY: "second_approval"})
    return second_approval_fen()


def next_number(side: str, year: int) -> str:
    prefix = f"{PREFIXES[side]}{year}"
    param = database.param
    cursor = database.execute_sql(
        f"INSERT INTO reward_counter (prefix, last) VALUES ({param}, 1) ON CONFLICT (prefix) "
        "DO UPDATE SET last = reward_counter.last + 1 RETURNING last", (prefix,))
    return f"{prefix}-{cursor.fetchone()[0]:04d}"


def create_record(columns: dict, ticket_ids, staff_id: int | None, rule_id: int | None = None,
                  cause_key: str | None = None, cause_at=None) -> int | None:
    """Insert a checked proposal inside the caller's transaction; None when the rule has
    proposed for this cause already (also by another desk a moment ago)."""
    now = utcnow()
    kind = kind_of(columns["kind"])
    try:
        with database.atomic():  # a savepoint: a duplicate cause leaves the caller's work intact
            number = next_number(kind.side, to_local(now).year)
            record_id = RewardRecord.insert(
                number=number, proposed_by=staff_id, proposed_at=now, rule=rule_id,
                cause_key=cause_key, cause_at=cause_at, required_approvals=required_approvals(
                    kind.code, columns.get("amount_fen"), second_approval_fen()),
                **columns).execute()
    except IntegrityError:
        if rule_id is None:
            raise
        return None
    _link(record_id, ticket_ids)
    audit.record("propose", staff_id, entity="reward_record", entity_id=record_id, at=now,
                 field=kind.code, new=f"{number} {columns['measure']} {yuan_text(columns.get('amount_fen'))}".strip())
    return record_id


def _link(record_id: int, ticket_ids) -> None:
    RewardRecordTicket.delete().where(RewardRecordTicket.record == record_id).execute()
    rows = [{"record": record_id, "ticket": t} for t in dict.fromkeys(ticket_ids)]
    if rows:
        RewardRecordTicket.insert_many(rows).execute()


def _text(values: dict, field: str, label: str, limit: int, required: bool = False):
    text = str(values.get(field) or "").strip()
    if required and not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填写{label}"), label=label)
    if len(text) > limit:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{label}最多 {limit} 个字（现在 {count_text} 个）"), label=label, limit=limit, count_text=len(text))
    return text or None


def _tickets(values, staff) -> list[int]:
    raw = values.get("tickets") or []
    numbers = raw.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") \
        if isinstance(raw, str) else list(raw)
    ids = []
    for number in (n.strip().upper() for n in numbers if n and n.strip()):
        try:
            ids.append(require_visible(staff, number))
        except NotFoundError:
            raise ValidationError("tickets", QT_TRANSLATE_NOOP("errors", "没有工单 {number}"), number=number) from None
    return ids


def _recipient(kind, values: dict) -> dict:
    if kind.recipient == STAFF:
        row = Staff.get_or_none(Staff.login == (values.get("staff") or "").strip())
        if row is None:
            raise ValidationError("staff", QT_TRANSLATE_NOOP("errors", "请选择受奖罚的员工"))
        return {"recipient_kind": STAFF, "staff": row.id}
    if kind.recipient == DEPARTMENT:
        row = Department.get_or_none(Department.name == (values.get("department") or "").strip())
        if row is None:
            raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "请选择受奖励的团队（部门）"))
        return {"recipient_kind": DEPARTMENT, "department": row.id}
    name = str(values.get("carrier") or "").strip()
    row = Carrier.get_or_none((Carrier.name == name) & Carrier.retired_at.is_null())
    if row is None:
        raise ValidationError("carrier", QT_TRANSLATE_NOOP("errors", "请选择外协承运商"))
    return {"recipient_kind": CARRIER, "carrier": row.id}


def _money(kind, columns: dict, values: dict) -> None:
    """Amount and goods value; a carrier's penalty comes from the agreement clause."""
    columns["goods_value_fen"] = parse_yuan(values.get("goods_value"), "goods_value")
    if kind.recipient != CARRIER:
        columns["amount_fen"] = parse_yuan(values.get("amount"), "amount")
        if kind.needs_amount and not columns["amount_fen"]:
            raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "{kind_label}请填写金额（元）"), kind_label=kind.label)
        return
    clause = load_clause(columns["clause"])
    if clause.carrier_id != columns["carrier"] or clause.retired:
        raise ValidationError("clause", QT_TRANSLATE_NOOP("errors", "请选择该承运商运输协议中的有效条款"))
    columns["amount_fen"] = clause_amount(clause.amount_fen, clause.percent_bp, clause.cap_fen,
                                          columns["goods_value_fen"])


def propose(values: dict, actor: str) -> RecordRow:
    """A proposal by hand: kind, recipient (staff login, department or carrier name), facts,
    basis, measure, amount or (carrier) clause and goods value, tickets by number."""
    staff = require(actor, APPROVE_REWARDS)
    kind = kind_of(values.get("kind"))
    columns = {"kind": kind.code, **_recipient(kind, values)}
    if kind.recipient == CARRIER:
        if not values.get("clause"):
            raise ValidationError("clause", QT_TRANSLATE_NOOP("errors", "请选择运输协议条款（承运商按所签协议处罚）"))
        columns["clause"] = int(values["clause"])
    if columns.get("staff") == staff.id:
        raise ValidationError("staff", QT_TRANSLATE_NOOP("errors", "不能为自己提议奖罚"))
    columns["facts"] = _text(values, "facts", QT_TRANSLATE_NOOP("errors", "事实经过"), 2000, required=True)
    columns["measure"] = _text(values, "measure", QT_TRANSLATE_NOOP("errors", "奖罚措施"), 200) or kind.measure
    _money(kind, columns, values)
    columns["basis"] = _text(values, "basis", QT_TRANSLATE_NOOP("errors", "依据"), 500)
    if kind.recipient == CARRIER:
        agreement = Carrier.get_by_id(columns["carrier"]).agreement_no
        columns["basis"] = columns["basis"] or load_clause(columns["clause"]).basis(agreement)
    ticket_ids = _tickets(values, staff)
    with database.atomic():
        record_id = create_record(columns, ticket_ids, staff.id)
    return record(record_id)


def edit_record(ref, values: dict, actor: str) -> RecordRow:
    """Change a proposal nobody has decided on yet: facts, basis, measure, amount, goods value
    (a carrier's amount follows its clause), tickets."""
    staff = require(actor, APPROVE_REWARDS)
    current = record(ref)
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], QT_TRANSLATE_NOOP("errors", "奖罚记录没有这一栏，或它不能修改"))
    if current.status != "proposed" or current.approvals:
        raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "已有审批意见的记录不能再修改"))
    kind = kind_of(current.kind)
    merged = {"facts": current.facts, "basis": current.basis, "measure": current.measure,
              "amount": yuan_text(current.amount_fen), "goods_value": yuan_text(
                  current.goods_value_fen), **values}
    columns = {"facts": _text(merged, "facts", QT_TRANSLATE_NOOP("errors", "事实经过"), 2000, required=True),
               "basis": _text(merged, "basis", QT_TRANSLATE_NOOP("errors", "依据"), 500),
               "measure": _text(merged, "measure", QT_TRANSLATE_NOOP("errors", "奖罚措施"), 200) or kind.measure,
               "clause": current.clause_id, "carrier": None}
    if kind.recipient == CARRIER:
        columns["carrier"] = RewardRecord.get_by_id(current.id).carrier_id
    _money(kind, columns, merged)
    del columns["clause"], columns["carrier"]
    ticket_ids = _tickets(values, staff) if "tickets" in values else None
    now = utcnow()
    with database.atomic():
        row = RewardRecord.get_by_id(current.id)
        if row.version != current.version:
            raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "记录刚被他人修改，请刷新后再改"))
        diff = {k: (row.__data__[k], v) for k, v in columns.items() if row.__data__[k] != v}
        if ticket_ids is not None and set(ticket_ids) != set(
                RewardRecordTicket.select(RewardRecordTicket.ticket)
                .where(RewardRecordTicket.record == row.id).scalars()):
            old = ", ".join(current.tickets)
            _link(row.id, ticket_ids)
            diff["tickets"] = (old, ", ".join(Ticket.select(Ticket.number).where(
                Ticket.id.in_(ticket_ids or [0])).scalars()))
        if diff:
            update = {k: v for k, v in columns.items() if k in diff}
            update["required_approvals"] = required_approvals(
                kind.code, columns["amount_fen"], second_approval_fen())
            RewardRecord.update(version=RewardRecord.version + 1, **update).where(
                RewardRecord.id == row.id).execute()
            audit.record_changes(diff, staff.id, ticket_id=None, entity="reward_record",
                                 entity_id=row.id, at=now)
    return record(current.id)


def staff_choices() -> list[tuple[str, str]]:
    """(login, "name（login）") of active staff, for choosing whom a record is about."""
    return [(login, f"{name}（{login}）") for login, name in
            Staff.select(Staff.login, Staff.name).where(Staff.active).order_by(Staff.login)
            .tuples()]
