"""内部监督抽查: only tickets closed in the period, random but the same for the same seed,
filters, reviews with findings, audit events, permission refused in the service."""
from __future__ import annotations

import random
from datetime import date

import pytest

from aftersales_desktop.domain.errors import ConflictError, PermissionDenied, ValidationError
from aftersales_desktop.services.spot_checks import (
    draw_sample, record_review, spot_checks, spot_items,
)
from aftersales_desktop.storage.models import AuditEvent, Ticket
from aftersales_desktop.storage.models_spot_check import SpotCheck, SpotCheckItem

from .auth_helpers import person, refusals
from .statistics_helpers import add_handlers, add_ticket, staff_id, utc

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def close(number: str, local: str) -> None:
    ticket = Ticket.get(Ticket.number == number)
    AuditEvent.insert(ticket=ticket.id, entity="ticket", entity_id=ticket.id,
                      action="transition", field="state", old_value="callback",
                      new_value="closed", staff=staff_id("admin"), at=utc(local)).execute()


@pytest.fixture
def closed(db):
    """Twelve tickets closed in November (four of them logistics of 仓储物流部), and some that
    are not: closed in October, closed in November and then reopened, still open."""
    add_handlers()
    numbers = []
    for i in range(12):
        logistics = i % 3 == 0
        number = add_ticket(f"2026-10-{i + 10} 09:00", "logistics" if logistics else "quality",
                            "仓储物流部" if logistics else "售后部")
        close(number, f"2026-11-{i + 1:02d} 10:00")
        numbers.append(number)
    close(add_ticket("2026-10-01 09:00"), "2026-10-31 23:00")  # Shanghai: October
    reopened = add_ticket("2026-10-02 09:00", state="reopened")
    close(reopened, "2026-11-05 10:00")
    add_ticket("2026-11-03 09:00", state="in_progress")
    return numbers


def sampled(check) -> list[str]:
    return [item.ticket_number for item in spot_items("admin", check.id)]


def test_the_sample_is_random_but_the_same_for_the_same_seed(closed):
    first = draw_sample("admin", *NOV, 5, seed=7)
    again = draw_sample("admin", *NOV, 5, seed=7)
    other = draw_sample("admin", *NOV, 5, seed=8)
    assert first.population == 12 and first.sample_size == 5
    ids = sorted(Ticket.get(Ticket.number == n).id for n in closed)
    expected = [Ticket.get_by_id(i).number for i in random.Random(7).sample(ids, 5)]
    assert sampled(first) == sampled(again) == expected
    assert sampled(other) != sampled(first) and set(sampled(other)) <= set(closed)
    assert [c.number for c in spot_checks("admin")] == ["NJ2026-0003", "NJ2026-0002",
                                                        "NJ2026-0001"]
    assert first.seed == 7


def test_only_tickets_closed_in_the_period_and_the_filters(closed):
    everything = draw_sample("admin", *NOV, 50)
    assert sorted(sampled(everything)) == sorted(closed)  # fewer closed than asked: all
    logistics = draw_sample("admin", *NOV, 50, category="logistics", department="仓储物流部")
    assert sorted(sampled(logistics)) == sorted(closed[::3])
    assert (logistics.category, logistics.department) == ("物流配送问题", "仓储物流部")
    with pytest.raises(ValidationError) as error:
        draw_sample("admin", date(2026, 9, 1), date(2026, 9, 30), 5)
    assert error.value.field == "from"


@pytest.mark.parametrize("size", ["0", "abc", "201", ""])
def test_a_bad_sample_size_is_refused_and_nothing_is_written(closed, size):
    with pytest.raises(ValidationError) as error:
        draw_sample("admin", *NOV, size)
    assert error.value.field == "size"
    assert SpotCheck.select().count() == 0


def test_a_review_is_recorded_with_its_audit_events(closed):
    person("auditor1", "auditor", None)
    check = draw_sample("auditor1", *NOV, 3, seed=1)
    item = spot_items("auditor1", check.id)[0]
    with pytest.raises(ValidationError) as error:
        record_review("auditor1", item.id, "不合格", " ")
    assert error.value.field == "findings"
    assert SpotCheckItem.get_by_id(item.id).result is None
    done = record_review("auditor1", item.id, "不合格", "回访记录缺少客户原话",
                         expect_version=item.version)
    assert (done.result, done.findings, done.reviewer) == ("fail", "回访记录缺少客户原话",
                                                           "AUDITOR1")
    events = list(AuditEvent.select().where(AuditEvent.action == "spot_review")
                  .order_by(AuditEvent.id))
    assert [(e.field, e.new_value) for e in events] == [("result", "fail"),
                                                        ("findings", "回访记录缺少客户原话")]
    assert events[0].ticket_id == Ticket.get(Ticket.number == item.ticket_number).id
    with pytest.raises(ConflictError):  # a second desk still showing the first version
        record_review("auditor1", item.id, "合格", "", expect_version=item.version)
    assert spot_checks("auditor1")[0].failed == 1
    assert record_review("auditor1", item.id, "合格", "", expect_version=done.version).result \
        == "pass"
    assert spot_checks("auditor1")[0].reviewed == 1 and spot_checks("auditor1")[0].failed == 0


def test_the_spot_check_is_refused_to_a_data_analyst_in_the_service(closed):
    person("analyst1", "analyst", None)
    with pytest.raises(PermissionDenied):
        draw_sample("analyst1", *NOV, 3)
    with pytest.raises(PermissionDenied):
        spot_checks("analyst1")
    assert SpotCheck.select().count() == 0
    assert {e.field for e in refusals()} == {"spot_check"}
