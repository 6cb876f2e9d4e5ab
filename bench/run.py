"""Benchmark: saving a ticket into a full database, and generating demo data; on request also
the ticket list and search (bench/list_search.py) and the program's startup (bench/startup.py).

    python bench/run.py --tickets N [--db PATH] [--samples K] [--seed S]
                        [--list-search [--list-tickets M] [--list-db PATH|URL]]
                        [--startup [--startup-runs R] [--startup-db PATH|URL]]
                        [--register [--register-runs R]]
                        [--data [--data-tickets N]]
                        [--dashboard [--dashboard-db PATH] [--dashboard-runs R]]
                        [--frozen [--frozen-runs R]]
                        [--weekly --weekly-db PATH|URL [--weekly-runs R]]

Without --tickets only the figures asked for by --list-search/--startup/--register/--data/
--dashboard/--frozen are produced.

Prints one JSON line per figure: {"metric", "value", "unit", "baseline", "ratio"}.
Each baseline is raw sqlite3 doing the same writes in a second file of the same directory,
with the program's pragmas (WAL, foreign keys, synchronous=FULL), in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aftersales_desktop.domain.clock import to_local, utcnow  # noqa: E402
from aftersales_desktop.services import demo_fields  # noqa: E402
from aftersales_desktop.services.demo import generate_demo  # noqa: E402
from aftersales_desktop.services.demo_crew import leaves  # noqa: E402
from aftersales_desktop.services.ticket_fields import SECTION_COLUMNS  # noqa: E402
from aftersales_desktop.services.tickets import create_ticket  # noqa: E402
from aftersales_desktop.storage import migrations  # noqa: E402
from aftersales_desktop.storage.connection import SQLITE_PRAGMAS, open_database  # noqa: E402
from aftersales_desktop.storage.models import Customer, database  # noqa: E402

REFERENCE_TABLES = ("branch", "department", "staff", "carrier", "category")
BULK_TABLES = ("customer", "ticket", "audit_event")  # in the order the demo writes them
COPY_CHUNK = 10_000
WARM_UP = 10


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    for name, value in SQLITE_PRAGMAS.items():
        conn.execute(f"PRAGMA {name} = {value}")
    with conn:
        for statement in migrations.STEPS[1]("sqlite"):
            conn.execute(statement)
    return conn


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def copy_table(source, raw: sqlite3.Connection, table: str, verb: str = "INSERT"):
    """Copy `table` in chunks with executemany + commit; return (rows, seconds writing)."""
    names = columns(raw, table)
    insert = f"{verb} INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    cursor = source.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY id")
    copied, spent = 0, 0.0
    while rows := cursor.fetchmany(COPY_CHUNK):
        started = perf_counter()
        raw.executemany(insert, rows)
        raw.commit()
        spent += perf_counter() - started
        copied += len(rows)
    return copied, spent


def ticket_payload(rng: random.Random, cats, known_phones: list[str]) -> dict:
    """A ticket as the screens would send it: half from a known customer."""
    leaf = rng.choice(cats)
    person = demo_fields.customer(rng)
    if known_phones and rng.random() < 0.5:
        person["phone"] = rng.choice(known_phones)
    channel = rng.choice(["hotline", "wechat", "online_service", "website"])
    today = to_local(utcnow()).date()
    cols = demo_fields.ticket_columns(rng, leaf.code, leaf.name, today, channel)
    sections = {section: {key: (cols[col].isoformat() if hasattr(cols[col], "isoformat")
                                else cols[col])
                          for key, col in mapping.items() if cols.get(col) is not None}
                for section, mapping in SECTION_COLUMNS.items()}
    return {"channel": channel, "customer": {k: v for k, v in person.items() if v is not None},
            "category": leaf.code.split(".")[0],
            "subcategory": leaf.code if leaf.subcategory_id else None, **sections}


def save_samples(raw: sqlite3.Connection, samples: int, seed: int) -> tuple[list, list]:
    """Interleave create_ticket and a raw insert + commit of the same row; milliseconds."""
    rng = random.Random(seed)
    cats = leaves()
    phones = [p for p, in Customer.select(Customer.phone).limit(5000).tuples()]
    source = database.connection()
    ticket_cols = [c for c in columns(raw, "ticket") if c != "id"]
    customer_cols = columns(raw, "customer")
    insert = (f"INSERT INTO ticket ({', '.join(ticket_cols)}) "
              f"VALUES ({', '.join('?' * len(ticket_cols))})")
    service, baseline = [], []
    for i in range(WARM_UP + samples):
        payload = ticket_payload(rng, cats, phones)
        started = perf_counter()
        view = create_ticket(payload, actor="clerk01")
        took = perf_counter() - started
        row = source.execute(f"SELECT {', '.join(ticket_cols)} FROM ticket WHERE number = ?",
                             (view.number,)).fetchone()
        customer = source.execute(f"SELECT {', '.join(customer_cols)} FROM customer "
                                  "WHERE id = ?", (view.customer.id,)).fetchone()
        with raw:
            raw.execute(f"INSERT OR IGNORE INTO customer VALUES "
                        f"({', '.join('?' * len(customer_cols))})", customer)
        started = perf_counter()
        raw.execute(insert, row)
        raw.commit()
        raw_took = perf_counter() - started
        if i >= WARM_UP:
            service.append(took * 1000)
            baseline.append(raw_took * 1000)
    return service, baseline


def figure(metric: str, value: float, unit: str, baseline: float) -> str:
    return json.dumps({"metric": metric, "value": round(value, 3), "unit": unit,
                       "baseline": round(baseline, 3),
                       "ratio": round(value / baseline, 3) if baseline else None})


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, help="demo tickets to generate for the save and "
                        "demo figures (required unless only --list-search/--startup are asked)")
    parser.add_argument("--db", help="SQLite file to build and keep (default: a temporary one)")
    parser.add_argument("--samples", type=int, default=400, help="tickets saved and timed")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--list-search", action="store_true",
                        help="also list_first_page_ms and search_p95_ms (bench/list_search.py)")
    parser.add_argument("--list-tickets", type=int, default=1_000_000,
                        help="tickets of the list/search database (default 1,000,000; "
                             "bench/out/list-M.sqlite3 is reused when it exists)")
    parser.add_argument("--list-db", help="list/search database instead of bench/out/list-M")
    parser.add_argument("--startup", action="store_true",
                        help="also startup_ms against a bare PySide6 window (bench/startup.py)")
    parser.add_argument("--startup-runs", type=int, default=5, help="startup runs of each")
    parser.add_argument("--startup-db", help="database the program starts on "
                        "(default: bench/out/list-1000000.sqlite3 when it exists)")
    parser.add_argument("--register", action="store_true",
                        help="also register_10k_s against one plain ReportLab table "
                             "(bench/register_pdf.py)")
    parser.add_argument("--register-runs", type=int, default=3, help="register prints of each")
    parser.add_argument("--data", action="store_true",
                        help="also change_poll_ms_p50, backup_mb_per_s, anonymise_ms_p50 "
                             "(bench/data_ops.py)")
    parser.add_argument("--data-tickets", type=int, default=20_000,
                        help="demo tickets of the data database (default 20,000)")
    parser.add_argument("--dashboard", action="store_true",
                        help="also dashboard_s and dashboard_quarter_s against plain GROUP BY "
                             "queries (bench/dashboard.py)")
    parser.add_argument("--dashboard-db", help="database of the dashboard figures (default: "
                        "bench/out/list-1000000.sqlite3)")
    parser.add_argument("--dashboard-runs", type=int, default=3, help="dashboards of each")
    parser.add_argument("--frozen", action="store_true",
                        help="also frozen_startup_ms, frozen_ready_ms and deb_size_mb of the "
                             "PyInstaller build (bench/frozen_startup.py)")
    parser.add_argument("--frozen-runs", type=int, default=7, help="frozen-start runs of each")
    parser.add_argument("--weekly", action="store_true",
                        help="also weekly_pack_s against one raw GROUP BY (bench/weekly_pack.py)")
    parser.add_argument("--weekly-db", metavar="PATH|URL",
                        help="a COPY of the 1,000,000-ticket database (upgraded in place, so "
                             "no default), or a postgresql:// URL filled from one")
    parser.add_argument("--weekly-runs", type=int, default=5, help="packs timed")
    args = parser.parse_args(argv)
    if args.tickets is None and not (args.list_search or args.startup or args.register
                                     or args.data or args.dashboard or args.frozen or args.weekly):
        parser.error("--tickets is required (or ask for --list-search, --startup, --register, "
                     "--data, --dashboard, --frozen, --weekly)")
    if args.weekly and not args.weekly_db:
        parser.error("--weekly needs --weekly-db: a copy of the database (it is upgraded)")
    return args


def run_script(name: str, options: list[str]) -> int:
    """Run another bench script in its own process; its JSON lines go to our stdout."""
    script = Path(__file__).resolve().parent / name
    done = subprocess.run([sys.executable, str(script), *options], stdout=subprocess.PIPE,
                          text=True)
    sys.stdout.write(done.stdout)
    sys.stdout.flush()
    if done.returncode:
        print(f"{name} failed with exit status {done.returncode}", file=sys.stderr)
    return done.returncode


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.tickets is not None:
        save_and_demo(args)
    status = 0
    if args.list_search:
        options = ["--tickets", str(args.list_tickets), "--seed", str(args.seed)]
        status |= run_script("list_search.py", options + (["--db", args.list_db]
                                                          if args.list_db else []))
    if args.startup:
        options = ["--runs", str(args.startup_runs)]
        status |= run_script("startup.py", options + (["--db", args.startup_db]
                                                      if args.startup_db else []))
    if args.register:
        status |= run_script("register_pdf.py", ["--runs", str(args.register_runs)])
    if args.data:
        status |= run_script("data_ops.py", ["--tickets", str(args.data_tickets),
                                             "--seed", str(args.seed)])
    if args.dashboard:
        options = ["--runs", str(args.dashboard_runs)]
        status |= run_script("dashboard.py", options + (["--db", args.dashboard_db]
                                                        if args.dashboard_db else []))
    if args.frozen:
        status |= run_script("frozen_startup.py", ["--runs", str(args.frozen_runs)])
    if args.weekly:
        status |= run_script("weekly_pack.py", ["--db", args.weekly_db,
                                                "--runs", str(args.weekly_runs)])
    return 1 if status else 0


def save_and_demo(args: argparse.Namespace) -> None:
    """The figures of issue 2: save_ticket_ms_p50/_p95 and demo_rows_per_s."""
    with tempfile.TemporaryDirectory(prefix="aftersales-bench-") as tmp:
        path = Path(args.db).resolve() if args.db else Path(tmp) / "bench.sqlite3"
        os.environ["AFTERSALES_DATA"] = tmp
        handle, _ = open_database(str(path))
        report = generate_demo(args.tickets, seed=args.seed)
        print(f"demo: {report.tickets:,} tickets, {report.events:,} events, "
              f"{report.customers:,} customers in {report.seconds:.1f} s", file=sys.stderr)
        with tempfile.TemporaryDirectory(prefix="baseline-", dir=path.parent) as raw_dir:
            raw = raw_connection(Path(raw_dir) / "raw.sqlite3")
            source = database.connection()
            for table in REFERENCE_TABLES:  # the same rows as the schema's seed, or new
                copy_table(source, raw, table, "INSERT OR IGNORE")
            copied = {table: copy_table(source, raw, table) for table in BULK_TABLES}
            service, base = save_samples(raw, args.samples, args.seed)
            raw.close()
        handle.close()
    rows = copied["ticket"][0] + copied["audit_event"][0]
    seconds = sum(spent for _, spent in copied.values())
    q_service = statistics.quantiles(service, n=100, method="inclusive")
    q_base = statistics.quantiles(base, n=100, method="inclusive")
    print(figure("save_ticket_ms_p50", q_service[49], "ms", q_base[49]))
    print(figure("save_ticket_ms_p95", q_service[94], "ms", q_base[94]))
    print(figure("demo_rows_per_s", report.rows_per_s, "rows/s", rows / seconds))


if __name__ == "__main__":
    sys.exit(main())
