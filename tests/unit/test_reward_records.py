"""Proposing, approving, rejecting, issuing and archiving reward and penalty records: nothing
without the permission 审批奖罚, no self-approval, two approvers for serious measures, every
step audited; on both engines."""
import pytest

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services.reward_approval import (
    approve, archive, issue, reject, waiting_for)
from aftersales_desktop.services.reward_records import edit_record, propose, set_second_approval
from aftersales_desktop.services.reward_rows import RecordFilter, record, records
from aftersales_desktop.storage.models import AuditEvent
from aftersales_desktop.storage.models_rewards import RewardApproval, RewardRecord

from .reward_helpers import CARRIER, add_carrier, logistics_ticket, setup_crew

FINE = {"kind": "fine", "staff": "clerk1", "facts": "十一月三次未按规定填写异常情况汇报表",
        "amount": "200", "basis": "《客诉管理奖罚制度》第3条"}


@pytest.fixture
def crew(db):
    setup_crew()
    return db


def events(action: str) -> int:
    return AuditEvent.select().where((AuditEvent.entity == "reward_record")
                                     & (AuditEvent.action == action)).count()


def test_a_proposal_gets_a_number_and_waits_for_approval(crew):
    number = logistics_ticket()
    row = propose({**FINE, "tickets": number.lower()}, "li")
    assert row.number.startswith("CF") and row.number.endswith("-0001")
    assert (row.status, row.amount_fen, row.proposer_login, row.tickets) == \
        ("proposed", 20_000, "li", (number,))
    assert row.department == "售后部" and row.required_approvals == 1
    assert propose({"kind": "commendation", "staff": "zhang", "facts": "回访满意度高"},
                   "li").number.startswith("JL")
    assert [r.number for r in waiting_for("wang")] == [r.number for r in records("wang")]
    assert waiting_for("li") == []  # the proposer does not approve their own
    assert events("propose") == 2


BAD = [
    ({**FINE, "kind": "nonsense"}, "kind"),
    ({**FINE, "staff": "nobody"}, "staff"),
    ({**FINE, "facts": "  "}, "facts"),
    ({**FINE, "amount": ""}, "amount"),
    ({**FINE, "amount": "12.345"}, "amount"),
    ({**FINE, "amount": "-5"}, "amount"),
    ({**FINE, "tickets": "SH20990101-0001"}, "tickets"),
    ({**FINE, "staff": "li"}, "staff"),  # not for oneself
    ({"kind": "team_reward", "department": "没有这个部门", "facts": "x"}, "department"),
    ({"kind": "carrier_penalty", "carrier": CARRIER, "facts": "x"}, "clause"),
]


def test_bad_proposals_are_refused_by_field_and_write_nothing(crew):
    add_carrier()
    for values, field in BAD:
        with pytest.raises(ValidationError) as error:
            propose(values, "li")
        assert error.value.field == field, values
    assert RewardRecord.select().count() == 0 and events("propose") == 0


def test_without_the_permission_nothing_is_proposed_or_approved(crew):
    with pytest.raises(PermissionDenied):
        propose(FINE, "clerk1")
    row = propose(FINE, "li")
    for action in (lambda: approve(row.id, "zhang"), lambda: reject(row.id, "zhang", "不同意"),
                   lambda: issue(row.id, "chen")):
        with pytest.raises(PermissionDenied):
            action()
    assert record(row.id).status == "proposed" and RewardApproval.select().count() == 0
    refusals = AuditEvent.select().where(AuditEvent.action == "refused")
    assert refusals.count() == 4 and {e.field for e in refusals} == {"approve_rewards"}


def test_self_approval_is_refused_and_audited(crew):
    row = propose(FINE, "li")
    with pytest.raises(PermissionDenied, match="自己提议"):
        approve(row.id, "li")
    about_wang = propose({**FINE, "staff": "wang"}, "li")
    with pytest.raises(PermissionDenied, match="关于自己"):
        approve(about_wang.number, "wang")
    assert RewardApproval.select().count() == 0
    assert AuditEvent.select().where(AuditEvent.action == "refused").count() == 2


