"""Benchmark: the ticket list and its search on a large database.

    python bench/list_search.py [--tickets N] [--db PATH|URL] [--seed S] [--rounds R]

Builds the database with the demo generator (bench/out/list-N.sqlite3 by default; reused
when it already holds tickets, upgraded first when its schema is older) and times what the
工单 screen does before the user sees rows (services.ticket_first_page.first_page: for a
search the order decision, a count that stops at SORT_CAP + 1, and the first page), and
apart from it the count the screen asks for in the background afterwards
(ticket_first_page.background_count: exact; a search's up to 100,000). Baselines, in the same run: the previous implementation's SQL (LIKE '%…%'
search, ORDER BY received time; its exact count timed apart). Prints one JSON line per
figure: {"metric", "value", "unit", "baseline", "ratio"}. The tables and indexes searched are read
into the cache first (PostgreSQL: pg_prewarm). Notes on stderr, with whether the first
page of each baseline query is the baseline's (numbers and order; exit status 1 if not).
"""
from __future__ import annotations

import argparse
from dataclasses import replace
import json
import random
import re
import statistics
import sys
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aftersales_desktop.services.demo import generate_demo  # noqa: E402
from aftersales_desktop.services.ticket_first_page import (  # noqa: E402
    SEARCH_COUNT_CAP, background_count, first_page,
)
from aftersales_desktop.services.ticket_list import (  # noqa: E402
    ENTERED, INDEXED_SORTS, TicketFilter, count_tickets, list_page,
)
from aftersales_desktop.storage.connection import open_database  # noqa: E402
from aftersales_desktop.storage.models import database  # noqa: E402

PAGE = 100
QUERIES = 30  # per length
OLD_FROM = ("FROM ticket t JOIN customer c ON t.customer_id = c.id "
            "LEFT JOIN category cat ON t.category_id = cat.id "
            "LEFT JOIN category sub ON t.subcategory_id = sub.id "
            "LEFT JOIN staff s ON t.assignee_id = s.id")
OLD_COLUMNS = ("t.number, t.received_at, c.name, c.phone, cat.name, sub.name, t.priority, "
               "t.state, t.channel, s.name")


def timed(action) -> float:
    started = perf_counter()
    action()
    return (perf_counter() - started) * 1000


def screen_refresh(f: TicketFilter) -> list[str]:
    """What TicketListScreen.refresh waits for before it shows rows; the first page's numbers."""
    return [row.number for row in first_page(f, PAGE).rows]


PREVIOUS_CAP = 5000


def previous_refresh(f: TicketFilter) -> list[str]:
    """What the screen waited for before this round: a count stopping at 5,001, the order
    decided from it, then the first page (the count was shown with the rows)."""
    count = count_tickets(f, cap=PREVIOUS_CAP)
    searching = bool(f.search.strip())
    if count > PREVIOUS_CAP and (searching or f.sort not in INDEXED_SORTS):
        f = replace(f, sort=ENTERED, descending=True)
    return [row.number for row in list_page(f, PAGE)]


def screen_count(f: TicketFilter) -> tuple[int, bool]:
    """What the screen then counts in the background (when the first page did not tell): the
    exact count, a search's only up to SEARCH_COUNT_CAP (then: more than that)."""
    return background_count(f)


def expected_count(like_count: int, searching: bool) -> tuple[int, bool]:
    """What screen_count should say when the LIKE baseline counted `like_count`."""
    if searching and like_count > SEARCH_COUNT_CAP:
        return SEARCH_COUNT_CAP, False
    return like_count, True


OLD_TIMES: dict[str, list[float]] = {"page": [], "count": []}
OLD_RESULTS: dict[str | None, tuple[list[str], int]] = {}  # text: (page's numbers, count)


def old_refresh(text: str | None) -> list[str]:
    """The previous list_page + exact count: LIKE search; the page's numbers. The times of
    the page and of the count are kept apart in OLD_TIMES."""
    p = database.param
    where, args = "", ()
    if text:
        where = (f"WHERE (c.name LIKE {p} OR t.description LIKE {p} OR t.order_number = {p} "
                 f"OR t.waybill = {p} OR t.number = {p})")
        args = (f"%{text}%", f"%{text}%", text, text, text.upper())
    started = perf_counter()
    rows = database.execute_sql(f"SELECT {OLD_COLUMNS} {OLD_FROM} {where} "
                                f"ORDER BY t.received_at DESC, t.id DESC LIMIT {PAGE}",
                                args).fetchall()
    counted = perf_counter()
    count = database.execute_sql(f"SELECT COUNT(*) {OLD_FROM} {where}", args).fetchone()[0]
    OLD_TIMES["page"].append((counted - started) * 1000)
    OLD_TIMES["count"].append((perf_counter() - counted) * 1000)
    OLD_RESULTS[text] = [row[0] for row in rows], count
    return OLD_RESULTS[text][0]


def old_parts(action) -> tuple[float, float]:
    """The times of old_refresh's page and count."""
    action()
    return OLD_TIMES["page"][-1], OLD_TIMES["count"][-1]


