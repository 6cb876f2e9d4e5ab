"""Creating and editing tickets: fields, customers, idempotency, the version check, evidence."""
import re
from pathlib import Path

import pytest

from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.services import attachments
from aftersales_desktop.services.customers import find_by_phone
from aftersales_desktop.services.ticket_list import TicketFilter, list_page
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import add_attachment, create_ticket, update_ticket
from aftersales_desktop.storage.models import Ticket

from .helpers import counts, ticket_json

PNG = str(Path(__file__).parent.parent / "fixtures" / "red.png")


def test_all_intake_fields_round_trip(db):
    data = ticket_json(
        channel="微信", received_at="2026-11-20T09:15:00+08:00", priority="紧急",
        category="物流配送问题", subcategory="货损货差", client_id="wx-001",
        customer={"name": "李娜", "phone": "+86 139-1234-5678", "email": "li@example.cn",
                  "gender": "女", "age_range": "30-39", "region": "上海市浦东新区",
                  "postcode": "200120", "vip": True},
        order={"number": "JD-7788", "product": "冷链生鲜礼盒", "model": "XL", "serial": "SN1",
               "purchased_on": "2026-11-10", "purchase_channel": "直播间",
               "live_session": "双11专场", "live_host": "小美", "service_card": "SC-9"},
        problem={"description": "外箱压扁，三盒少了一盒", "started_on": "2026-11-19",
                 "frequency": "一次"},
        logistics={"waybill": "SF1234567890", "carrier": "顺丰速运", "branch": "浦东分拨中心",
                   "consignment_docs": "托运单 TY-55"},
    )
    out = create_ticket(data).as_json()
    assert re.fullmatch(r"SH20261120-\d{4}", out["number"])
    assert out["received_at"] == "2026-11-20T01:15:00+00:00"
    assert (out["channel"], out["priority"]) == ("wechat", "urgent")
    assert (out["category"], out["subcategory"]) == ("logistics", "logistics.damage_shortage")
    assert out["customer"]["phone"] == "13912345678" and out["customer"]["gender"] == "female"
    assert out["order"] == {**data["order"]}
    assert out["problem"] == data["problem"] and out["logistics"] == data["logistics"]
    assert out["state"] == "received" and out["version"] == 1 and out["events"] == 1


def test_customer_found_again_by_phone_and_recognised_as_repeat(db):
    first = create_ticket(ticket_json())
    assert not first.customer.repeat
    second = create_ticket(ticket_json(customer={"phone": "139 1234 5678", "email": "w@x.cn"}))
    assert second.customer.id == first.customer.id and second.customer.repeat
    found = find_by_phone("+8613912345678")
    assert found.name == "王芳" and found.email == "w@x.cn" and found.ticket_count == 2
    assert find_by_phone("13000000000") is None and find_by_phone("garbage") is None


def test_client_id_makes_create_idempotent(db):
    one = create_ticket(ticket_json(client_id="form-42"))
    before = counts()
    two = create_ticket(ticket_json(client_id="form-42"))
    assert two.number == one.number and counts() == before


def test_edit_is_audited_with_old_and_new(db):
    ticket = create_ticket(ticket_json())
    edited = update_ticket(ticket.number, {"priority": "urgent", "order": {"model": "MB-50"}},
                           actor="admin", expect_version=1)
    assert edited.version == 2
    changes = {(e.field, e.old_value, e.new_value) for e in edited.events if e.action == "update"}
    assert changes == {("priority", "normal", "urgent"), ("model", "MB-40", "MB-50")}
    unchanged = update_ticket(ticket.number, {"priority": "urgent"})
    assert unchanged.version == 2 and len(unchanged.events) == len(edited.events)


def test_saving_over_a_newer_version_conflicts_and_writes_nothing(db):
    ticket = create_ticket(ticket_json())
    update_ticket(ticket.number, {"priority": "low"}, expect_version=1)
    before = counts()
    with pytest.raises(ConflictError) as info:
        update_ticket(ticket.number, {"priority": "urgent"}, expect_version=1)
    assert (info.value.expected_version, info.value.current_version) == (1, 2)
    assert counts() == before and get_ticket(ticket.number).priority == "low"


