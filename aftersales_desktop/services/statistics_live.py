"""The dashboard's sums counted live from the period's tickets: the reference the kept sums
(services.statistics_cube) are tested against, what scoped viewers see, and the count of the
tickets whose time limits still run.

One query: the period's tickets with their per-ticket values (kept on the ticket row,
services.ticket_stats; their meaning in services.statistics_dims) are read once from one
covering index into a materialised CTE, and every dimension is a GROUP BY over it, joined by
UNION ALL. The viewer's scope (services.scoping) is part of the query.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from peewee import SQL, NodeList, fn

from aftersales_desktop.domain.clock import day_start_utc
from aftersales_desktop.domain.stat_periods import StatPeriod
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.services.statistics_dims import (
    deadline_state, first_resolution, handling_case, hours_between, local_day, on_time_case,
    satisfaction_case,
)
from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.models import Ticket, database

GROUPED = ("day", "category", "department", "handler", "carrier", "handling", "on_time",
           "satisfaction")
MMAP_BYTES = 1 << 30
_SUMS = ("COUNT(*)", "SUM(CASE WHEN on_time = 'on_time' THEN 1 ELSE 0 END)",
         "SUM(CASE WHEN on_time = 'late' THEN 1 ELSE 0 END)",
         "SUM(CASE WHEN satisfaction = 'satisfied' THEN 1 ELSE 0 END)",
         "SUM(CASE WHEN satisfaction <> 'none' THEN 1 ELSE 0 END)",
         "SUM(hours)", "COUNT(hours)", "SUM(resolution_score)", "SUM(attitude_score)")


def period_condition(period: StatPeriod, by_received: bool = True):
    """Received in the period: the same bounds as the ticket list's 受理日期 filter.
    by_received False: SQLite is not to search an index by the received time (`+column`
    keeps the value and hides the index), for a condition that finds fewer tickets."""
    received = Ticket.received_at
    if not by_received and dialect(database.obj) == "sqlite":
        received = NodeList((SQL("+"), Ticket.received_at), glue="")
    return ((received >= day_start_utc(period.start))
            & (received < day_start_utc(period.end + timedelta(days=1))))


def _per_ticket(period: StatPeriod, staff, now: datetime, where):
    """The period's tickets with the values every chart groups by, all read from one covering
    index of the ticket (storage.migration_v15; `where` given: it chooses the index)."""
    resolved = first_resolution()
    condition = (period_condition(period) if where is None
                 else period_condition(period, by_received=False) & where)
    return scoped(Ticket.select(
        local_day(Ticket.received_at).alias("day"), Ticket.category.alias("category"),
        Ticket.department.alias("department"), Ticket.assignee.alias("handler"),
        fn.NULLIF(fn.TRIM(Ticket.carrier), "").alias("carrier"),
        handling_case(resolved, Ticket.received_at).alias("handling"),
        hours_between(Ticket.received_at, resolved).alias("hours"),
        on_time_case(deadline_state(now)).alias("on_time"),
        satisfaction_case(Ticket.stat_satisfied).alias("satisfaction"),
        Ticket.stat_resolution_score.alias("resolution_score"),
        Ticket.stat_attitude_score.alias("attitude_score"))
        .where(condition), staff)


def live_rows(period: StatPeriod, staff, now: datetime, where=None) -> list[tuple]:
    """(dimension, key, *sums) rows of the period's tickets `staff` sees (and that meet
    `where`, a condition on Ticket), time limits judged at `now`; dimension "all" is the
    total. Keys are text, None for no value."""
    sql, params = _per_ticket(period, staff, now, where).bind(database).sql()
    sqlite = dialect(database.obj) == "sqlite"
    if sqlite:  # the indexes read in place instead of copied page by page (3 to 10 times faster)
        database.execute_sql(f"PRAGMA mmap_size = {MMAP_BYTES}")
    text = "TEXT" if sqlite else "VARCHAR(200)"
    sums = ", ".join(_SUMS)
    parts = [f"SELECT 'all', NULL, {sums} FROM base"]
    parts += [f"SELECT '{d}', CAST({d} AS {text}), {sums} FROM base GROUP BY {d}"
              for d in GROUPED]
    query = f"WITH base AS MATERIALIZED ({sql}) " + " UNION ALL ".join(parts)
    return list(database.execute_sql(query, params))
