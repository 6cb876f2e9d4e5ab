"""Benchmark: the weekly meeting pack (客诉分析例会) on a large database.

    python bench/weekly_pack.py --db PATH|URL [--runs R] [--week 2026-W47]

PATH is a SQLite database of demo tickets (1,000,000 for the figure: a COPY of
/work/bench-data/list-1000000.sqlite3 or bench/out/list-1000000.sqlite3 — it is upgraded to
this program's schema first); URL a postgresql:// database filled from such a copy by
bench/pg_from_sqlite.py (ANALYZE it after loading). The week is the last complete ISO week of its tickets unless
given. Timed R times (default 5), medians:
- weekly_pack_s: services.weekly_pack.weekly_pack as the administrator (every ticket), as the
  客诉分析例会 page and `aftersales print weekly` read it: the grouped counts of five weeks,
  missed limits, escalations, satisfaction, countermeasures;
- baseline, in the same run: raw sqlite3 (psycopg for a URL), the same five weeks' counts by
  one plain GROUP BY (category, sub-category, department, branch, carrier) over ticket.
stderr gives the median time of each part of the pack (from its progress calls), says whether the pack's totals equal the baseline's (exit status 1 if not) and the
query plan of the grouped read. One JSON line: {"metric", "value", "unit", "baseline", "ratio"}.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aftersales_desktop.domain.clock import day_start_utc, to_local  # noqa: E402
from aftersales_desktop.domain.iso_week import parse_week, week_of  # noqa: E402
from aftersales_desktop.services.weekly_pack import weekly_pack  # noqa: E402
from aftersales_desktop.storage.connection import open_database  # noqa: E402
from aftersales_desktop.storage.models import database  # noqa: E402

BASELINE = ("SELECT category_id, subcategory_id, department_id, branch, carrier, "
            "SUM(received_at >= :this), SUM(received_at >= :previous AND received_at < :this), "
            "SUM(received_at < :this) FROM ticket WHERE received_at >= :start AND "
            "received_at < :end GROUP BY category_id, subcategory_id, department_id, branch, "
            "carrier")
PG_BASELINE = (BASELINE.replace("SUM(received_at >= :this)", "COUNT(*) FILTER (WHERE "
                                "received_at >= :this)")
               .replace("SUM(received_at >= :previous AND received_at < :this)",
                        "COUNT(*) FILTER (WHERE received_at >= :previous AND received_at < :this)")
               .replace("SUM(received_at < :this)", "COUNT(*) FILTER (WHERE received_at < :this)"))


def last_complete_week():
    newest = database.execute_sql("SELECT MAX(received_at) FROM ticket").fetchone()[0]
    if isinstance(newest, str):
        from datetime import datetime
        newest = datetime.fromisoformat(newest)
    return week_of(to_local(newest).date()).shifted(-1)


def baseline(path: str, week) -> tuple[float, tuple[int, int, int]]:
    bounds = {"start": week.shifted(-4).monday, "previous": week.shifted(-1).monday,
              "this": week.monday, "end": week.end}
    params = {k: day_start_utc(v).isoformat(sep=" ") for k, v in bounds.items()}
    if path.startswith("postgresql:"):
        import psycopg
        conn = psycopg.connect(path)
        sql = re.sub(r":(\w+)", r"%(\1)s", PG_BASELINE)
    else:
        conn, sql = sqlite3.connect(path), BASELINE
    started = perf_counter()
    rows = conn.execute(sql, params).fetchall()
    took = perf_counter() - started
    conn.close()
    return took, tuple(sum(r[i] for r in rows) for i in (5, 6, 7))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a copy of the 1,000,000-ticket database")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--week", help="ISO week, e.g. 2026-W47 (default: last complete)")
    args = parser.parse_args(argv)
    os.environ.setdefault("AFTERSALES_DATA", tempfile.mkdtemp(prefix="aftersales-weekly-"))
    started = perf_counter()
    handle, _ = open_database(args.db)
    print(f"opened (and upgraded) in {perf_counter() - started:.1f} s; "
          f"{database.execute_sql('SELECT COUNT(*) FROM ticket').fetchone()[0]:,} tickets",
          file=sys.stderr)
    week = parse_week(args.week) if args.week else last_complete_week()
    if not args.db.startswith("postgresql:"):
        plan = database.execute_sql("EXPLAIN QUERY PLAN " + BASELINE.replace(":this", "?", 3)
                                    .replace(":previous", "?").replace(":start", "?")
                                    .replace(":end", "?"), ("",) * 6).fetchall()
        print("plan: " + " | ".join(str(row[-1]) for row in plan), file=sys.stderr)
    service, base, pack, counts, parts = [], [], None, None, {}
    for _ in range(args.runs):
        started = perf_counter()
        marks = []
        pack = weekly_pack(week, "admin", lambda done, total, what: marks.append(
            (what, perf_counter())))
        service.append(perf_counter() - started)
        for (what, at), (_, then) in zip(marks, marks[1:]):
            parts.setdefault(what, []).append(then - at)
        took, counts = baseline(args.db, week)
        base.append(took)
    handle.close()
    totals = (pack.total.this_week, pack.total.previous_week, pack.total.four_week_total)
    same = totals == counts
    print(f"week {week.code}: this/previous/four weeks {totals}; baseline {counts}: "
          f"{'the same' if same else 'DIFFERENT'}", file=sys.stderr)
    print("parts (median s): " + ", ".join(f"{what} {statistics.median(times):.3f}"
                                           for what, times in parts.items()), file=sys.stderr)
    value, reference = statistics.median(service), statistics.median(base)
    print(json.dumps({"metric": "weekly_pack_s", "value": round(value, 3), "unit": "s",
                      "baseline": round(reference, 3), "ratio": round(value / reference, 3)}))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
