"""The dashboard from the sums kept per day (services.statistics_cube, schema step 17) equals the
live count (services.statistics_live) row for row, on both engines, after random changes made
through the services (create, classify, assign, resolve, callbacks, promised times met and
missed, anonymise) and directly (category, department, carrier, received time moved across
Shanghai midnight, tickets inserted and deleted), for periods whose edges are Shanghai
midnights and for moments before, at and after open due times; the drill-down lists as many
tickets as each number; the schema step's backfill gives the kept sums."""
from __future__ import annotations

import random
import sys
from datetime import date, datetime, timedelta, timezone

import pytest

from aftersales_desktop.domain.clock import SHANGHAI, day_start_utc, utcnow
from aftersales_desktop.domain.stat_periods import StatPeriod
from aftersales_desktop.services.anonymise import anonymise_customer
from aftersales_desktop.services.assignment import reassign
from aftersales_desktop.services.callbacks import record_call
from aftersales_desktop.services.resolution import resolve_ticket
from aftersales_desktop.services.statistics import board_of, dashboard
from aftersales_desktop.services.statistics_cube import (
    END_OF_TIME, at_end_of_time, kept_rows, pending_condition,
)
from aftersales_desktop.services.statistics_drill import drill_filter
from aftersales_desktop.services.statistics_live import live_rows
from aftersales_desktop.services.ticket_clock import set_promised
from aftersales_desktop.services.ticket_list import count_tickets
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.migration_v17 import SUMS, fill_sql, step_17
from aftersales_desktop.storage.models import Category, Department, Ticket, database
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask, Resolution
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

from .callback_helpers import HAPPY, NO_ANSWER, UNHAPPY, add_callback_crew, open_task
from .statistics_helpers import add_ticket

HOURS = SUMS.index("hours")
REAL_NOW = utcnow


class Clock:
    """Every service's clock, moved on by hand."""

    def __init__(self, monkeypatch):
        self.offset = timedelta(0)
        for name, module in list(sys.modules.items()):
            if name.startswith("aftersales_desktop.services.") and hasattr(module, "utcnow"):
                monkeypatch.setattr(module, "utcnow", self.now)

    def now(self) -> datetime:
        return REAL_NOW() + self.offset


def by_key(rows) -> dict:
    return {(dimension, key): values for dimension, key, *values in rows
            if values[0] or dimension == "all"}


def rounded(rows) -> dict:
    return {key: [round(float(v or 0), 6) for v in values] for key, values in by_key(rows).items()}


def assert_same(period: StatPeriod, now: datetime) -> dict:
    kept, live = by_key(kept_rows(period, now)), by_key(live_rows(period, None, now))
    assert set(kept) == set(live), (period, now)
    for key, values in live.items():
        mine = [v or 0 for v in kept[key]]
        theirs = [v or 0 for v in values]
        assert mine[:HOURS] + mine[HOURS + 1:] == theirs[:HOURS] + theirs[HOURS + 1:], key
        assert float(mine[HOURS]) == pytest.approx(float(theirs[HOURS]), rel=1e-9, abs=1e-6)
    boards = [board_of("admin", period, now, rows)
              for rows in (kept_rows(period, now), live_rows(period, None, now))]
    for name, chart in boards[1].charts.items():
        assert [(r.key, r.label, r.count, r.on_time, r.late, r.called, r.satisfied, r.resolved)
                for r in boards[0].charts[name].rows] == \
            [(r.key, r.label, r.count, r.on_time, r.late, r.called, r.satisfied, r.resolved)
             for r in chart.rows], name
    return live