def test_approve_issue_archive(crew):
    row = propose(FINE, "li")
    with pytest.raises(ValidationError, match="批准后才能下发"):
        issue(row.id, "wang")
    approved = approve(row.number, "wang", "同意")
    assert approved.status == "approved" and approved.approved_by == ("wang",)
    assert approved.approvals[0].role == "分公司经理" and approved.approvals[0].comment == "同意"
    with pytest.raises(ValidationError, match="不能再审批"):
        approve(row.id, "zhao")
    with pytest.raises(ValidationError, match="下发后才能归档"):
        archive(row.id, "wang")
    issued = issue(row.id, "zhao")
    assert issued.status == "issued" and issued.issued_on is not None
    assert archive(row.id, "wang").status == "archived"
    assert [events(a) for a in ("approve", "issue", "archive")] == [1, 1, 1]


def test_rejection_needs_a_reason_and_ends_the_record(crew):
    row = propose(FINE, "li")
    with pytest.raises(ValidationError) as error:
        reject(row.id, "wang", "  ")
    assert error.value.field == "comment" and RewardApproval.select().count() == 0
    assert reject(row.id, "wang", "证据不足").status == "rejected"
    with pytest.raises(ValidationError):
        approve(row.id, "zhao")


def test_serious_measures_and_large_amounts_need_two_approvers(crew):
    dismissal = propose({"kind": "dismissal", "staff": "clerk1", "facts": "严重失误造成重大损失"},
                        "li")
    assert dismissal.required_approvals == 2
    assert approve(dismissal.id, "wang").status == "proposed"
    with pytest.raises(ValidationError, match="另一位审批人"):
        approve(dismissal.id, "wang")
    assert approve(dismissal.id, "zhao").status == "approved"
    assert propose({**FINE, "amount": "2000"}, "li").required_approvals == 2
    set_second_approval("5000", "wang")
    assert propose({**FINE, "amount": "2000"}, "li").required_approvals == 1


def test_a_carrier_penalty_by_percentage_needs_the_goods_value_before_approval(crew):
    _, clause_id = add_carrier(percent=True)
    number = logistics_ticket()
    row = propose({"kind": "carrier_penalty", "carrier": CARRIER, "clause": clause_id,
                   "facts": "冰箱门体变形", "tickets": [number]}, "li")
    assert row.amount_fen is None and "第7.2条" in row.basis
    with pytest.raises(ValidationError) as error:
        approve(row.id, "wang")
    assert error.value.field == "goods_value"
    row = edit_record(row.id, {"goods_value": "4168.35"}, "wang")
    assert (row.goods_value_fen, row.amount_fen) == (416_835, 125_051)  # 30%, rounded
    big = edit_record(row.id, {"goods_value": "10000"}, "wang")
    assert big.amount_fen == 200_000 and big.required_approvals == 2  # capped at 2,000
    assert approve(row.id, "wang").status == "proposed"
    with pytest.raises(ValidationError, match="已有审批意见"):
        edit_record(row.id, {"facts": "改一下"}, "zhao")


def test_edits_are_audited_per_field_and_filters_find_records(crew):
    row = propose(FINE, "li")
    edit_record(row.id, {"amount": "300", "facts": FINE["facts"]}, "li")
    changes = AuditEvent.select().where((AuditEvent.entity == "reward_record")
                                        & (AuditEvent.action == "update"))
    assert [(e.field, e.old_value, e.new_value) for e in changes] == [("amount_fen", "20000",
                                                                       "30000")]
    propose({"kind": "commendation", "staff": "zhang", "facts": "表现突出"}, "li")
    assert [r.kind for r in records("wang", RecordFilter(side="reward"))] == ["commendation"]
    assert [r.kind for r in records("wang", RecordFilter(text="周敏"))] == ["fine"]
    assert records("wang", RecordFilter(status="approved")) == []
    assert [r.kind for r in records("clerk1")] == ["fine"]  # only what is about them
    assert records("chen") == []
