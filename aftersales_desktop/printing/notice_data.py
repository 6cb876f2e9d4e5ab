"""What a 奖罚通知书 (reward/penalty notice, seeds 003 §6 and 004 6.2-7) prints. The 奖罚 module
fills it in from an approved record (services.reward_notice)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

KINDS = {"reward": "奖励", "penalty": "处罚"}
RECIPIENTS = {"staff": "员工", "department": "团队", "carrier": "外协承运商"}


@dataclass(frozen=True)
class Approval:
    role: str  # e.g. 客服经理, 分公司经理
    name: str | None = None
    approved_on: date | None = None
    opinion: str | None = None


@dataclass(frozen=True)
class RewardPenaltyNotice:
    number: str  # e.g. JC2026-0012
    kind: str  # reward or penalty
    recipient_kind: str  # staff, department (a team reward) or carrier
    recipient: str  # staff name, the team's (department's) or the carrier's name
    facts: str
    ticket_numbers: tuple[str, ...]
    basis: str  # the rule, or the clause of the carrier's transport agreement
    measure: str  # e.g. 罚款, 通报表扬, 警告
    issued_on: date
    amount: Decimal | None = None  # yuan; None for a measure without money
    department: str | None = None  # the staff member's department
    agreement_no: str | None = None  # the carrier's transport agreement
    proposer: str | None = None
    proposed_on: date | None = None
    approvals: tuple[Approval, ...] = field(default_factory=tuple)
    effective_on: date | None = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"kind: expected one of {', '.join(KINDS)}, got '{self.kind}'")
        if self.recipient_kind not in RECIPIENTS:
            raise ValueError(f"recipient_kind: expected one of {', '.join(RECIPIENTS)}, "
                             f"got '{self.recipient_kind}'")

    @property
    def title(self) -> str:
        return "奖励通知书" if self.kind == "reward" else "处罚通知书"

    def amount_text(self) -> str:
        if self.amount is None:
            return ""
        return f"人民币 {self.amount:,.2f} 元（{yuan_in_words(self.amount)}）"


def yuan_in_words(amount: Decimal) -> str:
    """Capital Chinese numerals as on financial documents: 1250.50 → 壹仟贰佰伍拾元伍角."""
    from cn2an import an2cn  # imported here: only notices need it

    if amount < 0:
        raise ValueError("amount: must not be negative")
    return an2cn(f"{Decimal(amount):.2f}", "rmb")
