"""Realistic demo data, written in bulk: customers, tickets in every state, their audit trail.

Ticket numbers come from the same counters as real tickets (reserved per day inside the
batch's transaction), so later tickets never collide with demo ones.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import asdict, dataclass
from datetime import datetime
from itertools import accumulate
from time import perf_counter

from aftersales_desktop.domain.channels import CHANNELS
from aftersales_desktop.domain.permissions import MANAGE_STAFF
from aftersales_desktop.domain.clock import to_local, utcnow
from aftersales_desktop.domain.states import REASON_REQUIRED
from aftersales_desktop.services import audit, ticket_stats
from aftersales_desktop.services.auth import hash_password, is_protected
from aftersales_desktop.services.callback_settings import CallbackSettings, load_settings
from aftersales_desktop.services.deadline_bulk import history_rows, insert_deadlines
from aftersales_desktop.services.demo_callbacks import write_callbacks
from aftersales_desktop.services.deadlines import SlaContext, load_context
from aftersales_desktop.services.demo_crew import Crew, Leaf, ensure_crew, leaves
from aftersales_desktop.services.demo_fields import customer, ticket_columns
from aftersales_desktop.services.demo_plan import PATHS, plan, timeline
from aftersales_desktop.services.demo_text import REJECT_REASONS, REOPEN_REASONS
from aftersales_desktop.services.numbering import PREFIX
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.search_index import index_tickets
from aftersales_desktop.storage.bulk import insert_rows
from aftersales_desktop.storage.models import (
    AuditEvent, Customer, Department, Staff, Ticket, database,
)

BATCH = 2000  # tickets per transaction
REPEAT_SHARE = 0.22  # tickets from a customer who complained before
_CHANNEL_WEIGHTS = {"hotline": 30, "online_service": 20, "wechat": 18, "website": 12,
                    "walk_in": 6, "email": 5, "qq": 5, "weibo": 4}
_CHANNELS = list(CHANNELS)
_CHANNEL_CUM = list(accumulate(_CHANNEL_WEIGHTS.get(c, 3) for c in _CHANNELS))
_COLUMNS = ("order_number", "product", "model", "serial", "purchased_on", "purchase_channel",
            "live_session", "live_host", "service_card", "description", "started_on",
            "frequency", "waybill", "carrier", "branch", "consignment_docs")
_TICKET_FIELDS = [getattr(Ticket, name) for name in (
    "number", "version", "state", "channel", "received_at", "created_at", "updated_at",
    "created_by", "customer", "priority", "category", "subcategory", "assignee",
    "state_reason", *_COLUMNS, "department")]
_CUSTOMER_KEYS = ("name", "phone", "email", "gender", "age_range", "region", "postcode", "vip")
_CUSTOMER_FIELDS = [getattr(Customer, k) for k in (*_CUSTOMER_KEYS, "created_at")]
_EVENT_FIELDS = [AuditEvent.ticket, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.action,
                 AuditEvent.field, AuditEvent.old_value, AuditEvent.new_value,
                 AuditEvent.staff, AuditEvent.at]


@dataclass(frozen=True)
class DemoReport:
    seed: int
    tickets: int
    events: int
    customers: int
    staff: int
    seconds: float
    # the initial password of the demo staff this run created (None: it created nobody, or
    # the administrator has no password yet); each must set their own at the first sign-in
    staff_password: str | None = None

    @property
    def rows_per_s(self) -> float:
        return (self.tickets + self.events) / self.seconds if self.seconds else 0.0

    def as_json(self) -> dict:
        return {**asdict(self), "seconds": round(self.seconds, 3),
                "rows_per_s": round(self.rows_per_s)}


class _Customers:
    """Demo customers by slot; a slot gets its database id when its batch is written."""

    def __init__(self, rng: random.Random, taken: set[str]):
        self.rng, self.taken = rng, taken
        self.vip: list[bool] = []
        self.ids: list[int | None] = []

    def pick(self) -> tuple[int, dict | None]:
        """(slot, data of a new customer or None for a repeat one)."""
        if self.vip and self.rng.random() < REPEAT_SHARE:
            return int(len(self.vip) * self.rng.random() ** 2), None
        data = customer(self.rng)
        while data["phone"] in self.taken:
            data = customer(self.rng)
        self.taken.add(data["phone"])
        self.vip.append(data["vip"])
        self.ids.append(None)
        return len(self.vip) - 1, data


def _events(rng, state: str, times: list[datetime], crew: Crew, leaf: Leaf, creator: int,
            clerk: int):
    """Audit events of the path to `state` as transition() writes them; also the assignee."""
    path = PATHS[state]
    out = [("create", "state", None, path[0], creator, times[0])]
    assignee = reason = None
    for previous, step, at in zip(path, path[1:], times[1:]):
        if step == "assigned":
            assignee = rng.choice(crew.handlers[leaf.department])
            actor = rng.choice(crew.assigners[leaf.department])
        elif step in ("in_progress", "resolved"):
            actor = assignee
        elif step == "classified":
            actor = rng.choice(crew.classifiers)
        else:
            actor = clerk
        out.append(("transition", "state", previous, step, actor, at))
        reason = None
        if step in REASON_REQUIRED:
            reason = rng.choice(REOPEN_REASONS if step == "reopened" else
                                REJECT_REASONS.get(leaf.code.split(".")[0], ())
                                + REJECT_REASONS[None])
            out.append(("reason", "state_reason", None, reason, actor, at))
        if step == "assigned":
            out.append(("update", "assignee", None, crew.login[assignee], actor, at))
    return out, assignee, reason


def _reserve_numbers(days: dict[str, int]) -> dict[str, int]:
    """Take `count` numbers of each day's counter; return the first sequence taken per day."""
    first = {}
    for day, count in days.items():
        last = database.execute_sql(
            f"INSERT INTO ticket_counter (day, last) VALUES ({database.param}, {count}) "
            f"ON CONFLICT (day) DO UPDATE SET last = ticket_counter.last + {count} "
            "RETURNING last", (day,)).fetchone()[0]
        first[day] = last - count + 1
    return first