class Desk:
    """Random changes to tickets, through the services and directly."""

    def __init__(self, rng: random.Random, clock: Clock):
        self.rng, self.clock = rng, clock
        self.numbers: list[str] = []
        self.raw: list[str] = []
        self.categories = [c.id for c in Category.select().where(Category.parent.is_null())]
        self.departments = [d.id for d in Department.select()]

    def create(self) -> None:
        phone = f"139{self.rng.randrange(10**8):08d}"
        number = create_ticket({"channel": "hotline", "category": self.rng.choice(
            ["quality", "logistics", "service"]), "customer": {"name": "王芳", "phone": phone},
            "problem": {"description": "电饭煲不加热"}}, actor="sun").number
        self.numbers.append(number)
        for target in ("verified", "classified")[:self.rng.randrange(3)]:
            transition(number, target)

    def advance(self, number: str) -> None:
        state = Ticket.get(Ticket.number == number).state
        if state in ("received", "verified"):
            transition(number, "rejected" if self.rng.random() < 0.2 else
                       {"received": "verified", "verified": "classified"}[state], reason="重复")
        elif state in ("classified", "reopened"):
            transition(number, "assigned", assignee=self.rng.choice(["zhang", "chen"]))
        elif state == "assigned":
            transition(number, "in_progress", actor=Ticket.get(
                Ticket.number == number).assignee.login)
        elif state == "in_progress":
            resolve_ticket(number, "repair", "上门更换加热盘", actor="admin")
        elif (task := open_task(number)) is not None:
            record_call(task.id, self.rng.choice([HAPPY, UNHAPPY, NO_ANSWER]), actor="sun")

    def promise(self, number: str) -> None:
        when = self.clock.now() + timedelta(hours=self.rng.choice([1, 5, 30, 100]))
        set_promised(number, when.replace(tzinfo=timezone.utc), actor="admin")

    def change_directly(self, number: str) -> None:
        ticket = Ticket.get(Ticket.number == number)
        change = self.rng.choice(["category", "department", "carrier", "midnight"])
        if change == "category":
            values = {"category": self.rng.choice(self.categories + [None])}
        elif change == "department":
            values = {"department": self.rng.choice(self.departments + [None])}
        elif change == "carrier":
            values = {"carrier": self.rng.choice([None, "", " 顺丰速运 ", "顺丰速运", "中通快递"])}
        else:  # a second before or at a Shanghai midnight near the received day
            day = (ticket.received_at + timedelta(hours=8)).date() + timedelta(
                days=self.rng.randrange(-1, 2))
            values = {"received_at": day_start_utc(day) - timedelta(
                seconds=self.rng.choice([0, 1]))}
        Ticket.update(**values).where(Ticket.id == ticket.id).execute()

    def add_raw(self) -> None:
        base = (self.clock.now() + timedelta(hours=8)).date()
        day = base - timedelta(days=self.rng.randrange(4))
        at = f"{day.isoformat()} {self.rng.choice(['00:00', '00:01', '12:00', '23:59'])}"
        limits = tuple((self.rng.choice([4, 48, 400]), self.rng.choice([None, 2, 100]))
                       for _ in range(self.rng.randrange(3)))
        calls = tuple((self.rng.choice([5, 50]), True, self.rng.choice([True, False]),
                       self.rng.randrange(1, 6), self.rng.randrange(1, 6))
                      if self.rng.random() < 0.7 else (20, False, None, None, None)
                      for _ in range(self.rng.randrange(3)))
        self.raw.append(add_ticket(
            at, self.rng.choice(["quality", "logistics", None]),
            self.rng.choice(["售后部", "仓储物流部", None]), self.rng.choice(["zhang", None]),
            self.rng.choice([None, "", "中通快递"]), "in_progress",
            self.rng.choice([None, 0.5, 3.99, 4, 30, 200]), limits, calls))

    def delete_raw(self) -> None:
        number = self.raw.pop(self.rng.randrange(len(self.raw)))
        ticket = Ticket.get(Ticket.number == number).id
        for model in (CallbackAttempt, CallbackTask, Resolution, TicketDeadlineRow):
            model.delete().where(model.ticket == ticket).execute()
        Ticket.delete().where(Ticket.id == ticket).execute()

    def step(self) -> None:
        pick = self.rng.random()
        if pick < 0.15 or not self.numbers:
            return self.create()
        number = self.rng.choice(self.numbers)
        try:
            if pick < 0.55:
                self.advance(number)
            elif pick < 0.62:
                self.promise(number)
            elif pick < 0.67:
                reassign(number, self.rng.choice(["zhang", "chen"]), actor="admin", reason="调整")
            elif pick < 0.77:
                self.change_directly(self.rng.choice(self.numbers + self.raw))
            elif pick < 0.87:
                self.add_raw()
            elif pick < 0.92 and self.raw:
                self.delete_raw()
            elif pick < 0.95:
                anonymise_customer(Ticket.get(Ticket.number == number).customer_id, "admin")
            else:
                self.clock.offset += timedelta(hours=self.rng.choice([3, 20, 80]))
        except ValueError:
            pass  # a move the ticket's state does not allow, refused by the service


def periods_around(now: datetime) -> list[StatPeriod]:
    today = (now + timedelta(hours=8)).date()
    return [StatPeriod(today - timedelta(days=10), today + timedelta(days=10)),
            StatPeriod(today, today), StatPeriod(today - timedelta(days=1), today - timedelta(days=1)),
            StatPeriod(today - timedelta(days=3), today - timedelta(days=1)),
            StatPeriod(today + timedelta(days=1), today + timedelta(days=5))]


def moments(clock: Clock) -> list[datetime]:
    dues = [d for d, in Ticket.select(Ticket.stat_open_due).where(
        Ticket.stat_open_due.is_null(False)).tuples()]
    picked = random.Random(len(dues)).sample(dues, min(3, len(dues)))
    return ([clock.now(), REAL_NOW() - timedelta(days=2), END_OF_TIME,
             clock.now() + timedelta(hours=50)]
            + picked + [d - timedelta(microseconds=1) for d in picked])


