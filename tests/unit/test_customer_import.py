"""导入客户与订单: Chinese headers, per-row problems by row and column, 新增/更新 by phone,
all or nothing on both engines, GBK and UTF-8 CSV, the permission, the audit trail, the CLI."""
from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import Workbook

from aftersales_desktop.cli.main import main
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services import customer_import
from aftersales_desktop.services.customer_import import import_file, read_preview
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import AuditEvent, Customer
from aftersales_desktop.storage.models_orders import CustomerOrder
from tests.unit.auth_helpers import person, refusals

HEADER = ("客户姓名", "手机号", "地区", "地址", "订单号", "商品", "型号", "购买日期", "购买渠道", "备注")
GOOD = [
    ("王芳", "139 1234 5678", "上海", "浦东新区张江路88号", "TB001", "电饭煲", "MB-40",
     date(2026, 11, 1), "网店", "老客户"),
    ("王芳", "13912345678", None, None, "TB002", "电水壶", None, "2026/11/3", "直播间", None),
    ("李雷", 13800001111, "北京市", None, None, None, None, None, None, None),
]


def xlsx(path, rows, header=HEADER):
    book = Workbook()
    sheet = book.active
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def snapshot() -> dict:
    return {"customers": Customer.select().count(), "orders": CustomerOrder.select().count(),
            "events": AuditEvent.select().count()}


def test_preview_says_new_and_update_and_import_writes_it(db, tmp_path):
    create_ticket({"channel": "hotline", "customer": {"name": "李", "phone": "13800001111"},
                   "problem": {"description": "外壳破损"}})
    preview = read_preview(xlsx(tmp_path / "客户.xlsx", GOOD), "admin")

    assert preview.errors == [] and preview.ignored == ["备注"]
    assert [r.action_text for r in preview.rows] == [
        "新增 · 订单新增", "同第 2 行 · 订单新增", "更新（客户姓名、地区）"]
    assert preview.rows[0].phone_shown == "139****5678"
    assert snapshot()["orders"] == 0  # a preview writes nothing

    result = import_file(tmp_path / "客户.xlsx", "admin")

    assert (result.added, result.updated, result.orders) == (1, 1, 2)
    wang = Customer.get(Customer.phone == "13912345678")
    assert (wang.name, wang.region) == ("王芳", "上海浦东新区张江路88号")
    assert Customer.get(Customer.phone == "13800001111").name == "李雷"  # merged, not doubled
    assert Customer.select().count() == 2
    orders = {o.order_number: o for o in CustomerOrder.select()}
    assert orders["TB002"].purchased_on == date(2026, 11, 3)
    assert orders["TB001"].customer_id == orders["TB002"].customer_id == wang.id
    summary = AuditEvent.get(AuditEvent.action == "import")
    assert summary.new_value == "导入客户与订单（客户.xlsx）：新增客户 1 位，更新 1 位，订单 2 张"
    assert AuditEvent.select().where((AuditEvent.entity == "customer")
                                     & (AuditEvent.action == "update")).count() == 2

    again = read_preview(tmp_path / "客户.xlsx", "admin")  # the same file once more: nothing new
    assert [r.customer_action for r in again.rows] == ["不变", "同第 2 行", "不变"]
    assert {r.order_action for r in again.rows} == {"不变", ""}


def test_problems_are_named_by_row_and_column(db, tmp_path):
    rows = [
        ("王芳", "12345", None, None, "TB001", "电饭煲", None, "2026-13-01", None, None),
        (None, "13912345679", None, None, None, None, None, None, None, None),
        ("张三", "13912345670", None, None, "TB003", None, None, "2099-01-01", None, None),
        ("张三", "13912345670", None, None, None, None, None, None, None, None),
        ("赵四", "13912345671", None, None, "TB003", None, None, None, None, None),
        ("钱五", "13912345672", None, None, None, "电饭煲", None, None, None, None),
        ("张叁", "13912345670", None, None, "TB009", None, None, None, None, None),
    ]
    preview = read_preview(xlsx(tmp_path / "bad.xlsx", rows), "admin")
    texts = [p.text() for p in preview.errors]
    assert texts[0].startswith("第 2 行 手机号：“12345”不是有效的手机号")
    assert texts[1].startswith("第 2 行 购买日期：“2026-13-01”不是日期")
    assert "第 3 行 客户姓名：请填写客户姓名" in texts
    assert "第 4 行 购买日期：2099-01-01 晚于今天" in texts
    assert "第 5 行 手机号：与第 4 行重复（同一手机号，也都没有订单）" not in texts  # row 4 has an order
    assert "第 6 行 订单号：订单号 TB003 与第 4 行重复" in texts
    assert "第 7 行 订单号：填写了商品，但没有订单号" in texts
    assert any(t.startswith("第 8 行 客户姓名：与第 4 行同一手机号，但客户姓名不同") for t in texts)
    before = snapshot()
    with pytest.raises(ValidationError, match="没有导入任何内容"):
        import_file(tmp_path / "bad.xlsx", "admin")
    assert snapshot() == before


