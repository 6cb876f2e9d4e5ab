"""The notice area (listed and marked read only by the owner) and the close rule: an exception
closes only with its written report; on both engines."""
import pytest

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.exception_report import write_report
from aftersales_desktop.services.notices import add_notice, mark_read, notices_for, unread_count
from aftersales_desktop.services.tickets import transition
from aftersales_desktop.storage.models import Staff, Ticket

from .escalation_helpers import add_crew, assigned_ticket
from .helpers import counts


@pytest.fixture
def crew(db):
    add_crew()
    return db


def staff_id(login):
    return Staff.get(Staff.login == login).id


def test_notices_are_written_once_per_key_and_read_only_by_their_owner(crew):
    number = assigned_ticket()
    ticket_id = Ticket.get(Ticket.number == number).id
    assert add_notice(staff_id("zhang"), "deadline_warn", "即将超时", "k1", ticket_id)
    assert not add_notice(staff_id("zhang"), "deadline_warn", "即将超时", "k1", ticket_id)
    assert add_notice(staff_id("li"), "deadline_warn", "即将超时", "k1")
    assert add_notice(staff_id("zhang"), "info", "系统维护", "k2")
    rows = notices_for("zhang")
    assert [(r.ticket_number, r.text) for r in rows] == [(None, "系统维护"), (number, "即将超时")]
    assert rows[0].created_at.endswith("+00:00") and unread_count("zhang") == 2
    with pytest.raises(ValidationError):
        mark_read(rows[1].id, "li")
    mark_read(rows[1].id, "zhang")
    mark_read(rows[1].id, "zhang")
    assert unread_count("zhang") == 1 and [r.text for r in notices_for("zhang")] == ["系统维护"]
    assert len(notices_for("zhang", unread_only=False)) == 2 and unread_count("li") == 1


def close_path(number):
    for target in ("in_progress", "resolved", "callback"):
        transition(number, target)


def test_an_exception_closes_only_with_its_written_report(crew):
    number = assigned_ticket(category="logistics")
    close_path(number)
    before = counts()
    with pytest.raises(ValidationError) as error:
        transition(number, "closed")
    assert error.value.field == "written_report" and counts() == before
    assert Ticket.get(Ticket.number == number).state == "callback"
    write_report(number, "承运商装卸不当", "更换承运商", "加强装卸培训", actor="zhang")
    assert transition(number, "closed").state == "closed"


def test_an_ordinary_ticket_closes_without_a_written_report(crew):
    number = assigned_ticket()
    close_path(number)
    assert transition(number, "closed").state == "closed"
