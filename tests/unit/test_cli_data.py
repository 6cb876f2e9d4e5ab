"""`aftersales customer …` and `aftersales retention run` on the command line."""
from __future__ import annotations

import json

from aftersales_desktop.cli.main import main
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import Customer
from tests.unit.auth_helpers import person


def _cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_find_export_and_anonymise_a_customer(sqlite_db, tmp_path, capsys):
    db = sqlite_db.target
    create_ticket({"channel": "hotline", "customer": {"name": "王芳", "phone": "13912345678"},
                   "problem": {"description": "外壳破损"}})
    person("clerk1", "clerk")

    code, out, _ = _cli(capsys, "--db", db, "customer", "find", "13912345678")
    (found,) = json.loads(out)
    assert code == 0 and found["phone"] == "139****5678" and found["tickets"] == 1

    code, out, _ = _cli(capsys, "--db", db, "customer", "export", str(found["id"]), "-o",
                        str(tmp_path / "王芳.xlsx"))
    assert code == 0 and json.loads(out)["masked"] is True and (tmp_path / "王芳.xlsx").is_file()
    code, _, err = _cli(capsys, "--db", db, "--as", "clerk1", "customer", "export",
                        str(found["id"]), "-o", str(tmp_path / "x.json"))
    assert code == 3 and "导出数据" in err

    code, _, err = _cli(capsys, "--db", db, "customer", "anonymise", str(found["id"]))
    assert code == 2 and "--yes" in err and Customer.get_by_id(found["id"]).name == "王芳"
    code, out, _ = _cli(capsys, "--db", db, "customer", "anonymise", str(found["id"]), "--yes")
    assert code == 0 and json.loads(out)["tickets"] == 1
    assert Customer.get_by_id(found["id"]).phone is None


def test_retention_run_reports_what_it_did(sqlite_db, capsys):
    code, out, _ = _cli(capsys, "--db", sqlite_db.target, "retention", "run", "--dry-run")
    report = json.loads(out)
    assert code == 0 and report["years"] is None and "未设置保留期限" in report["text"]
