"""Text drawn straight on the canvas (page headers, footers, the register grid), font by run."""
from __future__ import annotations

from functools import lru_cache

from reportlab.lib.textsplit import dumbSplit

from aftersales_desktop.printing.fonts import char_width, runs, text_width


def draw_text(canv, x: float, y: float, text: str, size: float, align: str = "left",
              color=None) -> None:
    """One line at baseline `y`; `align` left (x is the start), center or right (x is the end)."""
    if align != "left":
        width = text_width(text, size)
        x -= width / 2 if align == "center" else width
    if color is not None:
        canv.saveState()
        canv.setFillColor(color)
    obj = canv.beginText(x, y)
    for font, piece in runs(text):
        obj.setFont(font, size)
        obj.textOut(piece)
    canv.drawText(obj)
    if color is not None:
        canv.restoreState()


@lru_cache(maxsize=32768)
def wrap_lines(text: str, width: float, size: float) -> tuple[str, ...]:
    """`text` broken into lines no wider than `width`, between characters as Chinese allows
    (ReportLab's CJK splitter: no line starts with closing punctuation)."""
    lines: list[str] = []
    for part in (text or "").split("\n"):
        widths = [char_width(c, size) for c in part]
        if sum(widths) <= width or len(part) < 2:
            lines.append(part)
            continue
        lines.extend(piece for _, piece in dumbSplit(part, widths, width))
    return tuple(lines) or ("",)
