"""`aftersales print …`: each document to a file; bad input exits 2 naming the field, no file."""
from __future__ import annotations

import json

import pytest

from aftersales_desktop.cli.main import main
from tests.unit.pdf_checks import pages_text
from tests.unit.printing_helpers import build_office


@pytest.fixture
def office_cli(sqlite_url, capsys):
    assert main(["--db", sqlite_url, "init"]) == 0
    office = build_office()
    capsys.readouterr()

    def run(*args):
        code = main(["--db", sqlite_url, "print", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return office, run


def test_every_document_to_a_file(office_cli, tmp_path):
    office, run = office_cli
    jobs = {"register.pdf": ("register", "--from", office.first_day.isoformat(), "--to",
                             office.last_day.isoformat(), "--category", "logistics"),
            "ticket.pdf": ("ticket", office.quality),
            "exception.pdf": ("exception-report", office.logistics),
            "blank.pdf": ("blank-form", "--copies", "3")}
    for name, args in jobs.items():
        target = tmp_path / name
        code, out, err = run(*args, "-o", str(target))
        assert code == 0, err
        assert json.loads(out)["output"] == str(target) and target.stat().st_size > 1000
    register = "".join(pages_text((tmp_path / "register.pdf").read_bytes()))
    assert office.logistics in register and office.quality not in register
    assert "打印人系统管理员" in register
    assert office.quality in "".join(pages_text((tmp_path / "ticket.pdf").read_bytes()))
    assert len(pages_text((tmp_path / "blank.pdf").read_bytes())) == 3


@pytest.mark.parametrize("args, field", [
    (("register", "--from", "2026-13-01", "--to", "2026-12-01"), "from"),
    (("register", "--from", "2026-12-01", "--to", "12/31"), "to"),
    (("register", "--from", "2026-12-01", "--to", "2026-11-01"), "to"),
    (("register", "--from", "2026-11-01", "--to", "2026-12-01", "--state", "飞了"), "state"),
    (("register", "--from", "2026-11-01", "--to", "2026-12-01", "--category", "x"), "category"),
    (("blank-form", "--copies", "many"), "copies"),
    (("blank-form", "--copies", "99"), "copies"),
    (("ticket", "SH19990101-0001"), "SH19990101-0001"),
    (("exception-report", "   "), "number"),
])
def test_bad_input_exits_2_naming_the_field_and_writes_nothing(office_cli, tmp_path, args, field):
    _, run = office_cli
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = run(*args, "-o", str(out / "x.pdf"))
    assert code == 2 and field in err and err.startswith("aftersales: ")
    assert list(out.iterdir()) == []


def test_full_phones_need_the_permission(office_cli, tmp_path, sqlite_url, capsys):
    office, _ = office_cli
    target = tmp_path / "ticket.pdf"
    args = ["--db", sqlite_url, "--as", "zhang", "print", "ticket", office.quality,
            "--unmasked", "-o", str(target)]
    assert main(args) == 3 and not target.exists()
    assert "打印完整个人信息" in capsys.readouterr().err
    args[3] = "li"  # a supervisor
    assert main(args) == 0 and "13912345678" in "".join(pages_text(target.read_bytes()))


def test_an_unwritable_output_names_it(office_cli, tmp_path):
    _, run = office_cli
    code, _, err = run("blank-form", "-o", str(tmp_path / "missing" / "x.pdf"))
    assert code == 2 and "output" in err
    code, _, err = run("blank-form", "-o", str(tmp_path))
    assert code == 2 and "folder" in err


def test_missing_output_is_refused_by_the_parser(office_cli):
    _, run = office_cli
    with pytest.raises(SystemExit) as caught:
        run("blank-form")
    assert caught.value.code == 2
