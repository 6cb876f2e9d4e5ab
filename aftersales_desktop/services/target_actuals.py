"""Target against actual, computed live from the tickets and their time limits.

- Complaints of a period: tickets received in it (Shanghai dates), of the target's department
  (the handling department) and/or branch (the ticket's 线路/网点), whatever their state.
- On time: a ticket of the period whose time limits were all kept; late when one was missed
  (met after it was due, or still open past due). Tickets with a limit still running and none
  missed are not decided yet and left out of the rate, as are tickets without limits.
Each period is read with two grouped queries, whatever the number of targets.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import Case, fn

from aftersales_desktop.domain.clock import day_start_utc, local_today, utcnow
from aftersales_desktop.domain.targets import (
    Actual, Period, complaint_value, on_time_rate, status)
from aftersales_desktop.services.targets import TargetRow, targets
from aftersales_desktop.storage.models import Ticket, database
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

Group = tuple[int | None, str | None]  # (department id, branch text)
D = TicketDeadlineRow


@dataclass(frozen=True)
class TargetResult:
    target: TargetRow
    actual: Actual
    complaint_value: float | None  # count, rate % or reduction %
    on_time_rate: float | None  # %
    status: str  # on_track, behind, achieved, missed
    closed: bool


def _range(period: Period):
    return ((Ticket.received_at >= day_start_utc(period.start))
            & (Ticket.received_at < day_start_utc(period.end)))


def complaint_counts(period: Period) -> dict[Group, int]:
    query = (Ticket.select(Ticket.department, Ticket.branch, fn.COUNT(Ticket.id))
             .where(_range(period)).group_by(Ticket.department, Ticket.branch))
    return {(d, b): n for d, b, n in query.tuples()}


def on_time_counts(period: Period, now: datetime) -> dict[Group, tuple[int, int]]:
    """(decided, on time) per group."""
    missed = Case(None, [((D.met_at.is_null(False) & (D.met_at > D.due_at))
                          | (D.met_at.is_null() & (D.due_at <= now)), 1)], 0)
    running = Case(None, [(D.met_at.is_null() & (D.due_at.is_null() | (D.due_at > now)), 1)], 0)
    per_ticket = (D.select(Ticket.department.alias("department_id"),
                           Ticket.branch.alias("branch"), fn.MAX(missed).alias("missed"),
                           fn.MAX(running).alias("running"))
                  .join(Ticket, on=(D.ticket == Ticket.id)).where(_range(period))
                  .group_by(D.ticket, Ticket.department, Ticket.branch))
    sql, params = per_ticket.sql()
    cursor = database.execute_sql(
        "SELECT department_id, branch, "
        "SUM(CASE WHEN missed = 1 OR running = 0 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN missed = 0 AND running = 0 THEN 1 ELSE 0 END) "
        f"FROM ({sql}) AS per_ticket GROUP BY department_id, branch", params)
    return {(d, b): (int(decided or 0), int(kept or 0)) for d, b, decided, kept in cursor}


def _matches(t: TargetRow, group: Group) -> bool:
    return ((t.department_id is None or group[0] == t.department_id)
            and (t.branch is None or group[1] == t.branch))


def actual_of(t: TargetRow, counts: dict, previous: dict | None, punctual: dict) -> Actual:
    complaints = sum(n for g, n in counts.items() if _matches(t, g))
    before = sum(n for g, n in previous.items() if _matches(t, g)) if previous is not None \
        else None
    decided = sum(d for g, (d, _) in punctual.items() if _matches(t, g))
    kept = sum(k for g, (_, k) in punctual.items() if _matches(t, g))
    return Actual(complaints, before, decided, kept)


def results(period: Period | None = None, rows: list[TargetRow] | None = None,
            today: date | None = None, now: datetime | None = None) -> list[TargetResult]:
    """Every target of `period` (or the given rows) with its actual figures and status."""
    today, now = today or local_today(), now or utcnow()
    rows = targets(period) if rows is None else rows
    cache: dict[tuple, dict] = {}

    def read(key: str, p: Period):
        if (key, p) not in cache:
            cache[(key, p)] = complaint_counts(p) if key == "count" else on_time_counts(p, now)
        return cache[(key, p)]

    out = []
    for t in rows:
        counts, punctual = read("count", t.period), read("on_time", t.period)
        previous = read("count", t.period.previous) if t.measure == "reduction" else None
        actual = actual_of(t, counts, previous, punctual)
        closed = t.period.closed(today)
        on_time_target = t.on_time_bp / 100 if t.on_time_bp is not None else None
        out.append(TargetResult(
            t, actual, complaint_value(t.measure, actual, t.business_volume),
            on_time_rate(actual),
            status(t.measure, t.complaint_target, on_time_target, actual, t.business_volume,
                   closed), closed))
    return out


def facts_of(result: TargetResult) -> str:
    """What a record proposed on a closed target says."""
    t = result.target
    on_time = (f"，按时办结率 {result.on_time_rate:.1f}%（目标 {t.on_time_bp / 100:g}%）"
               if result.on_time_rate is not None and t.on_time_bp is not None
               else f"，按时办结率 {result.on_time_rate:.1f}%" if result.on_time_rate is not None
               else "")
    verdict = {"achieved": "已达成", "missed": "未达成"}.get(result.status, "进行中")
    return (f"{t.scope}{t.period.label}整改目标：{t.target_text}；实际客诉 "
            f"{result.actual.complaints} 件{on_time}。目标{verdict}。")
