"""Benchmark of 导出 Excel on a database of N demo tickets (SQLite):

- export_tickets_rows_per_s: the whole ticket list exported as the 工单 screen's 导出 Excel does
  (services.list_export + list_tables.tickets: the list read in chunks of 1,000 page after
  page, masked, audited, written through xlsx_table); baseline: xlsx_table writing the same
  rows already in memory (the workbook alone);
- export_peak_mb: the export's peak Python memory (tracemalloc), against the same baseline's
  — flat memory is what the streaming is for.

    python bench/excel_export.py [--tickets N] [--runs R] [--seed S]
Prints one JSON line per figure, like bench/run.py.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import tracemalloc
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.run import figure  # noqa: E402


def _timed(call) -> tuple[float, float]:
    """(seconds, peak MB) of one call."""
    tracemalloc.start()
    started = perf_counter()
    call()
    seconds = perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    tracemalloc.stop()
    return seconds, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="aftersales-excel-bench-") as tmp:
        os.environ["AFTERSALES_DATA"] = tmp
        from aftersales_desktop.services import list_tables
        from aftersales_desktop.services.demo import generate_demo
        from aftersales_desktop.services.list_export import Shown, export_list
        from aftersales_desktop.services.staff import find_staff
        from aftersales_desktop.services.ticket_list import TicketFilter
        from aftersales_desktop.services.xlsx_table import Sheet, write_workbook
        from aftersales_desktop.storage.connection import open_database

        open_database(str(Path(tmp) / "bench.sqlite3"))
        generate_demo(tickets=args.tickets, seed=args.seed)
        table = list_tables.tickets(TicketFilter())
        exports, baselines, peaks, base_peaks, rows = [], [], [], [], 0
        for run in range(args.runs):
            out = Path(tmp) / f"export{run}.xlsx"
            seconds, peak = _timed(lambda: export_list("admin", table, out))
            exports.append(seconds)
            peaks.append(peak)
            rows_in_memory = list(table.rows(find_staff("admin"), Shown()))
            rows = len(rows_in_memory)
            base = Path(tmp) / f"base{run}.xlsx"
            seconds, peak = _timed(lambda: write_workbook(base, [Sheet(
                table.title, table.headers, rows_in_memory, table.widths)]))
            baselines.append(seconds)
            base_peaks.append(peak)
        value, baseline = rows / statistics.median(exports), rows / statistics.median(baselines)
        print(figure("export_tickets_rows_per_s", value, "rows/s", baseline))
        print(figure("export_peak_mb", statistics.median(peaks), "MB",
                     statistics.median(base_peaks)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
