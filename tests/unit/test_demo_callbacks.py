"""Demo data carries the callback loop: resolutions, callbacks in every stage, revisits."""
from datetime import timedelta

from aftersales_desktop.domain.clock import local_today, utcnow
from aftersales_desktop.domain.states import path_to
from aftersales_desktop.services.callback_queue import callback_queue
from aftersales_desktop.services.demo import generate_demo
from aftersales_desktop.services.integrity import check_database
from aftersales_desktop.services.satisfaction import satisfaction_summary
from aftersales_desktop.services.audit import events_for_ticket
from aftersales_desktop.services.timeline import describe
from aftersales_desktop.storage.models import Ticket
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask, Resolution


def test_demo_tickets_have_the_callbacks_their_state_implies(db):
    generate_demo(300, seed=5)
    now = utcnow()
    resolved = {r.ticket_id for r in Resolution.select()}
    callbacks = {t.ticket_id: t for t in
                 CallbackTask.select().where(CallbackTask.kind == "callback")}
    for ticket in Ticket.select():
        passed = "resolved" in path_to(ticket.state)
        assert (ticket.id in resolved) == passed == (ticket.id in callbacks)
        if not passed:
            continue
        task = callbacks[ticket.id]
        expected = {"resolved": None, "callback": None, "closed": "satisfied",
                    "reopened": "reopened"}[ticket.state]
        assert task.outcome == expected and (task.status == "open") == (expected is None)
        calls = list(CallbackAttempt.select().where(CallbackAttempt.task == task.id)
                     .order_by(CallbackAttempt.attempt_no))
        assert len(calls) == task.attempts and all(c.at <= now for c in calls)
        if expected:
            assert calls[-1].reached and calls[-1].satisfied == (expected == "satisfied")
    revisits = CallbackTask.select().where(CallbackTask.kind == "revisit")
    assert revisits.where(CallbackTask.status == "done").count() > 0
    assert all(Ticket.get_by_id(t.ticket_id).state == "closed" for t in revisits)
    assert callback_queue("admin", scope="all")  # something to call today
    everyone = satisfaction_summary("all", local_today() - timedelta(days=120), local_today())
    assert everyone and 0 < everyone[0].satisfied_share < 1
    closed = Ticket.select().where(Ticket.state == "closed").first()
    words = [describe(e) for e in events_for_ticket(closed.id)]
    assert any("回访结束：客户满意" in w for w in words)
    assert check_database(db) == []
