"""Callback test helpers: the escalation crew plus the clerk who takes the calls, and a ticket
in progress with its handler."""
from __future__ import annotations

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import Department, Staff
from aftersales_desktop.storage.models_callback import CallbackTask

from .escalation_helpers import add_crew

HAPPY = {"reached": True, "solved": True, "resolution_score": 5, "attitude_score": 4,
         "customer_words": "换了新的，用着挺好"}
UNHAPPY = {"reached": True, "solved": False, "resolution_score": 2, "attitude_score": 4,
           "customer_words": "加热盘换了还是不热，饭煮不熟"}
NO_ANSWER = {"reached": False, "unreached_reason": "无人接听"}


def add_callback_crew() -> None:
    add_crew()
    dept = Department.get(Department.name == "售后部")
    Staff.insert(login="sun", name="孙丽", role="clerk", department=dept.id,
                 created_at=utcnow()).execute()


def ticket_in_progress(category="quality", phone="13912345678", taker="sun",
                       handler="zhang") -> str:
    number = create_ticket({"channel": "hotline", "category": category,
                            "customer": {"name": "王芳", "phone": phone, "gender": "female"},
                            "order": {"number": "TB20261101001", "product": "电饭煲"},
                            "problem": {"description": "电饭煲不加热"}}, actor=taker).number
    for target in ("verified", "classified"):
        transition(number, target)
    transition(number, "assigned", assignee=handler)
    transition(number, "in_progress", actor=handler)
    return number


def open_task(number: str, kind: str = "callback") -> CallbackTask:
    from aftersales_desktop.storage.models import Ticket

    ticket = Ticket.get(Ticket.number == number)
    return (CallbackTask.select().where((CallbackTask.ticket == ticket.id)
                                        & (CallbackTask.status == "open")
                                        & (CallbackTask.kind == kind))
            .order_by(CallbackTask.available_at, CallbackTask.id).first())