def test_missing_columns_and_files_that_are_not_tables(db, tmp_path):
    preview = read_preview(xlsx(tmp_path / "a.xlsx", [("x",)], header=("姓名", "邮箱")), "admin")
    assert [p.text() for p in preview.errors] == ["第 1 行 手机号：找不到“手机号”一列（表头可写作 手机号 或 电话）"]
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ValidationError, match="另存为 .xlsx"):
        read_preview(tmp_path / "old.xls", "admin")
    (tmp_path / "fake.xlsx").write_text("not a workbook")
    with pytest.raises(ValidationError, match="不是可读的 Excel"):
        read_preview(tmp_path / "fake.xlsx", "admin")


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_in_the_encodings_chinese_excel_saves(db, tmp_path, encoding):
    text = "姓名,电话,收货地址,订单编号,下单时间\r\n王芳,13912345678,上海市浦东新区张江路88号,TB001,2026-11-01 10:22:33\r\n"
    path = tmp_path / "订单.csv"
    path.write_bytes(text.encode(encoding))
    preview = read_preview(path, "admin")
    assert preview.errors == [] and preview.encoding == ("gb18030" if encoding == "gbk" else encoding)
    import_file(path, "admin")
    order = CustomerOrder.get()
    assert (order.customer.name, order.customer.region, order.purchased_on) == (
        "王芳", "上海市浦东新区张江路88号", date(2026, 11, 1))


def test_a_write_failing_half_way_leaves_nothing(db, tmp_path, monkeypatch):
    """Both engines: the second customer's write fails after the first was written."""
    real = customer_import._write_order
    calls = []

    def failing(*args):
        calls.append(args)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args)
    monkeypatch.setattr(customer_import, "_write_order", failing)
    before = snapshot()
    with pytest.raises(RuntimeError):
        import_file(xlsx(tmp_path / "客户.xlsx", GOOD), "admin")
    assert snapshot() == before and len(calls) == 2


def test_an_order_of_another_customer_is_refused(db, tmp_path):
    import_file(xlsx(tmp_path / "a.xlsx", GOOD[:1]), "admin")
    other = [("李雷", "13800001111", None, None, "TB001", None, None, None, None, None)]
    preview = read_preview(xlsx(tmp_path / "b.xlsx", other), "admin")
    assert [p.text() for p in preview.errors] == ["第 2 行 订单号：订单号 TB001 已属于另一位客户（139****5678）"]


def test_permission_and_scope(db, tmp_path):
    person("clerk1", "clerk")
    path = xlsx(tmp_path / "a.xlsx", GOOD)
    with pytest.raises(PermissionDenied):
        read_preview(path, "clerk1")
    with pytest.raises(PermissionDenied):
        import_file(path, "clerk1")
    assert [e.field for e in refusals()] == ["import_data", "import_data"]
    person("sup_wl", "supervisor", "仓储物流部")
    create_ticket({"channel": "hotline", "customer": {"name": "李", "phone": "13800001111"},
                   "problem": {"description": "外壳破损"}})  # taken by admin, 售后部 unknown
    preview = read_preview(path, "sup_wl")
    assert [p.text() for p in preview.errors] == [
        "第 4 行 手机号：已有此手机号的客户，但其工单都不在您的查看范围内，不能更新"]


def test_cli_import_customers(db_url, data_dir, tmp_path, capsys):
    path = xlsx(tmp_path / "客户.xlsx", GOOD)
    assert main(["--db", db_url, "import", "customers", str(path), "--dry-run"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"rows": 3, "new": 2, "update": 0, "orders": 2, "errors": 0,
                   "imported": False, "dry_run": True}
    assert Customer.select().count() == 0
    assert main(["--db", db_url, "import", "customers", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["customers_added"] == 2
    bad = xlsx(tmp_path / "bad.xlsx", [("王芳", "123", None, None, None, None, None, None, None, None)])
    assert main(["--db", db_url, "import", "customers", str(bad)]) == 2
    out = capsys.readouterr().out
    assert out.startswith("第 2 行 手机号：") and json.loads(out.splitlines()[-1])["imported"] is False


def test_imported_customers_are_found_and_removed_for_personal_data_requests(db, tmp_path):
    from aftersales_desktop.services.anonymise import anonymise_customer
    from aftersales_desktop.services.customer_lookup import find_customers

    import_file(xlsx(tmp_path / "a.xlsx", GOOD[:2]), "admin")
    (found,) = find_customers("TB002", "admin")  # by an imported order's number, no ticket
    assert (found.name, found.tickets, found.phone) == ("王芳", 0, "139****5678")
    assert [m.id for m in find_customers("13912345678", "admin")] == [found.id]
    anonymise_customer(found.id, "admin")
    assert CustomerOrder.select().count() == 0
    assert Customer.get_by_id(found.id).phone is None
    values = " ".join(f"{e.old_value} {e.new_value}" for e in AuditEvent.select())
    assert "TB002" not in values and "13912345678" not in values and "张江路" not in values