@pytest.fixture
def desk(db, monkeypatch):
    add_callback_crew()
    clock = Clock(monkeypatch)
    return Desk(random.Random(16), clock)


def test_the_kept_sums_equal_the_live_count_after_random_changes(desk):
    checked = 0
    for round_no in range(4):
        for _ in range(45):
            desk.step()
        for period in periods_around(desk.clock.now()):
            for now in moments(desk.clock):
                assert_same(period, now)
                pending = pending_condition(now)
                assert rounded(at_end_of_time(live_rows(period, None, now, pending))) == \
                    rounded(live_rows(period, None, END_OF_TIME, pending))
                checked += 1
    wide = periods_around(desk.clock.now())[0]
    live = assert_same(wide, desk.clock.now())
    on_time = {key: values[0] for (dim, key), values in live.items() if dim == "on_time"}
    handling = {key for (dim, key), _ in live.items() if dim == "handling"}
    assert live[("all", None)][0] > 40 and checked > 50
    assert {"late", "running", "on_time"} <= set(on_time) and len(handling) >= 3
    assert any(v[SUMS.index("called")] for (dim, _), v in live.items() if dim == "all")


def test_the_drill_down_lists_as_many_tickets_as_each_kept_number(desk):
    for _ in range(80):
        desk.step()
    period = periods_around(desk.clock.now())[0]
    board = dashboard("admin", period, now=desk.clock.now())
    assert board.total.count > 10
    for key, chart in board.charts.items():
        for row in chart.rows:
            f, _ = drill_filter(board, key, row)
            assert count_tickets(f) == row.count, (key, row.label)


def test_the_backfill_gives_the_kept_sums(desk):
    for _ in range(60):
        desk.step()
    kept = database.execute_sql(f"SELECT day, dim, key, {', '.join(SUMS)} FROM ticket_stat_day "
                                "ORDER BY day, dim, key").fetchall()
    filled = database.execute_sql(fill_sql(dialect(database.obj))).fetchall()
    nonzero = [r for r in kept if any(r[3:3 + HOURS]) or any(r[4 + HOURS:])]
    assert [r[:3] + r[3:3 + HOURS] + r[4 + HOURS:] for r in nonzero] == \
        [r[:3] + r[3:3 + HOURS] + r[4 + HOURS:] for r in filled]
    assert [float(r[3 + HOURS]) for r in nonzero] == \
        pytest.approx([float(r[3 + HOURS]) for r in filled], abs=1e-6)
    database.execute_sql("DELETE FROM ticket_stat_day")
    for statement in step_17(dialect(database.obj)):
        if statement.startswith("INSERT"):
            database.execute_sql(statement)
    period = periods_around(desk.clock.now())[0]
    assert_same(period, desk.clock.now())


def test_a_ticket_that_passes_its_due_time_turns_late_without_a_write(desk):
    desk.create()
    number = desk.numbers[-1]
    due = Ticket.get(Ticket.number == number).stat_open_due
    assert due is not None
    today = (due + timedelta(hours=8)).date()
    period = StatPeriod(today - timedelta(days=2), today + timedelta(days=2))
    before = by_key(kept_rows(period, due - timedelta(seconds=1)))
    after = by_key(kept_rows(period, due))
    assert before[("on_time", "running")][0] == 1 and ("on_time", "late") not in before
    assert after[("on_time", "late")][0] == 1 and ("on_time", "running") not in after
    assert after[("all", None)][SUMS.index("late")] == 1
    assert_same(period, due - timedelta(seconds=1))
    assert_same(period, due)


def test_the_period_edges_are_shanghai_midnights(desk):
    desk.add_raw()
    number = desk.raw[-1]
    day = date(2026, 11, 3)
    for moment, inside in ((day_start_utc(day) - timedelta(microseconds=1), False),
                           (day_start_utc(day), True),
                           (day_start_utc(day + timedelta(days=1)) - timedelta(seconds=1), True),
                           (day_start_utc(day + timedelta(days=1)) - timedelta(microseconds=300),
                            True),
                           (day_start_utc(day + timedelta(days=1)), False)):
        Ticket.update(received_at=moment).where(Ticket.number == number).execute()
        rows = by_key(kept_rows(StatPeriod(day, day), REAL_NOW()))
        assert rows[("all", None)][0] == (1 if inside else 0), moment
        assert (("day", day.isoformat()) in rows) == inside
        assert_same(StatPeriod(day, day), REAL_NOW())
    assert datetime(2026, 11, 3, tzinfo=SHANGHAI).astimezone(timezone.utc).replace(
        tzinfo=None) == day_start_utc(day)
