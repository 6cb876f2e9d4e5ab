"""Fixture data of the weekly meeting tests: ten tickets around 2026-W41 (5–11 October, right
after the National Day holiday that starts in W40), two missed time limits, an escalation,
callbacks, and countermeasures of W40 and W41. The counts the tests expect are counted by hand
from this table."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import Department, Staff, Ticket
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask
from aftersales_desktop.storage.models_escalation import Escalation
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

TODAY = date(2026, 12, 1)
WEEK = "2026-W41"
SF, ZTO = "顺丰速运", "中通快递"
PD, MH = "上海浦东分公司", "上海闵行分公司"
# (Shanghai time received, category, subcategory, branch, carrier, 仓储物流部 handles it)
TICKETS = (
    ("2026-10-05T09:00", "logistics", "商品破损", PD, SF, True),     # W41, a holiday
    ("2026-10-07T14:00", "logistics", "商品破损", PD, SF, True),     # W41, a holiday
    ("2026-10-11T23:30", "logistics", "配送延迟", MH, ZTO, False),   # W41, Sunday night
    ("2026-10-08T10:00", "quality", "产品本身缺陷", None, None, False),  # W41
    ("2026-10-01T10:00", "logistics", "商品破损", PD, SF, False),    # W40, National Day
    ("2026-09-28T00:10", "quality", "产品本身缺陷", None, None, False),  # W40, Monday early
    ("2026-09-16T11:00", "logistics", "配送延迟", MH, ZTO, False),   # W38
    ("2026-09-07T00:05", "service", None, None, None, False),         # W37, Monday early
    ("2026-09-06T23:50", "quality", None, None, None, False),         # W36: not counted
    ("2026-10-12T00:30", "logistics", "配送延迟", MH, ZTO, False),   # W42: not counted
)


def utc(text: str) -> datetime:
    local = datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)
    return local.astimezone(timezone.utc).replace(tzinfo=None)


@dataclass(frozen=True)
class Weeks:
    numbers: list[str]


def build_weeks() -> Weeks:
    logistics = Department.get(Department.name == "仓储物流部").id
    numbers = []
    for index, (at, category, sub, branch, carrier, ours) in enumerate(TICKETS):
        data = {"channel": "hotline", "received_at": at + ":00+08:00", "category": category,
                "customer": {"name": "王芳", "phone": f"1391234{index:04d}"},
                "problem": {"description": f"第{index + 1}张工单的问题描述"}}
        if sub:
            data["subcategory"] = sub
        if branch or carrier:
            data["logistics"] = {k: v for k, v in (("branch", branch), ("carrier", carrier)) if v}
        number = create_ticket(data).number
        if ours:
            Ticket.update(department=logistics).where(Ticket.number == number).execute()
        numbers.append(number)
    ids = {n: Ticket.get(Ticket.number == n).id for n in numbers}
    TicketDeadlineRow.delete().execute()
    for n, due, met in ((0, "2026-10-06T12:00", "2026-10-06T10:00"),  # kept
                        (1, "2026-10-08T12:00", None),                # missed, still open
                        (2, "2026-10-09T12:00", "2026-10-10T09:00"),  # met late
                        (4, "2026-10-02T12:00", None)):               # missed in W40
        TicketDeadlineRow.insert(ticket=ids[numbers[n]], kind="solution", limit_label="解决",
                                 due_at=utc(due), met_at=utc(met) if met else None).execute()
    admin = Staff.get(Staff.login == "admin").id
    for n, at in ((1, "2026-10-08T15:00"), (4, "2026-10-02T09:00")):
        Escalation.insert(ticket=ids[numbers[n]], department=logistics, from_level=1,
                          to_level=2, to_title="客服经理", to_role="supervisor",
                          origin="manual", cause_analysis="承运商装卸不当",
                          proposed_solution="补发", urgency="urgent", status="waiting",
                          created_at=utc(at), created_by=admin).execute()
    for n, at, scores in ((0, "2026-10-09T10:00", (4, 5)), (3, "2026-10-10T10:00", (2, 3)),
                          (5, "2026-10-02T10:00", (5, 5))):
        task = CallbackTask.insert(ticket=ids[numbers[n]], kind="callback", assignee=admin,
                                   available_at=utc(at), due_at=utc(at), max_attempts=3,
                                   created_at=utc(at)).execute()
        CallbackAttempt.insert(task=task, ticket=ids[numbers[n]], attempt_no=1, at=utc(at),
                               staff=admin, reached=True, solved=scores[0] >= 3,
                               resolution_score=scores[0], attitude_score=scores[1],
                               satisfied=scores[0] >= 3).execute()
    return Weeks(numbers)
