"""Benchmark: the 统计 dashboard on a large database.

    python bench/dashboard.py [--db PATH|URL] [--days D] [--runs R]

Times `services.statistics.dashboard` as the administrator (every chart: days, weeks, category,
handling time, time limits, satisfaction, department, handler, carrier; from the sums kept per
day, schema step 17) for the last D days of the data (default 30: a month, the tab's 本月; and
all 92 days, a quarter), median of R runs (default 3), as `dashboard_s` and
`dashboard_quarter_s`; and, as `dashboard_live_s` and `dashboard_quarter_live_s`, the same
dashboard counted live from the period's tickets (services.statistics_live: what scoped viewers
get, and what every viewer got before step 17). Baseline, in the same run, on SQLite: the same
counts by plain raw-sqlite3 GROUP BY queries, one per chart, the per-ticket values joined from
grouped subqueries (first resolution, worst time limit, latest reached call by ROW_NUMBER); on
PostgreSQL (a postgresql:// URL): the live count. Every row of every chart of the kept
dashboard is compared with the live one, and on SQLite the counts with the baseline's (exit
status 1 if one differs). The database is bench/out/list-1000000.sqlite3 by default (upgraded
to the current schema first — the backfill of step 17 takes a while once); a SQLite file is
read into the cache before timing, on PostgreSQL one dashboard of each is run before timing.
"""
from __future__ import annotations

import argparse
import json
import math
import sqlite3
import statistics
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aftersales_desktop.domain.clock import day_start_utc, to_local, utcnow  # noqa: E402
from aftersales_desktop.domain.stat_periods import StatPeriod  # noqa: E402
from aftersales_desktop.services.statistics import GROUPED, board_of, dashboard  # noqa: E402
from aftersales_desktop.services.statistics_live import live_rows  # noqa: E402
from aftersales_desktop.storage.connection import SQLITE_PRAGMAS, open_database  # noqa: E402
from aftersales_desktop.storage.models import database  # noqa: E402

_BUCKETS = ("CASE WHEN r.resolved IS NULL THEN 'none' WHEN h < 4 THEN 'h4' WHEN h < 24 THEN 'd1' "
            "WHEN h < 72 THEN 'd3' WHEN h < 168 THEN 'd7' ELSE 'more' END")
BASELINE = {
    "day": "SELECT date(t.received_at, '+8 hours'), COUNT(*) FROM t GROUP BY 1",
    "category": "SELECT category_id, COUNT(*) FROM t GROUP BY 1",
    "department": "SELECT department_id, COUNT(*) FROM t GROUP BY 1",
    "handler": "SELECT assignee_id, COUNT(*) FROM t GROUP BY 1",
    "carrier": "SELECT NULLIF(TRIM(carrier), ''), COUNT(*) FROM t GROUP BY 1",
    "handling": f"SELECT {_BUCKETS}, COUNT(*) FROM (SELECT r.resolved, (julianday(r.resolved) "
                "- julianday(t.received_at)) * 24 AS h FROM t LEFT JOIN (SELECT ticket_id, "
                "MIN(resolved_at) AS resolved FROM ticket_resolution GROUP BY ticket_id) r "
                "ON r.ticket_id = t.id) AS r GROUP BY 1",
    "on_time": "SELECT CASE d.s WHEN 2 THEN 'late' WHEN 1 THEN 'running' WHEN 0 THEN 'on_time' "
               "ELSE 'none' END, COUNT(*) FROM t LEFT JOIN (SELECT ticket_id, MAX(CASE WHEN "
               "(met_at IS NOT NULL AND met_at > due_at) OR (met_at IS NULL AND due_at IS NOT "
               "NULL AND due_at <= :now) THEN 2 WHEN met_at IS NULL THEN 1 ELSE 0 END) AS s "
               "FROM ticket_deadline GROUP BY ticket_id) d ON d.ticket_id = t.id GROUP BY 1",
    "satisfaction": "SELECT CASE a.satisfied WHEN 1 THEN 'satisfied' WHEN 0 THEN 'unsatisfied' "
                    "ELSE 'none' END, COUNT(*) FROM t LEFT JOIN (SELECT ticket_id, satisfied, "
                    "ROW_NUMBER() OVER (PARTITION BY ticket_id ORDER BY at DESC, id DESC) AS n "
                    "FROM callback_attempt WHERE reached) a ON a.ticket_id = t.id AND a.n = 1 "
                    "GROUP BY 1",
}


