"""Benchmark: the 客户投诉登记表 of 10,000 tickets, against the same table drawn by plain ReportLab.

    python bench/register_pdf.py [--tickets N] [--runs R] [--db PATH]

A SQLite database with N demo tickets (default 10,000) received over the last 90 days; the
register of all of them is printed R times (default 3):
- register_10k_s: printing.documents.register_pdf end to end (query, deadlines, rows, layout,
  PDF), as the 打印 screen and `aftersales print register` do;
- register_10k_render_s: ComplaintRegisterRenderer alone on the rows already read.
The baseline of both, in the same run: the same rows, columns, widths, fonts and styles as one
ReportLab Table(repeatRows=1) of Paragraph cells (wordWrap='CJK') in a SimpleDocTemplate.
Medians; one JSON line per figure: {"metric", "value", "unit", "baseline", "ratio"}.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from datetime import timedelta
from io import BytesIO
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from aftersales_desktop.domain.clock import local_today  # noqa: E402
from aftersales_desktop.printing.documents import register_pdf  # noqa: E402
from aftersales_desktop.printing.canvas_text import wrap_lines  # noqa: E402
from aftersales_desktop.printing.fonts import CJK, markup, register_fonts  # noqa: E402
from aftersales_desktop.printing.register_pdf import (  # noqa: E402
    FRACTIONS, HEADER, ComplaintRegisterRenderer)
from aftersales_desktop.printing.styles import RULE, SHADE, stylesheet  # noqa: E402
from aftersales_desktop.services.complaint_register import (  # noqa: E402
    RegisterFilter, register_data)
from aftersales_desktop.services.demo import generate_demo  # noqa: E402
from aftersales_desktop.storage.connection import open_database  # noqa: E402


def plain_table(renderer: ComplaintRegisterRenderer) -> bytes:
    """The register's rows as one ReportLab Table, the way the documentation shows it."""
    styles = stylesheet()
    cell, head = styles["RegisterCell"], styles["RegisterHead"]
    rows = [[Paragraph(markup(h), head) for h in HEADER]]
    rows += [[Paragraph(markup(text), cell) for text in cells] for cells in renderer._cells()]
    left, right, top, bottom = renderer.margins
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=left, rightMargin=right,
                            topMargin=top, bottomMargin=bottom, initialFontName=CJK)
    width = doc.width
    table = Table(rows, colWidths=[f * width for f in FRACTIONS], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), CJK, 7.5),
                               ("GRID", (0, 0), (-1, -1), 0.4, RULE),
                               ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    doc.build([table])
    return out.getvalue()


def cold_caches() -> None:
    """Each print starts without the line breaks of the one before."""
    wrap_lines.cache_clear()


def timed(work) -> tuple[float, bytes]:
    started = perf_counter()
    result = work()
    return perf_counter() - started, result


def figure(metric: str, value: float, baseline: float) -> str:
    return json.dumps({"metric": metric, "value": round(value, 3), "unit": "s",
                       "baseline": round(baseline, 3), "ratio": round(value / baseline, 3)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", help="SQLite file to build and keep (default: a temporary one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="aftersales-bench-") as tmp:
        os.environ["AFTERSALES_DATA"] = tmp
        handle, _ = open_database(args.db or str(Path(tmp) / "register.sqlite3"))
        generate_demo(args.tickets, seed=7)
        today = local_today()
        f = RegisterFilter(today - timedelta(days=100), today)
        register_fonts()
        data = register_data(f)
        print(f"register of {len(data.rows):,} tickets", file=sys.stderr)
        ours, render, plain = [], [], []
        for _ in range(args.runs):
            cold_caches()
            seconds, pdf = timed(lambda: register_pdf(f))
            ours.append(seconds)
            cold_caches()
            seconds, _ = timed(lambda: ComplaintRegisterRenderer(data, "示例公司").render())
            render.append(seconds)
            seconds, baseline_pdf = timed(
                lambda: plain_table(ComplaintRegisterRenderer(data, "示例公司")))
            plain.append(seconds)
        handle.close()
    print(f"pages: {pdf.count(b'/Type /Page') - pdf.count(b'/Type /Pages')} "
          f"(plain Table: {baseline_pdf.count(b'/Type /Page') - baseline_pdf.count(b'/Type /Pages')})",
          file=sys.stderr)
    base = statistics.median(plain)
    print(figure("register_10k_s", statistics.median(ours), base))
    print(figure("register_10k_render_s", statistics.median(render), base))
    return 0


if __name__ == "__main__":
    sys.exit(main())
