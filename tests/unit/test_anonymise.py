"""Anonymising a customer (both engines): the person is gone from every row, the audit trail,
the search index, the evidence files and the drafts; the tickets stay for statistics."""
from __future__ import annotations

from pathlib import Path

import pytest
from peewee import DatabaseError

from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.domain.scrub import REDACTED
from aftersales_desktop.services import escalation, personal_data
from aftersales_desktop.services.anonymise import anonymise_customer
from aftersales_desktop.services.attachments import stored_path
from aftersales_desktop.services.drafts import DraftStore
from aftersales_desktop.services.search_index import compact_after_anonymising
from aftersales_desktop.services.ticket_list import TicketFilter, count_tickets
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import create_ticket, update_ticket
from aftersales_desktop.storage.models import Attachment, AuditEvent, Customer, Ticket, database
from tests.unit.auth_helpers import person, refusals

RED_PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red.png"
NAME, PHONE, ORDER, WAYBILL = "王芳", "13912345678", "TB20261101001", "SF1234567890"


def _wang(description: str, **extra) -> str:
    data = {"channel": "hotline",
            "customer": {"name": NAME, "phone": PHONE, "email": "wangfang@qq.com",
                         "region": "上海市浦东新区张江路88号"},
            "order": {"number": ORDER, "product": "电饭煲"},
            "logistics": {"waybill": WAYBILL, "carrier": "顺丰速运"},
            "problem": {"description": description}, **extra}
    return create_ticket(data).number


def _found(text: str) -> int:
    return count_tickets(TicketFilter(search=text))


def _everything_written() -> str:
    """Every text value of the tables the person could be in, as one string."""
    parts = []
    for table in ("customer", "ticket", "audit_event", "escalation", "escalation_entry",
                  "ticket_search", "attachment", "notice"):
        for row in database.execute_sql(f"SELECT * FROM {table}").fetchall():
            parts += [str(v) for v in row if v is not None]
    return "\n".join(parts)


@pytest.fixture
def wang(db):
    first = _wang(f"{NAME}来电：电饭煲外壳破损，回电 139-1234-5678，另一号码 13800001111",
                  attachments=[str(RED_PNG)])
    second = _wang("王女士说第二次又坏了，邮箱 wangfang@qq.com，地址 张江路88号")
    update_ticket(second, {"customer": {"email": "wf@example.com"}})
    escalation.escalate(second, f"{NAME}投诉较急", "联系 13912345678 上门更换", "urgent")
    personal_data.reveal_contact(first, "admin")
    other = create_ticket({"channel": "wechat", "customer": {"name": "李雷", "phone": "13700002222"},
                           "problem": {"description": "同样的电饭煲外壳破损"},
                           "attachments": [str(RED_PNG)]}).number
    customer_id = Ticket.get(Ticket.number == first).customer_id
    return customer_id, [first, second], other


def test_the_person_is_gone_and_the_tickets_stay(wang, db):
    customer_id, (first, second), other = wang
    drafts = DraftStore(db.data_dir)
    drafts.save("entry:admin", {"customer.phone": "139 1234 5678", "problem.description": "x"})
    drafts.save("entry:clerk", {"customer.phone": "13700002222"})
    assert _found(NAME) == 2 and _found(PHONE) == 2 and _found(ORDER) == 2

    report = anonymise_customer(customer_id, "admin")

    assert (report.tickets, report.drafts_removed) == (2, 1)
    for text in (NAME, PHONE, ORDER, WAYBILL, "wangfang", "张江路88号", "5678"):
        assert _found(text) == 0, text
    assert _found("李雷") == 1 and _found("外壳破损") == 2  # others and the problem stay
    written = _everything_written()
    for secret in (NAME, PHONE, "139-1234-5678", "13800001111", "wangfang@qq.com",
                   "wf@example.com", ORDER, WAYBILL, "张江路88号", "王女士"):
        assert secret not in written, secret
    customer = Customer.get_by_id(customer_id)
    assert (customer.name, customer.phone, customer.email, customer.region) == \
        (REDACTED, None, None, None)
    view = get_ticket(first)
    assert view.state == "received" and view.version == 2 and view.attachments == []
    assert view.sections["problem"]["description"].startswith(f"{REDACTED}来电：电饭煲外壳破损")
    assert view.sections["order"]["product"] == "电饭煲"
    assert view.events[-1].action == "anonymise"
    assert drafts.load("entry:admin") is None and drafts.load("entry:clerk") is not None


