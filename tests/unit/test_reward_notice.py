"""An approved record prints as its 奖罚通知书 (text read back from the PDF); the CLI verbs of
rewards and targets with bad input; on SQLite (the services are tested on both engines)."""
import json

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.printing.documents import notice_record_pdf
from aftersales_desktop.services.company import set_company_name
from aftersales_desktop.services.reward_approval import approve, issue
from aftersales_desktop.services.reward_records import edit_record, propose
from aftersales_desktop.storage.models import AuditEvent
from aftersales_desktop.storage.models_rewards import RewardRecord, ReductionTarget
from tests.unit.pdf_checks import fonts, pages_text

from .reward_helpers import CARRIER, add_carrier, logistics_ticket, setup_crew


@pytest.fixture
def crew(sqlite_db):
    setup_crew()
    set_company_name("上海示例物流有限公司")
    return sqlite_db


def carrier_penalty() -> tuple:
    _, clause_id = add_carrier(percent=True)
    number = logistics_ticket()
    row = propose({"kind": "carrier_penalty", "carrier": CARRIER, "clause": clause_id,
                   "facts": "承运冰箱一台，装卸不当致门体变形，客户拒收。", "tickets": [number],
                   "goods_value": "4168.35"}, "li")
    return row, number


def test_an_approved_carrier_penalty_prints_as_its_notice(crew):
    row, number = carrier_penalty()
    with pytest.raises(ValidationError, match="批准后才能打印"):
        notice_record_pdf(row.number, actor="wang")
    approve(row.id, "wang", "同意按协议处罚")
    (text,) = pages_text(notice_record_pdf(row.number, actor="zhao"))
    for part in ("处罚通知书", row.number, "顺丰速运", "外协承运商", "YS-2026-003", number,
                 "第7.2条", "30%", "1,250.51", "壹仟贰佰伍拾元伍角壹分", "李娜", "分公司经理", "王强", "同意按协议处罚",
                 "上海示例物流有限公司", "打印人赵总"):
        assert part in text, part
    assert all(fonts(notice_record_pdf(row.id, actor="zhao")).values())


def test_a_commendation_and_a_team_reward_print_without_money(crew):
    row = propose({"kind": "commendation", "staff": "zhang", "facts": "本月回访满意 32 次"}, "li")
    issue(approve(row.id, "wang").id, "wang")
    (text,) = pages_text(notice_record_pdf(row.number, actor="wang"))
    assert "奖励通知书" in text and "张伟（售后部）" in text and "（无金额）" in text
    team = propose({"kind": "team_reward", "department": "售后部", "facts": "客诉率下降 30%",
                    "amount": "1000"}, "li")
    approve(team.id, "wang")
    (text,) = pages_text(notice_record_pdf(team.id, actor="wang"))
    assert "售后部（团队）" in text and "壹仟元整" in text


@pytest.fixture
def cli(crew, capsys):
    url = str(crew.target)

    def run(*args, actor="admin"):
        code = main(["--db", url, "--as", actor, *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_print_notice_from_the_command_line(cli, tmp_path):
    row, _ = carrier_penalty()
    target = tmp_path / "notice.pdf"
    code, _, err = cli("print", "notice", row.number, "-o", str(target))
    assert code == 2 and "批准后才能打印" in err and not target.exists()
    assert cli("reward", "approve", row.number, "--comment", "同意", actor="wang")[0] == 0
    code, out, err = cli("print", "notice", row.number, "-o", str(target))
    assert code == 0, err
    assert json.loads(out)["output"] == str(target)
    assert row.number in pages_text(target.read_bytes())[0]
    assert cli("print", "notice", "CF2099-9999", "-o", str(tmp_path / "x.pdf"))[0] == 2
    code, _, err = cli("print", "notice", row.number, "-o", str(tmp_path))
    assert code == 2 and "folder" in err


def test_reward_verbs_with_bad_input_and_refusals(cli):
    code, out, err = cli("reward", "propose", "--kind", "fine", "--staff", "clerk1",
                         "--facts", "未按时汇报", "--amount", "abc", actor="li")
    assert code == 2 and "amount" in err and RewardRecord.select().count() == 0
    code, out, _ = cli("reward", "propose", "--kind", "fine", "--staff", "clerk1",
                       "--facts", "未按时汇报", "--amount", "50", actor="li")
    number = json.loads(out)["number"]
    assert code == 0 and number.startswith("CF")
    code, _, err = cli("reward", "approve", number, actor="li")
    assert code == 3 and "自己提议" in err
    code, _, err = cli("reward", "approve", number, actor="clerk1")
    assert code == 3 and "审批奖罚" in err
    assert cli("reward", "reject", number, "--comment", " ", actor="wang")[0] == 2
    assert cli("reward", "list", "--status", "nonsense")[0] == 2
    code, out, _ = cli("reward", "list", "--waiting", "--json", actor="wang")
    assert [r["number"] for r in json.loads(out)] == [number]
    assert cli("reward", "issue", number, actor="wang")[0] == 2  # not approved yet
    assert json.loads(cli("reward", "approve", number, actor="wang")[1])["status"] == "approved"
    assert json.loads(cli("reward", "issue", number, actor="wang")[1])["status"] == "issued"
    assert json.loads(cli("reward", "show", number, actor="clerk1")[1])["status"] == "issued"
    code, out, _ = cli("reward", "run-rules", actor="wang")
    assert code == 0 and json.loads(out)["failed"] == []
    assert cli("reward", "run-rules", actor="clerk1")[0] == 3
    assert AuditEvent.select().where(AuditEvent.action == "refused").count() == 3


def test_target_verbs(cli):
    code, _, err = cli("target", "set", "--period", "2026-13", "--target", "5", actor="wang")
    assert code == 2 and "2026-11" in err
    assert cli("target", "set", "--period", "2026-11", "--target", "5", actor="li")[0] == 3
    code, out, _ = cli("target", "set", "--period", "2026-11", "--department", "售后部",
                       "--target", "5", "--on-time", "90", actor="wang")
    assert code == 0 and ReductionTarget.select().count() == 1
    code, out, _ = cli("target", "list", "--period", "2026-11", "--json")
    [row] = json.loads(out)
    assert (row["scope"], row["target"], row["complaints"]) == ("售后部", "客诉数量不超过 5 件", 0)
    assert cli("target", "list", "--period", "x")[0] == 2


def test_edit_keeps_what_it_does_not_name(crew):
    row, _ = carrier_penalty()
    assert edit_record(row.id, {"facts": "门体变形"}, "wang").goods_value_fen == 416_835
