"""Render the clerk's quick start (docs/guide/zh/快速上手.md) to one A4 page.

Run: .venv/bin/python tools/quick_start_pdf.py
Writes docs/guide/quick-start.zh.pdf and, with pdftoppm, docs/guide/quick-start.zh.png.
It uses the printouts' renderer base (A4, header, page x/y), named styles and bundled fonts,
and reads the small Markdown subset the quick start is written in: a `#` title, `##`
headings, paragraphs, a numbered list, pipe tables; inline **bold**, `keys` and [links](…).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.platypus import Paragraph, Spacer, Table  # noqa: E402
from reportlab.platypus import paragraph as rl_paragraph  # noqa: E402

from aftersales_desktop.printing.base import DocumentRenderer  # noqa: E402
from aftersales_desktop.printing.fonts import CJK, LATIN, markup, register_fonts  # noqa: E402
from aftersales_desktop.printing.parts import form_style  # noqa: E402
from aftersales_desktop.printing.styles import SHADE  # noqa: E402

SOURCE = ROOT / "docs" / "guide" / "zh" / "快速上手.md"
PDF = ROOT / "docs" / "guide" / "quick-start.zh.pdf"
HEADER = "售后工单台 用户手册"
_INLINE = re.compile(r"\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\([^)]*\)")
_ITEM = re.compile(r"^(\d+)\.\s+(.*)$")
# ReportLab's CJK line breaking lets these full-width marks start a line; not in this document
# (set only while it is laid out, so other documents rendered in the same process are as before).
NO_LINE_START = "，；：！？》〉–"


def inline(text: str) -> str:
    """Paragraph markup of one Markdown line: bold as dark blue, keys on a grey ground."""
    out, last = [], 0
    for match in _INLINE.finditer(text):
        out.append(markup(text[last:match.start()]))
        bold, key, link = match.groups()
        if bold is not None:
            out.append(f'<font color="#0d3c78">{markup(bold)}</font>')
        elif key is not None:
            out.append(f'<font backColor="#e3e7ea">\u2009{markup(key)}\u2009</font>')
        else:
            out.append(markup(link))
        last = match.end()
    out.append(markup(text[last:]))
    return "".join(out)


def blocks(source: str) -> list[tuple[str, object]]:
    """("title"|"heading"|"para", text), ("item", (number, text)), ("table", rows)."""
    found: list[tuple[str, object]] = []
    for line in source.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            found.append(("heading", line[3:]))
        elif line.startswith("# "):
            found.append(("title", line[2:]))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue  # the header's rule
            if found and found[-1][0] == "table":
                found[-1][1].append(cells)
            else:
                found.append(("table", [cells]))
        elif (item := _ITEM.match(line)) is not None:
            found.append(("item", (item.group(1), item.group(2))))
        else:
            found.append(("para", line))
    return found


class QuickStartRenderer(DocumentRenderer):
    title = "快速上手（客服专员）"

    def __init__(self, source: str, **kwargs):
        super().__init__(HEADER, **kwargs)
        self.source = source

    def story(self) -> list:
        s = self.styles
        item = ParagraphStyle("QuickItem", parent=s["Body"], fontSize=10.5, leading=16,
                              leftIndent=18, bulletIndent=0, bulletFontName=LATIN,
                              spaceAfter=4.5)
        cell = ParagraphStyle("QuickCell", parent=s["Cell"], fontSize=9.5, leading=13)
        story = []
        for kind, value in blocks(self.source):
            if kind == "title":
                story.append(Paragraph(inline(value), s["DocTitle"]))
            elif kind == "heading":
                story.append(Paragraph(inline(value), s["Heading"]))
            elif kind == "para":
                story += [Paragraph(inline(value), s["DocSubtitle"]), Spacer(0, 2)]
            elif kind == "item":
                number, text = value
                story.append(Paragraph(inline(text), item, bulletText=f"{number}."))
            else:
                story.append(self._table(value, cell))
        return story

    def _table(self, rows: list[list[str]], cell: ParagraphStyle) -> Table:
        shares = (0.30, 0.14, 0.56)
        data = [[Paragraph(inline(text), cell) for text in row] for row in rows]
        table = Table(data, colWidths=[self.frame_width * f for f in shares], repeatRows=1)
        table.setStyle(form_style([("BACKGROUND", (0, 0), (-1, 0), SHADE)]))
        return table


def missing_glyphs(source: str) -> set[str]:
    """Characters of `source` neither bundled font can draw (they would print as blanks)."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in (CJK, LATIN)]
    return {c for c in source if not c.isspace() and not any(ord(c) in f for f in faces)}


def render(source: str | None = None) -> bytes:
    renderer = QuickStartRenderer(SOURCE.read_text(encoding="utf-8") if source is None
                                  else source)
    usual = rl_paragraph.ALL_CANNOT_START
    rl_paragraph.ALL_CANNOT_START = usual + "".join(c for c in NO_LINE_START if c not in usual)
    try:
        return renderer.render()
    finally:
        rl_paragraph.ALL_CANNOT_START = usual


def main() -> int:
    missing = missing_glyphs(SOURCE.read_text(encoding="utf-8"))
    if missing:
        print(f"{SOURCE.name}: no glyph for {' '.join(sorted(missing))}", file=sys.stderr)
        return 1
    PDF.write_bytes(render())
    print("wrote", PDF)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no PNG written", file=sys.stderr)
        return 1
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(PDF),
                    str(PDF.with_suffix(""))], check=True)
    print("wrote", PDF.with_suffix(".png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
