"""Hand-made tickets for the statistics tests: every value that a dashboard figure reads
(received time, category, department, handler, carrier, first resolution, time limits, the
callbacks) is set here directly, so the expected counts can be counted by hand."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from aftersales_desktop.domain.clock import SHANGHAI, utcnow
from aftersales_desktop.services import ticket_stats
from aftersales_desktop.storage.models import Category, Customer, Department, Staff, Ticket
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask, Resolution
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

NOW = datetime(2026, 12, 1, 4, 0)  # naive UTC: 2026-12-01 12:00 in Shanghai
_serial = [0]


def utc(local: str) -> datetime:
    """'2026-11-03 10:00' Shanghai time as the naive UTC the database stores."""
    moment = datetime.fromisoformat(local).replace(tzinfo=SHANGHAI)
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def staff_id(login: str) -> int:
    return Staff.get(Staff.login == login).id


def add_ticket(received: str, category: str | None = "quality", department: str | None = "售后部",
               handler: str | None = "zhang", carrier: str | None = None, state: str = "closed",
               resolved_h: float | None = None, limits: tuple = (), calls: tuple = (),
               taker: str = "li") -> str:
    """A ticket received at `received` (Shanghai). `limits`: (hours to due, hours to met or
    None) from receipt; `calls`: (hours after receipt, reached, satisfied, resolution score,
    attitude score)."""
    _serial[0] += 1
    number = f"SH20261101-{_serial[0]:04d}"
    at = utc(received)
    customer = Customer.insert(name="王芳", phone=f"1391234{_serial[0]:04d}",
                               created_at=at).execute()
    ticket = Ticket.insert(
        number=number, state=state, channel="hotline", received_at=at, created_at=at,
        updated_at=at, created_by=staff_id(taker), customer=customer,
        category=Category.get(Category.code == category).id if category else None,
        department=Department.get(Department.name == department).id if department else None,
        assignee=staff_id(handler) if handler else None, carrier=carrier,
        description="测试工单").execute()
    if resolved_h is not None:
        for extra in (0, 30):  # reopened and resolved again: the first counts
            Resolution.insert(ticket=ticket, how="repair", note="已维修",
                              resolved_at=at + timedelta(hours=resolved_h + extra),
                              staff=staff_id("admin")).execute()
    for kind, (due_h, met_h) in zip(("first_reply", "solution", "report"), limits):
        TicketDeadlineRow.insert(
            ticket=ticket, kind=kind, due_at=at + timedelta(hours=due_h), limit_label="测试",
            met_at=at + timedelta(hours=met_h) if met_h is not None else None).execute()
    if calls:
        task = CallbackTask.insert(ticket=ticket, kind="callback", available_at=at, due_at=at,
                                   assignee=staff_id("admin"),
                                   max_attempts=3, created_at=at).execute()
        for no, (after_h, reached, satisfied, res, att) in enumerate(calls, start=1):
            CallbackAttempt.insert(
                task=task, ticket=ticket, attempt_no=no, at=at + timedelta(hours=after_h),
                staff=staff_id("admin"), reached=reached, satisfied=satisfied,
                solved=satisfied, resolution_score=res, attitude_score=att,
                unreached_reason=None if reached else "无人接听").execute()
    ticket_stats.refresh([ticket])  # as the services do in the transaction of each change
    return number


def add_handlers() -> None:
    for login, name, department in (("zhang", "张伟", "售后部"), ("li", "李娜", "仓储物流部")):
        Staff.insert(login=login, name=name, role="handler", created_at=utcnow(),
                     department=Department.get(Department.name == department).id).execute()
