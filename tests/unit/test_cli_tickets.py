"""`aftersales ticket …` in-process on both engines, plus one real subprocess."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.cli.ticket_format import width
from aftersales_desktop.storage.models import Attachment, AuditEvent, Customer, Ticket

RED_PNG = Path(__file__).parent.parent / "fixtures" / "red.png"
CHINESE = "屏幕碎裂，开机后“花屏”；𠀾䶮Ⅻ～　全角空格"
TICKET = {"channel": "微信", "customer": {"name": "欧阳娜娜", "phone": "+86 138-0013-5678"},
          "order": {"number": "JD2026001", "product": "智能手表", "purchased_on": "2026-10-01"},
          "problem": {"description": CHINESE}, "logistics": {"carrier": "顺丰速运"}}


@pytest.fixture
def cli(db_url, capsys, monkeypatch):
    """Run `aftersales --db <db_url> ARGS…` in-process: returns (exit code, stdout, stderr)."""
    def run(*args, stdin: str | bytes | None = None):
        if stdin is not None:
            raw = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
        code = main(["--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def create(cli, data=None, **changes) -> dict:
    code, out, err = cli("ticket", "create", stdin=json.dumps({**(data or TICKET), **changes}))
    assert code == 0, err
    return json.loads(out)


def counts() -> tuple[int, int, int, int]:
    return tuple(m.select().count() for m in (Ticket, Customer, AuditEvent, Attachment))


def assert_refused(result, *needles, code=2):
    exit_code, out, err = result
    assert exit_code == code and out == ""
    assert err.startswith("aftersales: ") and err.count("\n") == 1, err
    for needle in needles:
        assert needle in err


def test_create_from_file_round_trips_chinese_byte_for_byte(cli, tmp_path):
    path = tmp_path / "ticket.json"
    path.write_bytes(json.dumps(TICKET, ensure_ascii=False).encode("utf-8"))
    code, out, _ = cli("ticket", "create", "--json", str(path))
    assert code == 0
    made = json.loads(out)
    assert made["number"].startswith("SH") and made["state"] == "received"
    assert made["version"] == 1 and made["events"] == 1 and made["channel"] == "wechat"
    assert made["problem"]["description"] == CHINESE
    assert made["customer"]["phone"] == "138****5678"  # masked; in full only with --reveal
    assert CHINESE.encode("utf-8") in out.encode("utf-8") and "\\u" not in out
    _, shown, _ = cli("ticket", "show", made["number"], "--json", "--reveal")
    assert json.loads(shown)["problem"]["description"].encode("utf-8") == CHINESE.encode("utf-8")
    assert json.loads(shown)["customer"]["phone"] == "13800135678"


def test_create_and_show_give_the_deadlines(cli):
    made = create(cli, received_at="2026-03-15T10:00:00+08:00", category="logistics")
    assert made["deadlines"] == {"first_reply": "2026-03-16T02:00:00+00:00",
                                 "solution": "2026-03-16T10:00:00+00:00",
                                 "report": "2026-03-15T02:10:00+00:00", "promised": None}
    shown = json.loads(cli("ticket", "show", made["number"], "--json")[1])
    assert shown["deadlines"] == made["deadlines"]
    fresh = create(cli, customer={"name": "李雷", "phone": "13912345678"})
    assert fresh["deadlines"]["report"] is None and fresh["deadlines"]["promised"] is None
    assert fresh["deadlines"]["first_reply"].endswith("+00:00")
    text = cli("ticket", "show", made["number"])[1]
    assert "时限" in text and "2026-03-16 18:00（1个工作日）  已超时，超时 " in text
    assert "  上报主管      2026-03-15 10:10（10分钟）" in text
    cli("ticket", "transition", made["number"], "verified")
    text = cli("ticket", "show", made["number"])[1]
    assert "首次回复客户" in text and "已完成 " in text


@pytest.mark.parametrize("args", [(), ("--json", "-")])
def test_create_from_stdin(cli, args):
    code, out, err = cli("ticket", "create", *args, stdin="\ufeff" + json.dumps(TICKET))
    assert code == 0, err
    assert json.loads(out)["order"]["product"] == "智能手表"
    assert counts()[:2] == (1, 1)


def test_client_id_makes_one_ticket(cli):
    first = create(cli, client_id="batch-42")
    before = counts()
    again = create(cli, client_id="batch-42")
    assert again["number"] == first["number"] and counts() == before


def test_show_human_masks_phone_and_lists_timeline(cli):
    number = create(cli)["number"]
    assert cli("ticket", "transition", number, "verified")[0] == 0
    code, out, _ = cli("ticket", "show", number.lower())
    assert code == 0 and number in out
    assert "已核实 (verified)" in out and "微信" in out and "138****5678" in out
    assert "13800135678" not in out and CHINESE in out
    assert "时间线（2 条）" in out and "已受理 → 已核实" in out


def test_list_table_json_state_and_search(cli):
    first = create(cli)["number"]
    other = {**TICKET, "customer": {"name": "李雷", "phone": "13912345678"},
             "problem": {"description": "快递一直没到"}}
    second = create(cli, other)["number"]
    cli("ticket", "transition", second, "verified")
    code, out, _ = cli("ticket", "list")
    header, *rows = out.splitlines()
    assert code == 0 and len(rows) == 2 and "13912345678" not in out
    phone_at = header.index("电话")
    for row in rows:
        masked = "139****5678" if row.startswith(second) else "138****5678"
        assert width(row[:row.index(masked)]) == width(header[:phone_at])
    listed = json.loads(cli("ticket", "list", "--json")[1])
    assert [r["number"] for r in listed] == [second, first]
    by_state = json.loads(cli("ticket", "list", "--state", "已核实", "--json")[1])
    assert [r["number"] for r in by_state] == [second]
    for text in ("李雷", "5678", "快递", "JD2026001"):
        found = json.loads(cli("ticket", "list", "--search", text, "--json")[1])
        assert second in [r["number"] for r in found]
    assert json.loads(cli("ticket", "list", "--search", "没有这个", "--json")[1]) == []
    assert len(json.loads(cli("ticket", "list", "--limit", "1", "--json")[1])) == 1


def test_transitions_through_the_lifecycle(cli):
    number = create(cli)["number"]
    assert cli("ticket", "transition", number, "已核实")[0] == 0
    assert cli("ticket", "edit", number, stdin='{"category": "logistics", '
                                              '"subcategory": "damaged"}')[0] == 0
    assert cli("ticket", "transition", number, "classified", "--expect-version", "3")[0] == 0
    code, out, _ = cli("ticket", "transition", number, "assigned", "--assignee", "admin")
    moved = json.loads(out)
    assert code == 0 and moved["state"] == "assigned" and moved["assignee"] == "admin"
    assert moved["version"] == 5 and moved["subcategory"] == "logistics.damaged"


def test_refused_transition_names_current_and_allowed_states(cli):
    number = create(cli)["number"]
    before = counts()
    assert_refused(cli("ticket", "transition", number, "closed"),
                   "received (已受理)", "closed", "verified (已核实)", "rejected (已驳回)")
    assert counts() == before


def test_rejected_needs_a_reason(cli):
    number = create(cli)["number"]
    before = counts()
    assert_refused(cli("ticket", "transition", number, "rejected"), "reason:")
    assert counts() == before
    code, out, _ = cli("ticket", "transition", number, "已驳回", "--reason", "超过保修期")
    assert code == 0 and json.loads(out)["state_reason"] == "超过保修期"


@pytest.mark.parametrize("action", [
    ("transition", "rejected", "--reason", "重复"), ("edit", "--json", "-"),
    ("attach", str(RED_PNG))])
def test_expect_version_conflict_writes_nothing(cli, action):
    number = create(cli)["number"]
    cli("ticket", "transition", number, "verified")
    before = counts()
    cmd, *rest = action
    code, out, err = cli("ticket", cmd, number, *rest, "--expect-version", "1",
                         stdin='{"priority": "urgent"}')
    assert_refused((code, out, err), "version 1", "version 2", code=1)
    assert counts() == before
    shown = json.loads(cli("ticket", "show", number, "--json")[1])
    assert shown["version"] == 2 and shown["priority"] == "normal" and shown["attachments"] == []


def test_edit_changes_only_given_fields_and_corrects_the_customer(cli):
    made = create(cli)
    code, out, _ = cli("ticket", "edit", made["number"], stdin=json.dumps(
        {"priority": "紧急", "customer": {"phone": "13700001111"}, "logistics": {"waybill": "SF1"}}))
    edited = json.loads(out)
    assert code == 0 and edited["version"] == 2 and edited["priority"] == "urgent"
    assert edited["customer"]["phone"] == "137****1111" and edited["customer"]["name"] == "欧阳娜娜"
    revealed = json.loads(cli("ticket", "show", made["number"], "--json", "--reveal")[1])
    assert revealed["customer"]["phone"] == "13700001111"
    assert edited["logistics"] == {**made["logistics"], "waybill": "SF1"}
    assert edited["problem"] == made["problem"] and counts()[1] == 1
    assert_refused(cli("ticket", "edit", made["number"], stdin='{"channel": "qq"}'), "channel:")


def test_attach_photo_and_refuse_wrong_or_oversize_files(cli, tmp_path, monkeypatch):
    number = create(cli)["number"]
    code, out, _ = cli("ticket", "attach", number, str(RED_PNG))
    attached = json.loads(out)
    assert code == 0 and attached["version"] == 2
    assert [a["mime"] for a in attached["attachments"]] == ["image/png"]
    fake = tmp_path / "x.jpg"
    fake.write_text("not a photo at all")
    before = counts()
    assert_refused(cli("ticket", "attach", number, str(fake)), "attachment:", "x.jpg")
    monkeypatch.setattr("aftersales_desktop.services.attachments.MAX_IMAGE_BYTES", 10)
    assert_refused(cli("ticket", "attach", number, str(RED_PNG)), "attachment:", "red.png", "MiB")
    assert counts() == before


BAD_CREATE = [
    ('{"channel": "qq",\n "customer": }', "line 2 column 14"),
    (json.dumps([TICKET]), "ticket: 工单数据应为 JSON 对象"),
    (json.dumps({**TICKET, "customer": {"email": "a@b.cn"}}), "customer.phone:"),
    (json.dumps({**TICKET, "customer": {"phone": "12345"}}), "customer.phone: 请输入大陆手机号"),
    (json.dumps({**TICKET, "channel": "telegram"}), "channel: 无法识别“telegram”"),
    (json.dumps({**TICKET, "order": {"purchased_on": "2026/10/01"}}), "order.purchased_on:"),
    (json.dumps({**TICKET, "received_at": "2026-11-01T09:00"}), "received_at: 时间须带时区"),
    (json.dumps({**TICKET, "attachments": ["{fake}"]}), "attachments: “x.jpg”不是照片或视频"),
    (json.dumps({**TICKET, "attachments": ["{big}"]}), "attachments: “red.png”大小 0.0 MiB"),
    ("", "--json: stdin is empty"),
    (b'{"channel": "\xce\xa2\xd0\xc5"}', "--json: stdin is not UTF-8"),
]


@pytest.mark.parametrize("stdin, message", BAD_CREATE)
def test_bad_create_input_exits_2_and_writes_nothing(cli, tmp_path, monkeypatch, stdin, message):
    create(cli)
    before = counts()
    fake = tmp_path / "x.jpg"
    fake.write_text("hello")
    monkeypatch.setattr("aftersales_desktop.services.attachments.MAX_IMAGE_BYTES", 10)
    if isinstance(stdin, str):
        stdin = stdin.replace("{fake}", str(fake)).replace("{big}", str(RED_PNG))
    assert_refused(cli("ticket", "create", stdin=stdin), message)
    assert counts() == before


def test_bad_json_files_and_options_exit_2(cli, tmp_path):
    number = create(cli)["number"]
    before = counts()
    gbk = tmp_path / "gbk.json"
    gbk.write_bytes(json.dumps({**TICKET, "problem": {"description": "坏了"}},
                               ensure_ascii=False).encode("gbk"))
    cases = [
        (("ticket", "create", "--json", str(tmp_path / "missing.json")), "not found"),
        (("ticket", "create", "--json", str(gbk)), "is not UTF-8"),
        (("ticket", "transition", number, "done"), "state: 无法识别的状态“done”"),
        (("ticket", "list", "--state", "nonsense"), "--state: 无法识别的状态"),
        (("ticket", "list", "--limit", "zero"), "--limit: expected a whole number"),
        (("ticket", "list", "--limit", "0"), "--limit"),
        (("ticket", "transition", number, "verified", "--expect-version", "v2"), "--expect-version"),
        (("ticket", "show", "SH20000101-9999"), "SH20000101-9999 does not exist"),
        (("ticket", "transition", "SH20000101-9999", "verified"), "does not exist"),
        (("ticket", "attach", "SH20000101-9999", str(RED_PNG)), "does not exist"),
        (("--as", "nobody", "ticket", "create", "--json", str(gbk)), "nobody"),
    ]
    for args, message in cases:
        assert_refused(cli(*args), message)
    assert counts() == before


def test_subprocess_create_from_stdin(sqlite_url, tmp_path):
    env = {**os.environ, "AFTERSALES_DATA": str(tmp_path / "data")}
    env.pop("AFTERSALES_DB", None)
    done = subprocess.run(
        [sys.executable, "-m", "aftersales_desktop", "--db", sqlite_url, "ticket", "create"],
        input=json.dumps(TICKET, ensure_ascii=False).encode("utf-8"), capture_output=True,
        env=env, cwd=Path(__file__).parents[2], timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert CHINESE.encode("utf-8") in done.stdout
    made = json.loads(done.stdout.decode("utf-8"))
    assert made["state"] == "received" and made["customer"]["name"] == "欧阳娜娜"
