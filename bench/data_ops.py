"""Benchmark of issue 9's data work on a database of N demo tickets (SQLite):

- change_poll_ms_p50: one poll of the change marker (services.changes.changed_since), as each
  open window does every 3 s; baseline: `SELECT 1` on the same connection (a query's floor);
- backup_mb_per_s: the daily backup (SQLite backup API, integrity check of the copy, evidence
  files synced); baseline: a plain file copy of the same database file;
- anonymise_ms_p50: anonymising one customer (all their tickets, events, search words);
  baseline: saving one ticket with create_ticket, the everyday write.

    python bench/data_ops.py [--tickets N] [--runs R] [--seed S]
Prints one JSON line per figure, like bench/run.py.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.run import figure  # noqa: E402


def _median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = perf_counter()
        call()
        times.append((perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="aftersales-data-bench-") as tmp:
        os.environ["AFTERSALES_DATA"] = tmp
        from aftersales_desktop.services import backups, changes
        from aftersales_desktop.services.anonymise import anonymise_customer
        from aftersales_desktop.services.demo import generate_demo
        from aftersales_desktop.services.tickets import create_ticket
        from aftersales_desktop.storage.connection import open_database
        from aftersales_desktop.storage.models import Customer, database

        path = Path(tmp) / "bench.sqlite3"
        open_database(str(path))
        generate_demo(args.tickets, seed=args.seed)
        marker = changes.change_marker()
        poll = _median_ms(lambda: changes.changed_since(marker), args.runs * 10)
        floor = _median_ms(lambda: database.execute_sql("SELECT 1").fetchone(), args.runs * 10)
        print(figure("change_poll_ms_p50", poll, "ms", floor))

        size_mb = path.stat().st_size / 1048576
        started = perf_counter()
        made = backups.backup_now("admin")
        backup_s = perf_counter() - started
        started = perf_counter()
        shutil.copyfile(path, Path(tmp) / "plain-copy.sqlite3")
        copy_s = perf_counter() - started
        print(figure("backup_mb_per_s", size_mb / backup_s, "MB/s", size_mb / copy_s))
        made.path.unlink()

        ids = iter([c for c, in Customer.select(Customer.id).order_by(Customer.id)
                    .limit(args.runs).tuples()])
        forget = _median_ms(lambda: anonymise_customer(next(ids), "admin"), args.runs)
        save = _median_ms(lambda: create_ticket({
            "channel": "hotline", "customer": {"name": "基准", "phone": "13900000000"},
            "problem": {"description": "基准测试的工单"}}), args.runs)
        print(figure("anonymise_ms_p50", forget, "ms", save))
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
