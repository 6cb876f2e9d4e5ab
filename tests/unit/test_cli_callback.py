"""`aftersales ticket resolve` and `aftersales callback …` in-process, on both engines."""
from __future__ import annotations

import json

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.storage.models import Ticket
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask

from .callback_helpers import add_callback_crew, ticket_in_progress


@pytest.fixture
def cli(db, db_url, capsys):
    add_callback_crew()

    def run(*args, actor="sun"):
        code = main(["--db", db_url, "--as", actor, *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_resolve_then_record_calls_from_the_command_line(cli):
    number = ticket_in_progress()
    code, out, err = cli("ticket", "resolve", number, "--how", "维修", "--note", "已更换加热盘",
                         actor="zhang")
    assert code == 0, err and json.loads(out)["state"] == "resolved"
    code, out, _ = cli("callback", "list")
    assert code == 0 and number in out and "0/3" in out
    code, out, _ = cli("callback", "show", number)
    assert "已更换加热盘" in out and "真诚地向您道歉" in out
    code, out, err = cli("callback", "record", number, "--reached", "否", "--reason", "占线")
    assert code == 0, err
    assert json.loads(out)["step"] == "retry" and json.loads(out)["attempts"] == 1
    code, _, err = cli("callback", "record", number, "--reached", "yes", "--solved", "yes",
                       "--resolution", "9", "--attitude", "5")
    assert code == 2 and "resolution_score" in err
    task = CallbackTask.get()
    code, out, err = cli("callback", "record", str(task.id), "--reached", "yes", "--solved",
                         "是", "--resolution", "5", "--attitude", "4", "--words", "很好",
                         "--expect-attempts", "1", "--revisit-days", "60")
    assert code == 0, err
    assert json.loads(out)["ticket_state"] == "closed"
    assert Ticket.get().state == "closed" and CallbackAttempt.select().count() == 2
    assert sorted(t.revisit_days for t in CallbackTask.select().where(
        CallbackTask.kind == "revisit")) == [7, 30, 60]
    code, out, _ = cli("callback", "list", "--waiting", "--json")
    assert [r["revisit_days"] for r in json.loads(out)] == [7, 30, 60]
    code, out, _ = cli("callback", "summary", "--by", "handler")
    assert json.loads(out)[0]["label"] == "张伟" and json.loads(out)[0]["count"] == 1
    code, _, err = cli("callback", "summary", "--from", "11/01")
    assert code == 2 and "--from" in err
    code, _, err = cli("callback", "record", "SH19990101-0001", "--reached", "no")
    assert code == 2 and "no open callback" in err
