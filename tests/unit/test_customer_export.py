"""Export of one customer (JSON and Excel): masked by default, unmasked only with the permission,
scoped to the tickets the exporter sees, audited."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services.customer_export import export_customer
from aftersales_desktop.services.customer_lookup import find_customers
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import AuditEvent, Department, Ticket
from tests.unit.auth_helpers import person, refusals

PHONE = "13912345678"


@pytest.fixture
def customer(db):
    first = create_ticket({"channel": "wechat", "customer": {
        "name": "王芳", "phone": PHONE, "email": "wangfang@qq.com", "region": "上海市浦东新区张江路88号"},
        "order": {"number": "TB20261101001", "product": "电饭煲"},
        "problem": {"description": "外壳破损，回电 139-1234-5678"}}).number
    second = create_ticket({"channel": "hotline", "customer": {"phone": PHONE},
                            "problem": {"description": "第二次投诉"}}).number
    logistics = Department.get(Department.name == "仓储物流部").id
    Ticket.update(department=logistics).where(Ticket.number == second).execute()
    return Ticket.get(Ticket.number == first).customer_id, first, second


def test_json_export_is_masked_and_complete(customer, tmp_path):
    customer_id, first, second = customer
    report = export_customer(customer_id, "admin", tmp_path / "王芳.json")

    data = json.loads((tmp_path / "王芳.json").read_text(encoding="utf-8"))
    assert report.tickets == 2 and report.masked and data["masked"] is True
    assert data["customer"]["phone"] == "139****5678"
    assert data["customer"]["email"] == "w***@qq.com"
    assert data["customer"]["region"] == "上海市浦东新区****"
    assert [t["number"] for t in data["tickets"]] == [first, second]
    assert data["tickets"][0]["description"] == "外壳破损，回电 139****5678"
    assert {e["ticket"] for e in data["events"]} == {first, second}
    text = json.dumps(data, ensure_ascii=False)
    assert PHONE not in text and "张江路" not in text and "wangfang@" not in text
    event = AuditEvent.select().where(AuditEvent.action == "export").get()
    assert (event.entity, event.entity_id, event.field) == ("customer", customer_id, "json")
    assert "已隐去" in event.new_value


def test_excel_export_has_chinese_sheets_and_headers(customer, tmp_path):
    customer_id, first, _ = customer
    export_customer(customer_id, "admin", tmp_path / "out.xlsx")

    book = load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames == ["客户", "工单", "处理记录", "证据", "升级", "回访"]
    tickets = list(book["工单"].values)
    assert tickets[0][:4] == ("工单号", "受理时间", "受理渠道", "状态")
    assert tickets[1][0] == first and tickets[1][2] == "微信" and tickets[1][3] == "已受理"
    cells = [str(v) for sheet in book for row in sheet.values for v in row if v is not None]
    assert "139****5678" in cells and not any(PHONE in c for c in cells)


def test_unmasked_needs_the_reveal_permission(customer, tmp_path):
    customer_id, _, _ = customer
    person("analyst1", "analyst")
    with pytest.raises(PermissionDenied):
        export_customer(customer_id, "analyst1", tmp_path / "x.json", unmasked=True)
    assert refusals()[-1].field == "reveal_personal" and not (tmp_path / "x.json").exists()
    export_customer(customer_id, "admin", tmp_path / "full.json", unmasked=True)
    data = json.loads((tmp_path / "full.json").read_text(encoding="utf-8"))
    assert data["customer"]["phone"] == PHONE and data["masked"] is False


def test_export_is_scoped_and_refused_without_the_permission(customer, tmp_path):
    customer_id, first, second = customer
    person("sup1", "supervisor", department="仓储物流部")
    person("clerk1", "clerk")
    export_customer(customer_id, "sup1", tmp_path / "sup.json")
    data = json.loads((tmp_path / "sup.json").read_text(encoding="utf-8"))
    assert [t["number"] for t in data["tickets"]] == [second]
    assert [m.tickets for m in find_customers(PHONE, "sup1")] == [1]
    with pytest.raises(PermissionDenied):
        export_customer(customer_id, "clerk1", tmp_path / "clerk.json")
    assert refusals()[-1].field == "export"
    with pytest.raises(ValidationError):
        export_customer(customer_id, "admin", tmp_path / "x.pdf")


def test_customers_are_found_by_phone_ticket_order_or_name(customer):
    customer_id, first, _ = customer
    for text in ("139 1234 5678", first, "TB20261101001", "王芳"):
        assert [(m.id, m.tickets, m.phone) for m in find_customers(text, "admin")] == \
            [(customer_id, 2, "139****5678")], text
    assert find_customers("李雷", "admin") == []
