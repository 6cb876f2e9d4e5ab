"""A table of plain-text cells for thousands of rows.

ReportLab's Table re-measures and re-creates the rest of a long table at every page break and
draws each cell with its own text object: 80 s for a 10,000-row register of Paragraph cells
(bench/register_pdf.py). RowGrid measures each row once, splits at a page break by bisecting
the running heights, repeats its header row on every page (as Table's repeatRows=1 does) and
draws a page with one text object and one path. Cells wrap like Paragraph's wordWrap='CJK'
(canvas_text.wrap_lines); font, size and leading come from named ParagraphStyles.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from aftersales_desktop.printing.canvas_text import wrap_lines
from aftersales_desktop.printing.fonts import runs, text_width
from aftersales_desktop.printing.styles import INK, RULE, SHADE, WARN

PAD = 2.0


@dataclass
class _Layout:
    widths: list[float]
    lines: list[tuple[tuple[str, ...], ...]]  # per row, per cell
    tops: list[float]  # tops[i]: height of rows before row i; tops[-1] is the total
    head_lines: tuple[tuple[str, ...], ...]
    head_height: float
    codes: dict = field(default_factory=dict)  # (line, size) → PDF text operators
    codes_doc: object = None  # the document those operators belong to


class RowGrid(Flowable):
    def __init__(self, header: list[str], rows: list[tuple[str, ...]], fractions: list[float],
                 cell: ParagraphStyle, head: ParagraphStyle, warn: dict[int, set[str]] | None = None,
                 progress=None, _layout: _Layout | None = None, _span: tuple[int, int] | None = None):
        super().__init__()
        self.header, self.rows, self.fractions = header, rows, fractions
        self.cell, self.head, self.warn = cell, head, warn or {}
        self.progress = progress  # progress(done, total) while measuring
        self._layout = _layout
        self._span = _span or (0, len(rows))

    # measuring ---------------------------------------------------------------------------
    def layout(self, width: float) -> _Layout:
        if self._layout is None or abs(sum(self._layout.widths) - width) > 0.01:
            widths = [f * width for f in self.fractions]
            size, leading = self.cell.fontSize, self.cell.leading
            lines, tops, total = [], [0.0], 0.0
            for index, row in enumerate(self.rows):
                cells = tuple(wrap_lines(text or "", w - 2 * PAD, size)
                              for text, w in zip(row, widths))
                lines.append(cells)
                total += max(len(c) for c in cells) * leading + 2 * PAD
                tops.append(total)
                if self.progress and index % 500 == 0:
                    self.progress(index, len(self.rows))
            head = tuple(wrap_lines(t, w - 2 * PAD, self.head.fontSize)
                         for t, w in zip(self.header, widths))
            head_height = max(len(c) for c in head) * self.head.leading + 2 * PAD
            self._layout = _Layout(widths, lines, tops, head, head_height)
        return self._layout

    def _height(self) -> float:
        tops, (start, end) = self._layout.tops, self._span
        return self._layout.head_height + tops[end] - tops[start]

    def wrap(self, availWidth, availHeight):
        self.layout(availWidth)
        self.width = availWidth
        self.height = self._height()
        return self.width, self.height

    def split(self, availWidth, availHeight):
        layout = self.layout(availWidth)
        start, end = self._span
        room = availHeight - layout.head_height
        cut = bisect_right(layout.tops, layout.tops[start] + room, lo=start) - 1
        if cut <= start:  # not even one row fits: go to the next frame
            return []
        if cut >= end:
            return [self]
        return [self._part(start, cut), self._part(cut, end)]

    def _part(self, start: int, end: int) -> "RowGrid":
        return RowGrid(self.header, self.rows, self.fractions, self.cell, self.head, self.warn,
                       _layout=self._layout, _span=(start, end))

    def pages_estimate(self, width: float, first: float, other: float) -> int:
        """Pages this grid takes when the first page has `first` points free, the others `other`."""
        layout = self.layout(width)
        rest = layout.tops[-1] - (first - layout.head_height)
        return 1 if rest <= 0 else 1 + math.ceil(rest / max(1.0, other - layout.head_height))

    # drawing -----------------------------------------------------------------------------
    def draw(self):
        layout, canv = self._layout, self.canv
        start, end = self._span
        xs = [0.0]
        for w in layout.widths:
            xs.append(xs[-1] + w)
        top = self.height
        canv.saveState()
        canv.setFillColor(SHADE)
        canv.rect(0, top - layout.head_height, xs[-1], layout.head_height, stroke=0, fill=1)
        writer = _TextWriter(canv, layout)
        y = writer.cells(xs, top, layout.head_lines, self.head, {}, centred=True)
        edges = [top, y]
        for index in range(start, end):
            y = writer.cells(xs, y, layout.lines[index], self.cell, self.warn)
            edges.append(y)
        path = canv.beginPath()
        for edge in edges:
            path.moveTo(0, edge)
            path.lineTo(xs[-1], edge)
        for x in xs:
            path.moveTo(x, top)
            path.lineTo(x, edges[-1])
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.drawPath(path, stroke=1, fill=0)
        writer.finish()
        canv.restoreState()


def _rgb(color) -> str:
    return f"{fp_str(color.red, color.green, color.blue)} rg"


class _TextWriter:
    """The text of one page of the grid as one BT … ET block. The operators of each distinct
    line are built once per document (the subset a glyph lands in does not change), which is
    what makes 10,000 rows fast; it writes what ReportLab's own text object would."""

    def __init__(self, canv, layout: _Layout):
        self.canv, self.doc = canv, canv._doc
        if layout.codes_doc is not self.doc:
            layout.codes, layout.codes_doc = {}, self.doc
        self.codes = layout.codes
        self.out = ["BT", _rgb(INK)]
        self.warned = False

    def _code(self, line: str, size: float) -> str:
        key = (line, size)
        code = self.codes.get(key)
        if code is None:
            parts, size_text, escape = [], fp_str(size), self.canv._escape
            for name, piece in runs(line):
                font = pdfmetrics.getFont(name)
                for subset, chunk in font.splitString(piece, self.doc):
                    parts.append(f"{font.getSubsetInternalName(subset, self.doc)} "
                                 f"{size_text} Tf ({escape(chunk)}) Tj")
            code = self.codes[key] = " ".join(parts)
        return code

    def cells(self, xs, y, cells, style, warn, centred: bool = False) -> float:
        size, leading = style.fontSize, style.leading
        out = self.out
        for column, lines in enumerate(cells):
            flagged = lines[0] in warn.get(column, ())
            if flagged != self.warned:
                out.append(_rgb(WARN if flagged else INK))
                self.warned = flagged
            baseline = y - PAD - size
            for line in lines:
                if line:
                    x = xs[column] + PAD
                    if centred:
                        x = (xs[column] + xs[column + 1] - text_width(line, size)) / 2
                    out.append(f"1 0 0 1 {x:.2f} {baseline:.2f} Tm {self._code(line, size)}")
                baseline -= leading
        return y - max(len(c) for c in cells) * leading - 2 * PAD

    def finish(self) -> None:
        self.out.append("ET")
        self.canv.addLiteral("\n".join(self.out))