def _write_batch(rng, specs, now: datetime, crew: Crew, cats: list[Leaf],
                 people: _Customers, sla: SlaContext, callbacks: CallbackSettings) -> int:
    """Write one batch of tickets with customers and events; return the events written."""
    drafts, fresh, days = [], [], {}
    departments = dict(Department.select(Department.name, Department.id).tuples())
    for received, state, leaf_index in specs:
        leaf = cats[leaf_index]
        channel = rng.choices(_CHANNELS, cum_weights=_CHANNEL_CUM)[0]
        slot, new = people.pick()
        roll = rng.random()
        priority = "urgent" if roll < (0.35 if people.vip[slot] else 0.12) else \
            "low" if roll > 0.8 else "normal"
        times = timeline(rng, state, received, now, priority == "urgent")
        # Anyone may take a complaint (客诉全员受理制); a clerk verifies it and calls back.
        creator = rng.choice(crew.clerks) if rng.random() < 0.85 else rng.choice(crew.everyone)
        clerk = creator if creator in crew.clerks else rng.choice(crew.clerks)
        events, assignee, reason = _events(rng, state, times, crew, leaf, creator, clerk)
        local_day = to_local(received).date()
        columns = ticket_columns(rng, leaf.code, leaf.name, local_day, channel)
        day = local_day.strftime("%Y%m%d")
        days[day] = days.get(day, 0) + 1
        if new:
            fresh.append((slot, new, times[0], creator))
        history = (received, priority, leaf.code, PATHS[state], times)
        drafts.append((day, slot, events, history, [
            len(PATHS[state]), state, channel, received, times[0], times[-1], creator, slot,
            priority, leaf.category_id, leaf.subcategory_id, assignee, reason,
            *(columns[c] for c in _COLUMNS),
            departments.get(leaf.department) if assignee else None]))
    events_out = _insert_customers(fresh, people)
    first = _reserve_numbers(days)
    rows = []
    for day, slot, _, _, row in drafts:
        row[7] = people.ids[slot]
        rows.append((f"{PREFIX}{day}-{first[day]:04d}", *row))
        first[day] += 1
    ids = {number: ticket_id for ticket_id, number in
           insert_rows(Ticket, _TICKET_FIELDS, rows, (Ticket.id, Ticket.number))}
    index_tickets(ids.values())
    deadlines, called = [], []
    for (_, _, events, history, _), row in zip(drafts, rows):
        ticket_id = ids[row[0]]
        events_out += [(ticket_id, "ticket", ticket_id, *event) for event in events]
        deadlines += history_rows(sla, ticket_id, *history)
        # (id, number, path, times, the clerk who took it, handler, category code)
        called.append((ticket_id, row[0], history[3], history[4], row[7], row[12], history[2]))
    insert_rows(AuditEvent, _EVENT_FIELDS, events_out)
    insert_deadlines(deadlines)
    written = len(events_out) + write_callbacks(called, now, sla, callbacks)
    ticket_stats.refresh_between(min(ids.values()), max(ids.values()))
    return written


