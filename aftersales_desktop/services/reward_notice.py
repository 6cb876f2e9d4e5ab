"""An approved reward or penalty record as the 奖罚通知书 it prints as (printing.notice_data)."""
from __future__ import annotations

from aftersales_desktop.domain.clock import local_today, to_local
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.rewards import PRINTABLE, STATUS_LABELS, yuan
from aftersales_desktop.printing.notice_data import Approval, RewardPenaltyNotice
from aftersales_desktop.services.reward_rows import RecordRow, record
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP


def proposer_text(row: RecordRow) -> str:
    if row.proposer:
        return row.proposer
    return f"系统规则（{row.rule}）" if row.rule else ""


def notice_of(row: RecordRow) -> RewardPenaltyNotice:
    """The notice of a record that may be printed (approved, issued or archived); an approved
    one not yet issued carries today's date as its issue date."""
    if row.status not in PRINTABLE:
        raise ValidationError("record", QT_TRANSLATE_NOOP("errors", "奖罚记录 {row_number} {value2}：批准后才能打印通知书"), row_number=row.number, value2=STATUS_LABELS[row.status])
    approvals = tuple(Approval(a.role, a.name, to_local(a.at).date(), a.comment)
                      for a in row.approvals if a.decision == "approve")
    issued = row.issued_on or local_today()
    return RewardPenaltyNotice(
        row.number, row.side, row.recipient_kind, row.recipient, row.facts, row.tickets,
        row.basis or row.rule or "—", row.measure, issued, yuan(row.amount_fen),
        department=row.department if row.recipient_kind == "staff" else None,
        agreement_no=row.agreement_no, proposer=proposer_text(row),
        proposed_on=to_local(row.proposed_at).date(), approvals=approvals,
        effective_on=row.issued_on)


def notice_for(ref, actor: str) -> RewardPenaltyNotice:
    """The notice of record `ref` (id or number) when `actor` may see it."""
    return notice_of(record(ref, actor))
