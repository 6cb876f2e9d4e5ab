"""Rewards and penalties (奖罚, seed 003 §6.2–6.3, seed 004 6.2-7): the kinds of record, who
each is for, their states, money in fen and percentages in basis points."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from aftersales_desktop.domain.errors import ValidationError

REWARD, PENALTY = "reward", "penalty"
STAFF, DEPARTMENT, CARRIER = "staff", "department", "carrier"
RECIPIENT_LABELS = {STAFF: QT_TRANSLATE_NOOP("rewards", "员工"), DEPARTMENT: QT_TRANSLATE_NOOP("rewards", "团队（部门）"), CARRIER: QT_TRANSLATE_NOOP("rewards", "外协承运商")}


@dataclass(frozen=True)
class Kind:
    code: str
    label: str
    side: str  # reward or penalty
    recipient: str  # staff, department or carrier
    measure: str  # the default wording of the measure on the notice
    needs_amount: bool = False
    serious: bool = False  # always needs a second approver


KINDS = {k.code: k for k in (
    Kind("bonus", QT_TRANSLATE_NOOP("rewards", "奖金"), REWARD, STAFF, QT_TRANSLATE_NOOP("rewards", "发放奖金"), needs_amount=True),
    Kind("prize", QT_TRANSLATE_NOOP("rewards", "奖品"), REWARD, STAFF, QT_TRANSLATE_NOOP("rewards", "颁发奖品")),
    Kind("commendation", QT_TRANSLATE_NOOP("rewards", "表扬"), REWARD, STAFF, QT_TRANSLATE_NOOP("rewards", "通报表扬")),
    Kind("certificate", QT_TRANSLATE_NOOP("rewards", "证书"), REWARD, STAFF, QT_TRANSLATE_NOOP("rewards", "颁发荣誉证书")),
    Kind("team_reward", QT_TRANSLATE_NOOP("rewards", "团队奖励"), REWARD, DEPARTMENT, QT_TRANSLATE_NOOP("rewards", "团队集体奖励")),
    Kind("warning", QT_TRANSLATE_NOOP("rewards", "警告"), PENALTY, STAFF, QT_TRANSLATE_NOOP("rewards", "警告")),
    Kind("fine", QT_TRANSLATE_NOOP("rewards", "罚款"), PENALTY, STAFF, QT_TRANSLATE_NOOP("rewards", "罚款"), needs_amount=True),
    Kind("demotion", QT_TRANSLATE_NOOP("rewards", "降级"), PENALTY, STAFF, QT_TRANSLATE_NOOP("rewards", "降级（降职）"), serious=True),
    Kind("dismissal", QT_TRANSLATE_NOOP("rewards", "辞退"), PENALTY, STAFF, QT_TRANSLATE_NOOP("rewards", "辞退（解除劳动合同）"), serious=True),
    Kind("carrier_penalty", QT_TRANSLATE_NOOP("rewards", "承运商处罚"), PENALTY, CARRIER, QT_TRANSLATE_NOOP("rewards", "按运输协议罚款"), needs_amount=True),
)}

STATUS_LABELS = {"proposed": QT_TRANSLATE_NOOP("rewards", "待审批"), "approved": QT_TRANSLATE_NOOP("rewards", "已批准"), "rejected": QT_TRANSLATE_NOOP("rewards", "已驳回"),
                 "issued": QT_TRANSLATE_NOOP("rewards", "已下发"), "archived": QT_TRANSLATE_NOOP("rewards", "已归档")}
PRINTABLE = frozenset({"approved", "issued", "archived"})
PREFIXES = {REWARD: "JL", PENALTY: "CF"}  # 奖励 / 处罚: JL2026-0001, CF2026-0001
DEFAULT_SECOND_APPROVAL_FEN = 200_000  # from 2,000 yuan on, two approvers
MAX_FEN = 1_000_000_000  # ten million yuan


def kind_of(code: str, field: str = "kind") -> Kind:
    kind = KINDS.get(code)
    if kind is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请从列表中选择奖罚类别（{kinds}）"),
                              kinds=[Term("rewards", k.label) for k in KINDS.values()])
    return kind


def required_approvals(kind: str, amount_fen: int | None, threshold_fen: int) -> int:
    """Two approvers for demotion, dismissal and large amounts; one otherwise."""
    big = amount_fen is not None and amount_fen >= threshold_fen
    return 2 if KINDS[kind].serious or big else 1


_MONEY = re.compile(r"^\d+(\.\d{1,2})?$")


def parse_yuan(value, field: str) -> int | None:
    """'1,250.50', '¥1250.5', '1250元' → 125050 fen; blank → None."""
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip().replace(",", "").replace("，", "").lstrip("¥￥").rstrip("元")
    if not text:
        return None
    if not _MONEY.match(text):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "金额请填数字（元），最多两位小数，如 1250.50"))
    fen = int((Decimal(text) * 100).to_integral_value())
    if fen > MAX_FEN:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "金额应在 0 到 10,000,000 元之间"))
    return fen


def parse_percent(value, field: str, high: int = 100) -> int | None:
    """'5', '5%', '2.5' → basis points (hundredths of a percent); blank → None."""
    text = str(value if value is not None else "").strip().rstrip("%％").strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not 0 < number <= high or number != number.quantize(Decimal("0.01")):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填 0 到 {high} 之间的百分数，最多两位小数，如 5 或 2.5"), high=high)
    return int(number * 100)


def yuan_text(fen: int | None) -> str:
    """125050 → '1,250.50'; None → ''."""
    return "" if fen is None else f"{Decimal(fen) / 100:,.2f}"


def percent_text(bp: int | None) -> str:
    """250 → '2.5%'."""
    if bp is None:
        return ""
    return f"{(Decimal(bp) / 100).normalize():f}%"


def yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else Decimal(fen) / 100


def clause_amount(amount_fen: int | None, percent_bp: int | None, cap_fen: int | None,
                  goods_value_fen: int | None) -> int | None:
    """The penalty a clause sets: its fixed amount, or its percentage of the goods value
    (None while the value is not known), at most its cap."""
    if percent_bp is None:
        amount = amount_fen
    elif goods_value_fen is None:
        return None
    else:
        amount = int((Decimal(goods_value_fen) * percent_bp / 10_000)
                     .quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return min(amount, cap_fen) if cap_fen is not None and amount is not None else amount


def clause_terms(amount_fen: int | None, percent_bp: int | None, cap_fen: int | None) -> str:
    """'罚款 500.00 元' or '按货值 30% 计罚，最高 2,000.00 元'."""
    if percent_bp is None:
        return f"罚款 {yuan_text(amount_fen)} 元"
    cap = f"，最高 {yuan_text(cap_fen)} 元" if cap_fen is not None else ""
    return f"按货值 {percent_text(percent_bp)} 计罚{cap}"