def _insert_customers(fresh, people: _Customers) -> list[tuple]:
    """Insert the batch's new customers; return their 'create' events."""
    rows = [(*(data[k] for k in _CUSTOMER_KEYS), at) for _, data, at, _ in fresh]
    by_phone = {phone: cid for cid, phone in
                insert_rows(Customer, _CUSTOMER_FIELDS, rows, (Customer.id, Customer.phone))}
    events = []
    for slot, data, at, clerk in fresh:
        people.ids[slot] = by_phone[data["phone"]]
        events.append((None, "customer", people.ids[slot], "create", None, None,
                       data["name"], clerk, at))
    return events


def generate_demo(tickets: int, seed: int | None = None, progress=None,
                  now: datetime | None = None, actor: str = "admin") -> DemoReport:
    """Add `tickets` demo tickets received over the 90 days before `now`; it adds demo staff
    too, so it needs the permission to manage staff.

    `now` defaults to the start of the current hour, so the same seed gives the same data
    (ids aside) within that hour on an equal database. `progress(done, total)` is called
    after each batch.
    """
    admin = require(actor, MANAGE_STAFF)
    if tickets < 1:
        raise ValueError("tickets: expected 1 or more")
    seed = random.SystemRandom().randrange(2 ** 31) if seed is None else seed
    rng = random.Random(seed)
    now = now or utcnow().replace(minute=0, second=0, microsecond=0)
    started = perf_counter()
    # Only a protected database (the administrator has a password) gives them one: a new
    # database with demo passwords would ask the administrator for one they never set.
    password = initial_password() if is_protected() else None
    with database.atomic():
        crew = ensure_crew(now, hash_password(password) if password else None)
        for login in crew.new_logins if password else ():
            audit.record("password_reset", admin.id, entity="staff",
                         entity_id=Staff.get(Staff.login == login).id, field="password",
                         new=f"示例人员初始密码（{login}）", at=now)
    cats = leaves()
    if not cats:
        raise ValueError("categories: none is active; demo tickets need at least one")
    specs = plan(rng, tickets, [leaf.weight for leaf in cats], now)
    people = _Customers(rng, {p for p, in Customer.select(Customer.phone).tuples() if p})
    sla, callbacks = load_context(), load_settings()
    events = len(crew.new_logins) if password else 0  # their password events
    for start in range(0, tickets, BATCH):
        with database.atomic():
            events += _write_batch(rng, specs[start:start + BATCH], now, crew, cats, people, sla,
                                   callbacks)
        if progress:
            progress(min(start + BATCH, tickets), tickets)
    return DemoReport(seed, tickets, events, len(people.ids), crew.created,
                      perf_counter() - started, password if crew.new_logins else None)


def initial_password() -> str:
    """A fresh password for the demo staff: ten letters and digits that cannot be misread,
    in two groups ("k7pm3-x9qa4"); printed once, stored only as its hash."""
    letters = "abcdefghjkmnpqrstuvwxyz23456789"
    while True:
        text = "".join(secrets.choice(letters) for _ in range(10))
        if len(set(text)) >= 5:
            return f"{text[:5]}-{text[5:]}"
