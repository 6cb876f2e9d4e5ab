"""Deciding on reward and penalty proposals, then issuing and archiving them.

Nothing is approved, issued or archived without the permission 审批奖罚 (checked here, not only
by the screens). Nobody approves or rejects a record they proposed or that is about them; a
record needs one approval, or two from different people for demotion, dismissal and amounts
from the two-approver threshold on; one rejection ends it. Every decision is audited.
proposed → approved | rejected; approved → issued (下发, the notice is handed over) → archived.
"""
from __future__ import annotations

from aftersales_desktop.domain.clock import local_today, utcnow
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.permissions import APPROVE_REWARDS
from aftersales_desktop.domain.rewards import KINDS, STATUS_LABELS
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import record_refusal, require
from aftersales_desktop.services.reward_rows import RecordRow, RecordFilter, record, records
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.models_rewards import RewardApproval, RewardRecord
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_COMMENT = 500


def _refuse(staff: StaffRow, message: str, /, **params) -> None:
    error = PermissionDenied(staff.login, APPROVE_REWARDS, message, **params)
    error.staff_id = staff.id
    record_refusal(error)
    raise error


def _locked(record_id: int) -> RewardRecord:
    query = RewardRecord.select().where(RewardRecord.id == record_id)
    if database.for_update:
        query = query.for_update()
    return query.get()


def _comment(text: str | None, required: bool) -> str | None:
    comment = (text or "").strip()
    if required and not comment:
        raise ValidationError("comment", QT_TRANSLATE_NOOP("errors", "驳回请填写理由"))
    if len(comment) > MAX_COMMENT:
        raise ValidationError("comment", QT_TRANSLATE_NOOP("errors", "审批意见最多 {MAX_COMMENT} 个字"), MAX_COMMENT=MAX_COMMENT)
    return comment or None


def _decide(ref, actor: str, decision: str, comment: str | None) -> RecordRow:
    staff = require(actor, APPROVE_REWARDS)
    comment = _comment(comment, required=decision == "reject")
    current = record(ref)
    if current.proposer_login == staff.login:
        _refuse(staff, QT_TRANSLATE_NOOP("errors", "{name}不能审批自己提议的奖罚记录 {number}"),
                name=staff.name, number=current.number)
    if current.recipient_login == staff.login:
        _refuse(staff, QT_TRANSLATE_NOOP("errors", "{name}不能审批关于自己的奖罚记录 {number}"),
                name=staff.name, number=current.number)
    if decision == "approve":
        kind = KINDS[current.kind]
        if kind.needs_amount and current.amount_fen is None:
            field = "goods_value" if current.clause_id else "amount"
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "按货值比例计罚：请先填写货值")
                                  if current.clause_id else QT_TRANSLATE_NOOP("errors", "请先填写金额"))
    now = utcnow()
    with database.atomic():
        row = _locked(current.id)
        if row.status != "proposed":
            raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "记录 {row_number} {value2}，不能再审批"), row_number=row.number, value2=STATUS_LABELS[row.status])
        if RewardApproval.select().where((RewardApproval.record == row.id)
                                         & (RewardApproval.staff == staff.id)).exists():
            raise ValidationError("comment", QT_TRANSLATE_NOOP("errors", "您已审批过这条记录，需由另一位审批人审批"))
        RewardApproval.insert(record=row.id, staff=staff.id, decision=decision, comment=comment,
                              at=now).execute()
        approvals = RewardApproval.select().where((RewardApproval.record == row.id)
                                                  & (RewardApproval.decision == "approve")).count()
        status = ("rejected" if decision == "reject"
                  else "approved" if approvals >= row.required_approvals else "proposed")
        RewardRecord.update(status=status, version=RewardRecord.version + 1,
                            decided_at=now if status != "proposed" else None).where(
            RewardRecord.id == row.id).execute()
        audit.record(decision, staff.id, entity="reward_record", entity_id=row.id,
                     field="status", old=row.status, new=f"{status}：{comment or ''}".rstrip("："),
                     at=now)
    return record(current.id)


def approve(ref, actor: str, comment: str | None = None) -> RecordRow:
    return _decide(ref, actor, "approve", comment)


def reject(ref, actor: str, comment: str) -> RecordRow:
    return _decide(ref, actor, "reject", comment)


def _advance(ref, actor: str, before: str, after: str) -> RecordRow:
    staff = require(actor, APPROVE_REWARDS)
    current = record(ref)
    today, now = local_today(), utcnow()
    with database.atomic():
        row = _locked(current.id)
        if row.status != before:
            need = {"approved": QT_TRANSLATE_NOOP("errors", "批准后才能下发"),
                    "issued": QT_TRANSLATE_NOOP("errors", "下发后才能归档")}[before]
            raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "记录 {row_number} {value2}：{need}"), row_number=row.number, value2=STATUS_LABELS[row.status], need=need)
        values = ({"issued_on": today, "issued_by": staff.id} if after == "issued"
                  else {"archived_on": today, "archived_by": staff.id})
        RewardRecord.update(status=after, version=RewardRecord.version + 1, **values).where(
            RewardRecord.id == row.id).execute()
        audit.record("issue" if after == "issued" else "archive", staff.id,
                     entity="reward_record", entity_id=row.id, field="status", old=before,
                     new=after, at=now)
    return record(current.id)


def issue(ref, actor: str) -> RecordRow:
    """下发: the approved notice is handed to the person or carrier (dated today)."""
    return _advance(ref, actor, "approved", "issued")


def archive(ref, actor: str) -> RecordRow:
    """归档: the issued notice is filed (建入档案, seed 004 6.1)."""
    return _advance(ref, actor, "issued", "archived")


def waiting_for(actor: str) -> list[RecordRow]:
    """Proposals waiting for `actor`'s decision, newest first."""
    return records(actor, RecordFilter(waiting=True))