def sample_queries(rng: random.Random, length: int) -> list[str]:
    """Chinese substrings of `length` taken from random tickets' descriptions."""
    top = database.execute_sql("SELECT MAX(id) FROM ticket").fetchone()[0]
    found: list[str] = []
    while len(found) < QUERIES:
        row = database.execute_sql(f"SELECT description FROM ticket WHERE id = {database.param}",
                                   (rng.randint(1, top),)).fetchone()
        runs = [r for r in re.findall(r"[\u4e00-\u9fff]+", row[0] if row else "")
                if len(r) >= length]
        if runs:
            run = rng.choice(runs)
            start = rng.randrange(len(run) - length + 1)
            found.append(run[start:start + length])
    return found


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def line(metric: str, value: float, baseline: float, unit: str = "ms") -> None:
    print(json.dumps({"metric": metric, "value": round(value, 2), "unit": unit,
                      "baseline": round(baseline, 2), "ratio": round(value / baseline, 4)}),
          flush=True)


def prepare(target: str, tickets: int, seed: int) -> None:
    started = perf_counter()
    open_database(target)
    present = database.execute_sql("SELECT COUNT(*) FROM ticket").fetchone()[0]
    if present < tickets:
        generate_demo(tickets - present, seed=seed)
    total = database.execute_sql("SELECT COUNT(*) FROM ticket").fetchone()[0]
    print(f"database {target}: {total} tickets, ready in {perf_counter() - started:.1f} s",
          file=sys.stderr, flush=True)


SEARCHED = ("ticket", "ticket_pkey", "ticket_received_at_id", "ticket_search",
            "ticket_search_pkey", "ticket_search_words", "customer", "customer_pkey",
            "ticket_deadline", "ticket_deadline_ticket_id_kind_key")


def warm(target: str) -> None:
    """Read what the list and search use into the operating system's cache, so that the figures
    are of a warm server, not of the disk (the baseline's full scans read everything anyway)."""
    started = perf_counter()
    if target.startswith(("postgresql://", "postgres://")):
        try:
            database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_prewarm")
            names = ", ".join(f"'{name}'" for name in SEARCHED)
            database.execute_sql("SELECT pg_prewarm(oid, 'read') FROM pg_class WHERE relname IN "
                                 f"({names}) AND relnamespace = current_schema()::regnamespace")
        except Exception as exc:  # noqa: BLE001 - without pg_prewarm the run is only colder
            print(f"not warmed (pg_prewarm: {exc})", file=sys.stderr)
            return
    else:
        with open(target, "rb") as file:
            while file.read(1 << 24):
                pass
    print(f"warmed in {perf_counter() - started:.1f} s", file=sys.stderr, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--db", help="SQLite file or postgresql:// URL")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="times each query is timed")
    parser.add_argument("--baseline-queries", type=int, default=5,
                        help="queries per length timed with the old LIKE search (slow)")
    args = parser.parse_args()
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    target = args.db or str(out / f"list-{args.tickets}.sqlite3")
    prepare(target, args.tickets, args.seed)
    warm(target)
    rng = random.Random(args.seed)
    queries = {n: sample_queries(rng, n) for n in (2, 4)}
    for text in queries[2][:3]:  # warm the caches the way a first use of the screen does
        screen_refresh(TicketFilter(search=text))
    first = [timed(lambda: screen_refresh(TicketFilter())) for _ in range(11)]
    counts = [timed(lambda: screen_count(TicketFilter())) for _ in range(5)]
    old = [old_parts(lambda: old_refresh(None)) for _ in range(5)]
    # the baseline is what the user waited for before: the page and its count
    line("list_first_page_ms", statistics.median(first), statistics.median(map(sum, old)))
    line("list_count_ms", statistics.median(counts), statistics.median(c for _, c in old))
    every, old_every, every_count, old_every_count = [], [], [], []
    for n, texts in queries.items():
        new = [timed(lambda: screen_refresh(TicketFilter(search=text)))
               for _ in range(args.rounds) for text in texts]
        counted = [timed(lambda: screen_count(TicketFilter(search=text))) for text in texts]
        before = [timed(lambda: previous_refresh(TicketFilter(search=text)))
                  for _ in range(args.rounds) for text in texts]
        old = [old_parts(lambda: old_refresh(text)) for text in texts[:args.baseline_queries]]
        line(f"search_p95_ms_{n}char", p95(new), p95([sum(o) for o in old]))
        line(f"search_count_p95_ms_{n}char", p95(counted), p95([c for _, c in old]))
        line(f"search_previous_p95_ms_{n}char", p95(before), p95([sum(o) for o in old]))
        every, old_every = every + new, old_every + [sum(o) for o in old]
        every_count, old_every_count = every_count + counted, old_every_count + [c for _, c in old]
    line("search_p95_ms", p95(every), p95(old_every))
    line("search_count_p95_ms", p95(every_count), p95(old_every_count))
    print(f"queries: {json.dumps(queries, ensure_ascii=False)}", file=sys.stderr)
    checked = [text for texts in queries.values() for text in texts[:args.baseline_queries]]
    differ = [text for text in checked
              if screen_refresh(TicketFilter(search=text)) != OLD_RESULTS[text][0]]
    miscounted = [text for text in checked if screen_count(TicketFilter(search=text))
                  != expected_count(OLD_RESULTS[text][1], True)]
    for what, wrong in (("first pages", differ), ("counts", miscounted)):
        print(f"{what} equal to the LIKE baseline's: {len(checked) - len(wrong)} of "
              f"{len(checked)}{'; not: ' + ' '.join(wrong) if wrong else ''}", file=sys.stderr)
    print("counts: " + json.dumps({t: OLD_RESULTS[t][1] for t in checked}, ensure_ascii=False),
          file=sys.stderr)
    return 1 if differ or miscounted else 0


if __name__ == "__main__":
    sys.exit(main())
