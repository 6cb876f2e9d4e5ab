"""Demo callbacks in bulk, as the callback loop writes them: how each resolved demo ticket was
resolved, its callback with the calls (not reached, satisfied, unhappy), the revisits of a
closed ticket whose resolution kind has them, and their audit events.

Each ticket draws from its own random stream (seeded by its number), so the tickets' own demo
data stays what it was before callbacks existed.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.sla import add_time, deadline
from aftersales_desktop.services.callback_settings import CallbackSettings
from aftersales_desktop.services.callback_tasks import start_of_working_day
from aftersales_desktop.services.deadlines import SlaContext
from aftersales_desktop.services.demo_text import REOPEN_REASONS
from aftersales_desktop.storage.bulk import insert_rows
from aftersales_desktop.storage.models import AuditEvent, Staff
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask, Resolution

HOW = {"quality": ("repair", "exchange", "refund"), "logistics": ("resend", "compensation"),
       "returns": ("refund", "exchange"), "livestream": ("refund", "compensation"),
       "service": ("explanation",), "technical": ("explanation",), "other": ("explanation",)}
NOTES = {"repair": "已安排上门维修，更换故障部件，试机正常", "exchange": "已为客户换新，旧件已取回",
         "refund": "已按原支付方式退款", "resend": "已补发同款商品并提供新运单号",
         "compensation": "已致歉并按规定给予补偿", "explanation": "已电话说明原因并指导客户操作"}
HAPPY_WORDS = ("挺好的，谢谢", "问题解决了，服务态度不错", "处理得挺快，满意", "还行，下次注意",
               "谢谢回访，没问题了")
UNREACHED = ("无人接听", "关机/停机", "占线")
_TASK = [getattr(CallbackTask, n) for n in (
    "ticket", "kind", "revisit_days", "assignee", "available_at", "due_at", "attempts",
    "max_attempts", "status", "outcome", "created_at", "ended_at", "ended_by")]
_ATTEMPT = [getattr(CallbackAttempt, n) for n in (
    "task", "ticket", "attempt_no", "at", "staff", "reached", "unreached_reason", "solved",
    "resolution_score", "attitude_score", "satisfied", "customer_words")]
_RESOLUTION = [Resolution.ticket, Resolution.how, Resolution.note, Resolution.resolved_at,
               Resolution.staff]
_EVENT = [AuditEvent.ticket, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.action,
          AuditEvent.field, AuditEvent.old_value, AuditEvent.new_value, AuditEvent.staff,
          AuditEvent.at]


@dataclass(frozen=True)
class Call:
    at: datetime
    reached: bool
    reason: str | None = None
    solved: bool | None = None
    resolution: int | None = None
    attitude: int | None = None
    words: str | None = None

    def satisfied(self) -> bool | None:
        return None if not self.reached else self.solved  # demo: unhappy means not solved


@dataclass
class Plan:
    ticket_id: int
    kind: str
    days: int | None
    clerk: int
    created: datetime
    available: datetime
    due: datetime
    calls: list[Call] = field(default_factory=list)

    def outcome(self) -> str | None:
        last = self.calls[-1] if self.calls else None
        if last is None or not last.reached:
            return None
        return "satisfied" if last.satisfied() else "reopened"


class _Writer:
    def __init__(self, now: datetime, context: SlaContext, settings: CallbackSettings):
        self.now, self.context, self.settings = now, context, settings
        self.logins = dict(Staff.select(Staff.id, Staff.login).tuples())

    def due(self, start: datetime) -> datetime:
        s, c = self.settings, self.context
        return deadline(start, s.limit, c.calendar, hours=c.hours).due_at

    def reached(self, rng, at, happy: bool, words: str | None = None) -> Call:
        low = self.settings.satisfied_min
        if happy:
            return Call(at, True, None, True, rng.randint(low, 5), rng.randint(low, 5),
                        words or rng.choice(HAPPY_WORDS))
        return Call(at, True, None, False, rng.randint(1, 3), rng.randint(2, 5), words)

    def callback(self, rng, ticket_id, path, times, clerk) -> Plan:
        at = dict(zip(path, times))
        plan = Plan(ticket_id, "callback", None, clerk, at["resolved"], at["resolved"],
                    self.due(at["resolved"]))
        if "callback" not in at:
            return plan
        start, final = at["callback"], path[-1]
        if final == "callback":  # still calling: a few tries not reached, the next one later
            count = rng.randrange(self.settings.max_attempts)
            gap = min(timedelta(hours=2), (self.now - start) / (count + 1))
            plan.calls = [Call(start + gap * i, False, rng.choice(UNREACHED))
                          for i in range(count)]
            if count:
                retry, c = self.settings.retry, self.context
                plan.available = add_time(plan.calls[-1].at, retry.duration(c.hours),
                                          retry.basis, c.calendar, hours=c.hours)
            return plan
        if rng.random() < 0.2:
            plan.calls.append(Call(start, False, rng.choice(UNREACHED)))
        end = at.get("closed") or at["reopened"]
        plan.calls.append(self.reached(rng, end, final == "closed",
                                       None if final == "closed" else rng.choice(REOPEN_REASONS)))
        return plan

    def revisits(self, rng, ticket_id, how, closed_at, clerk) -> list[Plan]:
        plans = []
        for days in self.settings.revisit_days.get(how, ()):
            day = to_local(closed_at).date() + timedelta(days=days)
            start = start_of_working_day(day, self.context)
            plan = Plan(ticket_id, "revisit", days, clerk, closed_at, start, self.due(start))
            called = start + timedelta(hours=rng.uniform(0.5, 6))
            if called < self.now - timedelta(hours=1):
                plan.calls = [self.reached(rng, called, True)]
            plans.append(plan)
        return plans

    def task_row(self, p: Plan) -> tuple:
        outcome = p.outcome()
        ended = p.calls[-1].at if outcome else None
        return (p.ticket_id, p.kind, p.days, p.clerk, p.available, p.due, len(p.calls),
                self.settings.max_attempts, "done" if outcome else "open", outcome, p.created,
                ended, p.clerk if outcome else None)

    def events(self, task_id: int, p: Plan) -> list[tuple]:
        scheduled = p.due if p.kind == "callback" else p.available
        out = [(p.ticket_id, "callback_task", task_id, "schedule", p.kind,
                self.logins[p.clerk], scheduled.isoformat(), None, p.created)]
        for no, call in enumerate(p.calls, start=1):
            for name, value in (("reached", call.reached), ("unreached_reason", call.reason),
                                ("solved", call.solved), ("resolution_score", call.resolution),
                                ("attitude_score", call.attitude),
                                ("satisfied", call.satisfied()), ("customer_words", call.words)):
                if value is not None:
                    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
                    out.append((p.ticket_id, "callback_task", task_id, p.kind, name,
                                f"{no}/{self.settings.max_attempts}", text, p.clerk, call.at))
        if p.outcome():
            out.append((p.ticket_id, "callback_task", task_id, "end", "outcome", None,
                        p.outcome(), p.clerk, p.calls[-1].at))
        return out


def write_callbacks(tickets, now: datetime, context: SlaContext,
                    settings: CallbackSettings) -> int:
    """`tickets`: (id, number, path, step times, clerk id, handler id, category code) of one
    batch, inside its transaction. Returns the audit events written."""
    writer = _Writer(now, context, settings)
    resolutions, plans, events = [], [], []
    for ticket_id, number, path, times, clerk, handler, code in tickets:
        if "resolved" not in path:
            continue
        rng = random.Random(number)
        how = rng.choice(HOW.get(code.split(".")[0], HOW["other"]))
        resolved = times[path.index("resolved")]
        resolutions.append((ticket_id, how, NOTES[how], resolved, handler))
        events += [(ticket_id, "resolution", None, "resolve", name, None, value, handler,
                    resolved) for name, value in (("how", how), ("note", NOTES[how]))]
        plans.append(writer.callback(rng, ticket_id, path, times, clerk))
        if path[-1] == "closed":
            plans += writer.revisits(rng, ticket_id, how, times[-1], clerk)
    insert_rows(Resolution, _RESOLUTION, resolutions)
    back = (CallbackTask.id, CallbackTask.ticket, CallbackTask.kind, CallbackTask.revisit_days)
    ids = {tuple(key): task_id for task_id, *key in insert_rows(
        CallbackTask, _TASK, [writer.task_row(p) for p in plans], back)}
    attempts = []
    for p in plans:
        task_id = ids[(p.ticket_id, p.kind, p.days)]
        attempts += [(task_id, p.ticket_id, no, c.at, p.clerk, c.reached, c.reason, c.solved,
                      c.resolution, c.attitude, c.satisfied(), c.words)
                     for no, c in enumerate(p.calls, start=1)]
        events += writer.events(task_id, p)
    insert_rows(CallbackAttempt, _ATTEMPT, attempts)
    insert_rows(AuditEvent, _EVENT, events)
    return len(events)
