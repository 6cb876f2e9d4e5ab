"""奖罚通知书 from its data (the records come with the rewards/penalties module)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from aftersales_desktop.printing.notice_data import Approval, RewardPenaltyNotice, yuan_in_words
from aftersales_desktop.printing.notice_pdf import RewardPenaltyNoticeRenderer
from tests.unit.pdf_checks import fonts, pages_text

CARRIER = RewardPenaltyNotice(
    "JC2026-0012", "penalty", "carrier", "顺丰速运", "承运冰箱一台，装卸不当致门体变形，客户拒收。",
    ("SH20261120-0003", "SH20261121-0007"), "《运输协议》第7.2条：货损按货值30%赔付", "罚款",
    date(2026, 11, 25), Decimal("1250.50"), agreement_no="YS-2026-003", proposer="张伟",
    proposed_on=date(2026, 11, 24),
    approvals=(Approval("客服经理", "李娜"), Approval("分公司经理", "王强")))
STAFF = RewardPenaltyNotice(
    "JL2026-0003", "reward", "staff", "陈静", "十一月回访满意度全部为5分，共32次。", ("SH20261102-0001",),
    "《客诉管理奖罚制度》第6.2条：月度满意回访不少于30次予以通报表扬", "通报表扬",
    date(2026, 12, 1), department="售后部", approvals=(Approval("客服经理", "李娜"),))


def test_carrier_penalty_notice_prints_facts_tickets_clause_amount_and_approvals():
    pdf = RewardPenaltyNoticeRenderer(CARRIER, "上海示例物流有限公司").render()
    (text,) = pages_text(pdf)
    for part in ("处罚通知书", "JC2026-0012", "顺丰速运", "外协承运商", "YS-2026-003",
                 "SH20261120-0003", "SH20261121-0007", "第7.2条", "1,250.50", "壹仟贰佰伍拾元伍角",
                 "提议人", "客服经理", "李娜", "分公司经理", "王强", "盖章处", "被通知人签收",
                 "2026年11月25日"):
        assert part in text, part
    assert all(fonts(pdf).values())


def test_staff_reward_without_money():
    (text,) = pages_text(RewardPenaltyNoticeRenderer(STAFF, "示例公司").render())
    assert "奖励通知书" in text and "陈静（售后部）" in text and "通报表扬" in text
    assert "（无金额）" in text


def test_bad_kinds_and_amounts_are_refused():
    with pytest.raises(ValueError, match="kind"):
        RewardPenaltyNotice("X", "bonus", "staff", "a", "b", (), "c", "d", date(2026, 1, 1))
    with pytest.raises(ValueError, match="recipient_kind"):
        RewardPenaltyNotice("X", "reward", "team", "a", "b", (), "c", "d", date(2026, 1, 1))
    with pytest.raises(ValueError, match="amount"):
        yuan_in_words(Decimal("-1"))
    assert yuan_in_words(Decimal("10000")) == "壹万元整"
