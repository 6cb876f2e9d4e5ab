"""客诉分析例会资料 as PDF: the hand-counted figures, the charts' labels, the countermeasures,
embedded fonts, page x/y; `print weekly` from the command line, a bad week refused."""
from __future__ import annotations

import json

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.printing import documents
from aftersales_desktop.services.action_items import save_item
from aftersales_desktop.services.company import set_company_name
from tests.unit.pdf_checks import fonts, pages_text
from tests.unit.weekly_helpers import PD, WEEK, build_weeks

COMPANY = "上海示例物流有限公司"


def _meeting() -> None:
    build_weeks()
    set_company_name(COMPANY)
    save_item({"week": "2026-W40", "owner": "admin", "text": "顺丰浦东加固大件包装",
               "deadline": "2026-10-09"}, "admin")
    save_item({"week": WEEK, "owner": "admin", "text": "中通闵行时效约谈",
               "deadline": "2026-10-16", "category": "logistics"}, "admin")


def test_the_pack_prints_its_figures_charts_and_countermeasures(sqlite_db):
    _meeting()
    pdf = documents.weekly_pack_pdf(WEEK)
    pages = pages_text(pdf)
    text = "".join(pages)
    for part in ("客诉分析例会资料", "2026年第41周（10月5日—10月11日）", COMPANY,
                 "本周受理客诉4件，上周2件（+2），前四周平均1.00件", "超时未办结的时限2项",
                 "升级事项1项", "物流配送问题›商品破损", PD, "顺丰速运", "前四周平均",
                 "中通闵行时效约谈", "顺丰浦东加固大件包装", "逾期未完成", "满意率50.0%",
                 "主持人", "记录人", f"第1页/共{len(pages)}页"):
        assert part in text, part
    # the category table row: label, this week, previous, change, 4-week average
    assert "物流配送问题31+20.50" in text
    assert set(fonts(pdf)) and all(fonts(pdf).values())
    assert all(name.endswith(("+DroidSansFallback", "+Roboto-Regular")) for name in fonts(pdf))


def test_print_weekly_from_the_command_line(sqlite_url, capsys, tmp_path):
    assert main(["--db", sqlite_url, "init"]) == 0
    _meeting()
    capsys.readouterr()
    target = tmp_path / "weekly.pdf"
    assert main(["--db", sqlite_url, "print", "weekly", "--week", WEEK, "-o", str(target)]) == 0
    assert json.loads(capsys.readouterr().out)["output"] == str(target)
    assert "中通闵行时效约谈" in "".join(pages_text(target.read_bytes()))


@pytest.mark.parametrize("week", ["2026-47", "2026-W60", ""])
def test_a_bad_week_exits_2_naming_the_field_and_writes_nothing(sqlite_url, capsys, tmp_path,
                                                                week):
    assert main(["--db", sqlite_url, "init"]) == 0
    capsys.readouterr()
    target = tmp_path / "weekly.pdf"
    assert main(["--db", sqlite_url, "print", "weekly", "--week", week, "-o", str(target)]) == 2
    assert "week" in capsys.readouterr().err and not target.exists()