def figure(metric: str, value: float, unit: str, baseline: float) -> str:
    return json.dumps({"metric": metric, "value": round(value, 3), "unit": unit,
                       "baseline": round(baseline, 3),
                       "ratio": round(value / baseline, 3) if baseline else None})


def baseline(path: str, period: StatPeriod, now) -> dict:
    """The counts of every chart by plain GROUP BY queries on a connection of its own."""
    conn = sqlite3.connect(path)
    for name, value in SQLITE_PRAGMAS.items():
        conn.execute(f"PRAGMA {name} = {value}")
    low = day_start_utc(period.start).isoformat(" ")
    high = day_start_utc(period.end + timedelta(days=1)).isoformat(" ")
    out = {}
    for key, sql in BASELINE.items():
        query = ("WITH t AS (SELECT * FROM ticket WHERE received_at >= :low "
                 f"AND received_at < :high) {sql}")
        rows = conn.execute(query, {"low": low, "high": high, "now": now.isoformat(" ")})
        out[key] = {(str(k) if k is not None else None): n for k, n in rows}
    conn.close()
    return out


def service_counts(board) -> dict:
    return {key: {r.key: r.count for r in board.charts[key].rows if r.count} for key in GROUPED}


def same_charts(board, other) -> bool:
    """Every number of every chart equal; the summed hours to 1e-9 of their size (added in
    another order: the shown averages are rounded to 0.1 h)."""
    for key, chart in board.charts.items():
        rows, theirs = chart.rows, other.charts[key].rows
        if [replace(r, hours=0.0) for r in rows] != [replace(r, hours=0.0) for r in theirs]:
            return False
        if not all(math.isclose(a.hours, b.hours, rel_tol=1e-9, abs_tol=1e-6)
                   for a, b in zip(rows, theirs)):
            return False
    return True


def timed(action, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = perf_counter()
        result = action()
        times.append(perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", help="SQLite file or postgresql:// URL "
                                     "(default bench/out/list-1000000.sqlite3)")
    parser.add_argument("--days", type=int, default=30, help="days of the short period")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = args.db or str(Path(__file__).resolve().parent / "out" / "list-1000000.sqlite3")
    pg = path.startswith("postgresql://")
    if not pg and not Path(path).is_file():
        print(f"{path} does not exist (build it with bench/list_search.py)", file=sys.stderr)
        return 2
    started = perf_counter()
    handle, _ = open_database(path)
    print(f"opened (and upgraded) in {perf_counter() - started:.1f} s", file=sys.stderr)
    newest = database.execute_sql("SELECT MAX(received_at) FROM ticket").fetchone()[0]
    tickets = database.execute_sql("SELECT COUNT(*) FROM ticket").fetchone()[0]
    if isinstance(newest, str):
        newest = datetime.fromisoformat(newest)
    last_day = to_local(newest).date()
    if not pg:
        with open(path, "rb") as file:  # warm: the figures are of the cache, not of the disk
            while file.read(1 << 24):
                pass
    status = 0
    for metric, days in (("dashboard_s", args.days), ("dashboard_quarter_s", 92)):
        period = StatPeriod(last_day - timedelta(days=days - 1), last_day)
        now = utcnow()
        live = lambda: board_of("admin", period, now, live_rows(period, None, now))  # noqa: E731
        if pg:  # warm: the table's pages into the server's cache
            dashboard("admin", period, now=now), live()
        value, board = timed(lambda: dashboard("admin", period, now=now), args.runs)
        live_value, live_board = timed(live, args.runs)
        if pg:
            base = live_value
        else:
            base, counts = timed(lambda: baseline(path, period, now), args.runs)
        pending = database.execute_sql(
            f"SELECT COUNT(*) FROM ticket WHERE stat_open_due > {database.param} AND received_at "
            f">= {database.param} AND received_at < {database.param}",
            (now, day_start_utc(period.start), day_start_utc(period.end + timedelta(days=1)))
        ).fetchone()[0]
        print(f"{metric}: {board.total.count:,} of {tickets:,} tickets, {period.label}; "
              f"{pending:,} with an open due time still ahead (counted live)", file=sys.stderr)
        if not same_charts(board, live_board):
            status = 1
            print(f"{metric}: the kept dashboard differs from the live count", file=sys.stderr)
        mine = service_counts(board)
        for key in BASELINE if not pg else ():
            if mine[key] != counts[key]:
                status = 1
                print(f"{metric}: {key} differs from the baseline", file=sys.stderr)
        print(figure(metric, value, "s", base), flush=True)
        print(figure(metric.replace("_s", "_live_s"), live_value, "s", base), flush=True)
    handle.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
