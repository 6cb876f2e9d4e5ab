"""The deadline watch (seed 004 6.2-3, issue 5): on a deadline's early warning and on its breach,
do what the deadline's policy says — notify the person who must act, or escalate the ticket
one level with the reason "即将超时" / "时限已过" (escalating notifies the receiver). A logistics
exception not reported within 10 minutes thus escalates itself: its `report` policy breaches.

The same tick then runs the reward and penalty rules (services.reward_rule_run), which propose
records for approval, each once.

Each warning and breach is handled once: the deadline row records it (warn_handled_at,
breach_handled_at), re-read under the ticket's lock, and escalations and notices have unique
keys, so a second tick or a second process at the same moment does nothing twice. Each ticket
is its own transaction; one that fails is reported and tried again at the next tick.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from peewee import fn

from aftersales_desktop.domain.clock import iso_utc, to_local, utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.sla_policy import DEADLINE_KINDS, pick_policy
from aftersales_desktop.services.deadlines import _ticket_facts
from aftersales_desktop.services.escalation import _FINAL, _department
from aftersales_desktop.services.escalation_auto import escalate_automatically
from aftersales_desktop.services.escalation_chain import level_of, receiver
from aftersales_desktop.services.notices import add_notice
from aftersales_desktop.services.reward_rule_run import run_rules
from aftersales_desktop.services.sla_service import policy_from_row
from aftersales_desktop.services.tickets import _load
from aftersales_desktop.storage.models import Ticket, database
from aftersales_desktop.storage.models_sla import SlaPolicyRow, TicketDeadlineRow

BATCH = 200
REASONS = {"warn": "即将超时", "breach": "时限已过"}
DEFAULT_ACTIONS = {"warn": "notify", "breach": "escalate"}
Row = TicketDeadlineRow


@dataclass(frozen=True)
class TickReport:
    at: str  # ISO UTC
    checked: int = 0
    escalated: int = 0
    notified: int = 0
    failed: tuple[tuple[str, str], ...] = field(default=())  # (ticket number, error)
    more: bool = False  # the batch limit was reached: the next tick goes on
    proposed: int = 0  # reward and penalty records the rules proposed

    def as_json(self) -> dict:
        data = asdict(self)
        data["failed"] = [{"ticket": n, "error": e} for n, e in self.failed]
        return data


def _candidates(now: datetime, limit: int) -> list[tuple[int, str, str]]:
    """(deadline id, ticket number, "breach" | "warn"), breaches first, oldest first."""
    found = []
    for event, marker, when in (("breach", Row.breach_handled_at, Row.due_at),
                                ("warn", Row.warn_handled_at, Row.warn_at)):
        query = (Row.select(Row.id, Ticket.number).join(Ticket)
                 .where(Row.met_at.is_null() & marker.is_null() & (when <= now))
                 .order_by(when, Row.id).limit(limit - len(found)))
        if event == "warn":  # a warning past due gives way to the breach
            query = query.where(Row.due_at > now)
        found += [(i, number, event) for i, number in query.tuples()]
        if len(found) >= limit:
            break
    return found


def _actions() -> list[tuple]:
    rows = (SlaPolicyRow.select().where(SlaPolicyRow.retired_at.is_null())
            .order_by(SlaPolicyRow.sort_order, SlaPolicyRow.id))
    return [(policy_from_row(r.kind, r.priority, r.category_code, r.subcategory_code,
                             r.amount, r.unit, r.warn_percent),
             {"warn": r.on_warning, "breach": r.on_breach}) for r in rows]


def _action(actions: list[tuple], ticket_id: int, kind: str, event: str) -> str:
    facts = _ticket_facts(ticket_id)
    category = facts["category"] or (facts["subcategory"] or "").split(".", 1)[0] or None
    best = pick_policy([p for p, _ in actions], kind, facts["priority"], category,
                       facts["subcategory"]) if kind != "promised" else None
    by_policy = {id(p): a for p, a in actions}
    return by_policy[id(best)][event] if best is not None else DEFAULT_ACTIONS[event]


def who_acts(ticket: Ticket) -> int | None:
    """The handler, else who holds the first level of the department's chain."""
    if ticket.assignee_id is not None:
        return ticket.assignee_id
    try:
        department_id = _department(ticket)
        return receiver(department_id, level_of(department_id, 1))
    except ValidationError:
        return None


def _notice_text(number: str, row: Row, event: str) -> str:
    due = to_local(row.due_at).strftime("%m-%d %H:%M")
    state = "即将超时" if event == "warn" else "已超时"
    return f"工单 {number}：{DEADLINE_KINDS[row.kind]}{state}（时限 {due}），请及时处理"


def _handle(deadline_id: int, number: str, event: str, actions, now: datetime) -> str:
    """"escalated", "notified" or "skipped" (handled already, or nobody to tell)."""
    marker = Row.warn_handled_at if event == "warn" else Row.breach_handled_at
    with database.atomic():
        ticket = _load(number, lock=True)
        row = Row.get_or_none((Row.id == deadline_id) & Row.met_at.is_null() & marker.is_null())
        if row is None:
            return "skipped"
        result = "skipped"
        if (ticket.state not in _FINAL
                and _action(actions, ticket.id, row.kind, event) == "escalate"
                and escalate_automatically(number, f"{row.kind}:{event}", REASONS[event],
                                           "urgent" if event == "breach" else "high")):
            result = "escalated"
        staff_id = who_acts(ticket) if result == "skipped" else None
        key = f"deadline:{row.id}:{event}:{row.due_at.isoformat()}"
        if staff_id and add_notice(staff_id, f"deadline_{event}",
                                   _notice_text(number, row, event), key, ticket.id):
            result = "notified"
        values = {marker: now}
        if event == "breach":
            values[Row.warn_handled_at] = fn.COALESCE(Row.warn_handled_at, now)
        Row.update(values).where(Row.id == row.id).execute()
    return result


def tick(now: datetime | None = None, limit: int = BATCH) -> TickReport:
    """Handle the warnings and breaches due by `now` (naive UTC), at most `limit` of them."""
    now = now or utcnow()
    actions = _actions()
    found = _candidates(now, limit)
    counts = {"escalated": 0, "notified": 0, "skipped": 0}
    failed = []
    for deadline_id, number, event in found:
        try:
            counts[_handle(deadline_id, number, event, actions, now)] += 1
        except Exception as exc:  # one bad ticket must not stop the others; it is reported
            failed.append((number, f"{type(exc).__name__}: {exc}"))
    rules = run_rules(now)
    failed += [(f"规则“{name}”", error) for name, error in rules.failed]
    return TickReport(iso_utc(now), len(found), counts["escalated"], counts["notified"],
                      tuple(failed), len(found) >= limit, rules.proposed)
