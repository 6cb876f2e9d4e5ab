"""The dashboard's sums from the sums kept per day (storage.migration_v17), for viewers who
see every ticket (role scope "all": administrator, 数据分析, 内部审计, 公司经理; a branch
manager without a branch). Scoped viewers' tickets are a fraction and depend on their
department, branch, own tickets and escalations: they keep the live count
(services.statistics_live).

The kept sums judge every time limit as it will stand once every open one has passed: a
ticket with an open limit that has a due time counts late. The tickets whose earliest open due
time is still ahead of `now` are the only ones that stand otherwise; they are counted live at `now`
(the partial index ticket_stat_pending finds them by that due time), their rows as kept are
derived from those (at_end_of_time), and the difference is added. The result is the live
count's, row for row (tests/unit/test_statistics_cube.py).
"""
from __future__ import annotations

from datetime import datetime

from aftersales_desktop.domain.stat_periods import StatPeriod
from aftersales_desktop.services.statistics_live import live_rows
from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.migration_v17 import SUMS
from aftersales_desktop.storage.models import Ticket, database

END_OF_TIME = datetime(9999, 12, 31)  # every due time passed: the state the kept sums hold
_DAY_CHART = "satisfaction"  # each ticket is in one row of every chart: any one sums the day


def _kept(period: StatPeriod) -> list[tuple]:
    p = database.param
    pg = dialect(database.obj) == "postgresql"
    sums = ", ".join(f"SUM({name})" for name in SUMS)
    day = "to_char(day, 'YYYY-MM-DD')" if pg else "day"
    bounds = [period.start, period.end] if pg else [period.start.isoformat(),
                                                    period.end.isoformat()]
    query = (f"SELECT dim, key, {sums} FROM ticket_stat_day WHERE day >= {p} AND day <= {p} "
             f"GROUP BY dim, key UNION ALL SELECT 'day', {day}, {sums} FROM ticket_stat_day "
             f"WHERE dim = '{_DAY_CHART}' AND day >= {p} AND day <= {p} GROUP BY day")
    return list(database.execute_sql(query, bounds + bounds))


def _add(into: dict, rows, sign: int) -> None:
    for dimension, key, *values in rows:
        key = None if key == "" and dimension != "day" else key
        found = into.setdefault((dimension, key), [0] * len(SUMS))
        for i, value in enumerate(values):
            found[i] += sign * (value or 0)


_N, _ON_TIME, _LATE = SUMS.index("n"), SUMS.index("on_time"), SUMS.index("late")


def pending_condition(now: datetime):
    """The tickets whose on-time state at `now` may differ from the kept one."""
    return Ticket.stat_open_due.is_null(False) & (Ticket.stat_open_due > now)


def at_end_of_time(rows: list[tuple]) -> list[tuple]:
    """Live rows of tickets that all have an open due time, as they stand once it has passed:
    every one late (none on time: it has an open limit), in the on-time chart under "late"."""
    out, late = [], [0] * len(SUMS)
    for dimension, key, *values in rows:
        values = [v or 0 for v in values]
        values[_ON_TIME], values[_LATE] = 0, values[_N]
        if dimension == "on_time":
            late = [a + b for a, b in zip(late, values)]
        else:
            out.append((dimension, key, *values))
    return out + [("on_time", "late", *late)]


def kept_rows(period: StatPeriod, now: datetime) -> list[tuple]:
    """The rows of services.statistics_live.live_rows for a viewer who sees every ticket."""
    totals: dict = {}
    _add(totals, _kept(period), 1)
    total = [0] * len(SUMS)
    for (dimension, _), values in totals.items():
        if dimension == "day":
            total = [a + b for a, b in zip(total, values)]
    totals[("all", None)] = total
    pending = live_rows(period, None, now, pending_condition(now))
    _add(totals, pending, 1)
    _add(totals, at_end_of_time(pending), -1)
    return [(dimension, key, *values) for (dimension, key), values in totals.items()
            if values[0] or dimension == "all"]
