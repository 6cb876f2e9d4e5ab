"""Reward and penalty records as plain rows, for the 奖罚 screen, the CLI, the notice and the
statistics: filtered, newest first, each with its tickets and approvals.

Who sees which: approvers (审批奖罚) and the roles that see all tickets (data analysis, internal
audit, company manager) see every record; anybody else the records about them or proposed by
them."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peewee import JOIN

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP
from aftersales_desktop.domain.clock import day_start_utc
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import ALL, APPROVE_REWARDS, ROLE_LABELS, scope_of
from aftersales_desktop.domain.rewards import KINDS, RECIPIENT_LABELS, STATUS_LABELS, yuan_text
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.storage.models import Carrier, Department, Staff, Ticket
from aftersales_desktop.storage.models_rewards import (
    RewardApproval, RewardRecord, RewardRecordTicket, RewardRule)

Recipient = Staff.alias("recipient")
Proposer = Staff.alias("proposer")
StaffDepartment = Department.alias("staff_department")
Record = RewardRecord


@dataclass(frozen=True)
class ApprovalRow:
    login: str
    name: str
    role: str  # its label, e.g. 分公司经理
    decision: str  # approve or reject
    comment: str | None
    at: datetime  # naive UTC


@dataclass(frozen=True)
class RecordRow:
    id: int
    number: str
    kind: str
    recipient_kind: str
    recipient: str  # the staff member's, the team's or the carrier's name
    recipient_login: str | None
    department: str | None  # the staff member's department, or the team
    agreement_no: str | None
    clause_id: int | None
    facts: str
    basis: str | None
    measure: str
    amount_fen: int | None
    goods_value_fen: int | None
    status: str
    required_approvals: int
    proposer: str | None  # None: proposed by a rule
    proposer_login: str | None
    proposed_at: datetime
    rule: str | None
    decided_at: datetime | None
    issued_on: date | None
    archived_on: date | None
    version: int
    tickets: tuple[str, ...] = ()
    approvals: tuple[ApprovalRow, ...] = field(default=())

    kind_label = property(lambda self: KINDS[self.kind].label)
    side = property(lambda self: KINDS[self.kind].side)
    status_label = property(lambda self: STATUS_LABELS[self.status])
    recipient_label = property(lambda self: RECIPIENT_LABELS[self.recipient_kind])
    amount_text = property(lambda self: yuan_text(self.amount_fen))

    @property
    def approved_by(self) -> tuple[str, ...]:
        return tuple(a.login for a in self.approvals if a.decision == "approve")


@dataclass(frozen=True)
class RecordFilter:
    status: str | None = None
    kind: str | None = None
    side: str | None = None  # reward or penalty
    text: str | None = None  # number, recipient or facts
    date_from: date | None = None  # proposed on, Shanghai dates inclusive
    date_to: date | None = None
    waiting: bool = False  # waiting for the viewer's approval


def sees_all(staff: StaffRow) -> bool:
    return staff.can(APPROVE_REWARDS) or scope_of(staff.role) == ALL


def _query(staff: StaffRow | None):
    query = (Record.select(Record.id)  # the columns: _dicts
             .join(Recipient, JOIN.LEFT_OUTER, on=(Record.staff == Recipient.id))
             .join(StaffDepartment, JOIN.LEFT_OUTER,
                   on=(Recipient.department == StaffDepartment.id))
             .switch(Record).join(Department, JOIN.LEFT_OUTER, on=(Record.department == Department.id))
             .switch(Record).join(Carrier, JOIN.LEFT_OUTER, on=(Record.carrier == Carrier.id))
             .switch(Record).join(Proposer, JOIN.LEFT_OUTER, on=(Record.proposed_by == Proposer.id))
             .switch(Record).join(RewardRule, JOIN.LEFT_OUTER, on=(Record.rule == RewardRule.id)))
    if staff is not None and not sees_all(staff):
        query = query.where((Record.staff == staff.id) | (Record.proposed_by == staff.id))
    return query


def _filtered(query, f: RecordFilter, staff: StaffRow | None):
    for column, value in ((Record.status, f.status), (Record.kind, f.kind)):
        if value:
            query = query.where(column == value)
    if f.side:
        query = query.where(Record.kind.in_([k for k, v in KINDS.items() if v.side == f.side]))
    if f.text and f.text.strip():
        like = f"%{f.text.strip()}%"
        query = query.where(Record.number.contains(f.text.strip().upper())
                            | Recipient.name ** like | Department.name ** like
                            | Carrier.name ** like | Record.facts ** like)
    if f.date_from:
        query = query.where(Record.proposed_at >= day_start_utc(f.date_from))
    if f.date_to:
        query = query.where(Record.proposed_at < day_start_utc(f.date_to + timedelta(days=1)))
    if f.waiting:
        if staff is None or not staff.can(APPROVE_REWARDS):
            return None
        decided = RewardApproval.select(RewardApproval.record).where(
            RewardApproval.staff == staff.id)
        query = query.where((Record.status == "proposed") & Record.id.not_in(decided)
                            & ((Record.proposed_by != staff.id) | Record.proposed_by.is_null())
                            & ((Record.staff != staff.id) | Record.staff.is_null()))
    return query


def _rows(records: list[dict]) -> list[RecordRow]:
    ids = [r["id"] for r in records] or [0]
    tickets: dict[int, list[str]] = {}
    for record_id, number in (RewardRecordTicket.select(RewardRecordTicket.record, Ticket.number)
                              .join(Ticket).where(RewardRecordTicket.record.in_(ids))
                              .order_by(Ticket.number).tuples()):
        tickets.setdefault(record_id, []).append(number)
    approvals: dict[int, list[ApprovalRow]] = {}
    for a in (RewardApproval.select(RewardApproval, Staff).join(Staff)
              .where(RewardApproval.record.in_(ids)).order_by(RewardApproval.at, RewardApproval.id)):
        approvals.setdefault(a.record_id, []).append(ApprovalRow(
            a.staff.login, a.staff.name, ROLE_LABELS.get(a.staff.role, a.staff.role),
            a.decision, a.comment, a.at))
    out = []
    for r in records:
        kind = r["recipient_kind"]
        name = {"staff": r["name"], "department": r.get("department_name"),
                "carrier": r.get("carrier_name")}[kind]
        out.append(RecordRow(
            r["id"], r["number"], r["kind"], kind, name or "", r["login"],
            r["staff_department"] if kind == "staff" else r.get("department_name"),
            r["agreement_no"], r["clause"], r["facts"], r["basis"], r["measure"],
            r["amount_fen"], r["goods_value_fen"], r["status"], r["required_approvals"],
            r["proposer_name"], r["proposer_login"], r["proposed_at"], r["rule_name"],
            r["decided_at"], r["issued_on"], r["archived_on"], r["version"],
            tuple(tickets.get(r["id"], ())), tuple(approvals.get(r["id"], ()))))
    return out


def _dicts(query) -> list[dict]:
    query = query.select(
        *Record._meta.sorted_fields, Recipient.login.alias("login"),
        Recipient.name.alias("name"), StaffDepartment.name.alias("staff_department"),
        Department.name.alias("department_name"), Carrier.name.alias("carrier_name"),
        Carrier.agreement_no.alias("agreement_no"), Proposer.login.alias("proposer_login"),
        Proposer.name.alias("proposer_name"), RewardRule.name.alias("rule_name"))
    return list(query.dicts())


def records(actor: str | None, f: RecordFilter = RecordFilter(),
            limit: int = 1000) -> list[RecordRow]:
    """The records `actor` sees passing `f`, newest first; `actor` None: all (system work,
    statistics run by the services themselves)."""
    staff = acting(actor) if actor else None
    query = _filtered(_query(staff), f, staff)
    if query is None:
        return []
    return _rows(_dicts(query.order_by(Record.proposed_at.desc(), Record.id.desc()).limit(limit)))


def record_id(ref) -> int:
    """A record's id from its id or its number (JL2026-0003)."""
    text = str(ref or "").strip().upper()
    if text.isdigit():
        found = Record.select(Record.id).where(Record.id == int(text)).scalar()
    else:
        found = Record.select(Record.id).where(Record.number == text).scalar()
    if not text:
        raise ValidationError("record", QT_TRANSLATE_NOOP("errors", "请填写奖罚记录编号，如 JL2026-0001"))
    if found is None:
        raise NotFoundError(f"没有奖罚记录 {text}")
    return found


def record(ref, actor: str | None = None) -> RecordRow:
    """One record by id or number, when `actor` may see it."""
    rid = record_id(ref)
    staff = acting(actor) if actor else None
    found = _dicts(_query(staff).where(Record.id == rid))
    if not found:
        raise NotFoundError(f"没有奖罚记录 {ref}，或您无权查看")
    return _rows(found)[0]


def printable_records(actor: str, limit: int = 200) -> list[RecordRow]:
    """Records `actor` sees whose notice may be printed, newest first."""
    return [r for status in ("approved", "issued", "archived")
            for r in records(actor, RecordFilter(status=status), limit)][:limit]
