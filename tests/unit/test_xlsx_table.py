from datetime import datetime, timezone

import pytest
from openpyxl import load_workbook

from aftersales_desktop.services import xlsx_table
from aftersales_desktop.services.xlsx_table import Sheet, write_workbook


def test_rows_headers_and_values(tmp_path):
    path = tmp_path / "out.xlsx"
    at = datetime(2026, 11, 30, 16, 5, tzinfo=timezone.utc)
    count = write_workbook(path, [Sheet("工单/列表", ["工单号", "受理时间", "逾期"],
                                        ((f"SH-{i}", at, i % 2 == 0) for i in range(3)))])
    assert count == 3
    book = load_workbook(path)
    sheet = book["工单_列表"]
    rows = list(sheet.values)
    assert rows[0] == ("工单号", "受理时间", "逾期")
    assert rows[1] == ("SH-0", datetime(2026, 12, 1, 0, 5), "是")
    assert rows[2][2] == "否"
    assert len(rows) == 4


def test_long_lists_continue_on_next_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_table, "MAX_SHEET_ROWS", 2)
    path = tmp_path / "out.xlsx"
    assert write_workbook(path, [Sheet("统计", ["n"], ([i] for i in range(5)))]) == 5
    book = load_workbook(path)
    assert book.sheetnames == ["统计", "统计 续1", "统计 续2"]
    assert [r[0] for r in book["统计 续2"].values] == ["n", 4]


def test_same_titles_are_made_unique_and_nothing_is_refused(tmp_path):
    path = tmp_path / "out.xlsx"
    write_workbook(path, [Sheet("表" * 40, ["a"], []), Sheet("表" * 40, ["a"], [])])
    names = load_workbook(path).sheetnames
    assert len(names) == 2 and len(set(names)) == 2 and all(len(n) <= 31 for n in names)
    with pytest.raises(ValueError):
        write_workbook(path, [])
