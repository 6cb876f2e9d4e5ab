"""Who may call back, see the queue, dial the number and change the settings; both engines."""
import pytest

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.services.callback_queue import callback_queue, load_call, reveal_phone
from aftersales_desktop.services.callback_settings import save_settings
from aftersales_desktop.services.callbacks import record_call
from aftersales_desktop.services.resolution import resolve_ticket
from aftersales_desktop.storage.models import AuditEvent, Department, Staff
from aftersales_desktop.storage.models_callback import CallbackAttempt

from .callback_helpers import HAPPY, add_callback_crew, open_task, ticket_in_progress


@pytest.fixture
def crew(db):
    add_callback_crew()
    for login, name, role, dept in (("qian", "钱多", "classification", "售后部"),
                                    ("zhou", "周运营", "clerk", "运营部")):
        Staff.insert(login=login, name=name, role=role, created_at=utcnow(),
                     department=Department.get(Department.name == dept).id).execute()
    return db


def _refusals() -> int:
    return AuditEvent.select().where(AuditEvent.action == "refused").count()


def test_only_callback_roles_record_and_only_admin_changes_settings(crew):
    number = ticket_in_progress()
    with pytest.raises(PermissionDenied):
        resolve_ticket(number, "repair", "已维修", actor="qian")  # classification: no 标记解决
    resolve_ticket(number, "repair", "已维修", actor="zhang")
    task = open_task(number)
    before = _refusals()
    with pytest.raises(PermissionDenied, match="回访"):
        record_call(task.id, HAPPY, actor="qian")
    assert _refusals() == before + 1 and CallbackAttempt.select().count() == 0
    with pytest.raises(PermissionDenied):
        save_settings({"max_attempts": 5}, actor="sun")
    record_call(task.id, HAPPY, actor="li")  # the supervisor may call back too


def test_the_queue_follows_scope_and_the_number_is_revealed_with_an_audit_event(crew):
    number = ticket_in_progress()
    resolve_ticket(number, "repair", "已维修", actor="zhang")
    task = open_task(number)
    assert callback_queue("zhou", scope="all") == []  # 运营部 does not see 售后部's ticket
    with pytest.raises(PermissionDenied):
        load_call(task.id, "zhou")
    call = load_call(task.id, "sun")
    assert call.customer_phone == mask_phone("13912345678")
    reveals = AuditEvent.select().where(AuditEvent.action == "reveal")
    assert reveal_phone(task.id, "sun") == "13912345678"
    assert reveals.count() == 1 and "回访拨号" in reveals.get().new_value
    ops = Department.get(Department.name == "运营部")
    save_settings({"assign_to": "group", "group": "运营部"}, actor="admin")
    other = ticket_in_progress(phone="13800000009")
    resolve_ticket(other, "repair", "已维修", actor="zhang")
    group_task = open_task(other)
    assert group_task.group_id == ops.id
    assert [r.number for r in callback_queue("zhou")] == [other]  # the group's call is theirs
    record_call(group_task.id, HAPPY, actor="zhou")