def test_evidence_is_stored_by_content_hash(db):
    ticket = create_ticket(ticket_json(attachments=[PNG]))
    item = ticket.attachments[0]
    assert item["mime"] == "image/png"
    stored = attachments.stored_path(db.attachments_dir, item["sha256"])
    assert stored.read_bytes() == Path(PNG).read_bytes()
    again = add_attachment(ticket.number, PNG, expect_version=1)
    assert len(again.attachments) == 2 and again.version == 2
    assert len(list(db.attachments_dir.rglob("*"))) == 2  # one folder, one file
    assert any(e.field == "attachment" for e in again.events)


def test_wrong_type_and_oversize_evidence_refused(db, tmp_path, monkeypatch):
    fake = tmp_path / "photo.jpg"
    fake.write_text("这不是图片")
    before = counts()
    with pytest.raises(ValidationError, match="不是照片或视频"):
        create_ticket(ticket_json(attachments=[str(fake)]))
    monkeypatch.setattr(attachments, "MAX_IMAGE_BYTES", 10)
    with pytest.raises(ValidationError, match="这类文件最大"):
        create_ticket(ticket_json(attachments=[PNG]))
    with pytest.raises(ValidationError, match="不是可读取的文件"):
        create_ticket(ticket_json(attachments=[str(tmp_path / "missing.png")]))
    assert counts() == before


@pytest.mark.parametrize("patch, field", [
    ({"channel": "fax"}, "channel"),
    ({"channel": None}, "channel"),
    ({"customer": {"email": "x@y.cn"}}, "customer.phone"),
    ({"customer": {"phone": "12345"}}, "customer.phone"),
    ({"received_at": "2026-11-20 09:15"}, "received_at"),
    ({"received_at": "yesterday"}, "received_at"),
    ({"order": {"purchased_on": "2026-13-01"}}, "order.purchased_on"),
    ({"problem": {"description": "  "}}, "problem.description"),
    ({"category": "天气问题"}, "category"),
    ({"priority": "asap"}, "priority"),
    ({"customr": {}}, "customr"),
    ({"customer": {"name": "王\x00芳"}}, "customer.name"),
])
def test_bad_input_names_the_field_and_writes_nothing(db, patch, field):
    before = counts()
    with pytest.raises(ValidationError) as info:
        create_ticket(ticket_json(**patch))
    assert info.value.field == field
    assert counts() == before


def test_search_by_number_phone_name_order_waybill_and_words(db):
    ticket = create_ticket(ticket_json(logistics={"waybill": "YT998877"}))
    create_ticket(ticket_json(customer={"name": "赵强", "phone": "13700001111"},
                              order={"number": "PDD-1"}, problem={"description": "客服态度很差"}))
    for query in (ticket.number, "13912345678", "5678", "王芳", "TB20261101001",
                  "YT998877", "破损", "加热"):
        assert [r.number for r in list_page(TicketFilter(search=query))] == [ticket.number], query
    assert Ticket.select().count() == 2


def test_customer_edit_that_changes_nothing_keeps_the_version(db):
    ticket = create_ticket(ticket_json())
    same = update_ticket(ticket.number, {"customer": {"name": "王芳"}}, expect_version=1)
    assert same.version == 1 and len(same.events) == len(ticket.events)
    renamed = update_ticket(ticket.number, {"customer": {"name": "王小芳"}}, expect_version=1)
    assert renamed.version == 2 and renamed.customer.name == "王小芳"
    assert any(e.entity == "customer" and e.new_value == "王小芳" for e in renamed.events)


def test_attachment_to_unknown_ticket_stores_no_file(db):
    from aftersales_desktop.domain.errors import NotFoundError

    with pytest.raises(NotFoundError):
        add_attachment("SH20990101-0001", PNG)
    assert not db.attachments_dir.exists() or not any(db.attachments_dir.rglob("*"))