def test_a_file_another_ticket_uses_stays_on_disk(wang, db):
    customer_id, _, other = wang
    sha = Attachment.get().sha256
    path = stored_path(db.attachments_dir, sha)

    assert anonymise_customer(customer_id, "admin").files_removed == 0
    assert path.is_file() and len(get_ticket(other).attachments) == 1

    other_id = Ticket.get(Ticket.number == other).customer_id
    assert anonymise_customer(other_id, "admin").files_removed == 1
    assert not path.exists()


def test_the_audit_trail_still_refuses_other_changes(wang, db):
    customer_id, _, _ = wang
    anonymise_customer(customer_id, "admin")
    event = AuditEvent.select().order_by(AuditEvent.id).first()
    for change in ({"new_value": "tampered"}, {"action": "x"}, {"new_value": None}):
        with pytest.raises(DatabaseError), database.atomic():
            AuditEvent.update(change).where(AuditEvent.id == event.id).execute()
    with pytest.raises(DatabaseError), database.atomic():
        AuditEvent.delete().where(AuditEvent.id == event.id).execute()


def test_anonymising_needs_the_permission(wang, db):
    customer_id, (first, _), _ = wang
    person("clerk1", "clerk")
    person("boss", "company_manager", department=None)
    with pytest.raises(PermissionDenied):
        anonymise_customer(customer_id, "clerk1")
    assert refusals()[-1].field == "anonymise"
    assert Customer.get_by_id(customer_id).name == NAME
    assert anonymise_customer(customer_id, "boss").tickets == 2


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_no_byte_of_the_person_is_left_in_the_sqlite_file(wang, db):
    customer_id, _, _ = wang
    raw = Path(db.target)

    def file_bytes() -> bytes:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return raw.read_bytes() + Path(f"{raw}-wal").read_bytes()

    assert PHONE.encode() in file_bytes()
    anonymise_customer(customer_id, "admin")
    assert compact_after_anonymising() and not compact_after_anonymising()  # once per change
    data = file_bytes()
    for secret in (NAME, PHONE, ORDER, WAYBILL, "wangfang@qq.com", "张江路88号"):
        assert secret.encode() not in data, secret


def test_callbacks_and_rewards_lose_the_person_too(db, tmp_path):
    import json

    from aftersales_desktop.services.callbacks import record_call
    from aftersales_desktop.services.customer_export import export_customer
    from aftersales_desktop.services.resolution import resolve_ticket
    from aftersales_desktop.services.reward_records import propose
    from tests.unit.callback_helpers import add_callback_crew, open_task, ticket_in_progress

    add_callback_crew()
    number = ticket_in_progress()
    resolve_ticket(number, "repair", f"{NAME}家里已上门更换加热盘", actor="zhang")
    record_call(open_task(number).id, {
        "reached": True, "solved": False, "resolution_score": 2, "attitude_score": 3,
        "customer_words": f"{NAME}说还是不热，有事打 {PHONE} 找我"}, actor="sun")
    propose({"kind": "commendation", "staff": "zhang", "tickets": [number],
             "facts": f"{NAME}（{PHONE}）来电表扬上门维修及时", "measure": "通报表扬"}, "admin")
    customer_id = Ticket.get(Ticket.number == number).customer_id
    export_customer(customer_id, "admin", tmp_path / "before.json")
    (call,) = json.loads((tmp_path / "before.json").read_text(encoding="utf-8"))["callbacks"]
    assert call["customer_words"] == f"{NAME}说还是不热，有事打 139****5678 找我"

    anonymise_customer(customer_id, "admin")

    texts = [v for t in ("callback_attempt", "ticket_resolution", "reward_record")
             for row in database.execute_sql(f"SELECT * FROM {t}").fetchall()
             for v in row if isinstance(v, str)]
    assert any("还是不热" in t for t in texts) and any("加热盘" in t for t in texts)
    assert any("来电表扬上门维修及时" in t for t in texts)
    assert not any(NAME in t or PHONE in t for t in texts)
