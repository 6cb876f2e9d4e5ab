"""The Chinese rule that a line never starts with closing punctuation, for every printout.

ReportLab's CJK splitter knows the Japanese closing marks but lets the full-width Chinese
，；：！？ and closing brackets start a line. The marks are added once per process to the list
ReportLab reads in both places that break CJK text: its splitter (reportlab.lib.textsplit,
used by canvas_text.wrap_lines) and Paragraph's wordWrap='CJK' (reportlab.platypus.paragraph,
which keeps its own reference to the list).
"""
from __future__ import annotations

from reportlab.lib import textsplit
from reportlab.platypus import paragraph

NO_LINE_START = "，。、；：！？）》〉」』】〕”’…"


def apply() -> None:
    """Idempotent."""
    usual = textsplit.ALL_CANNOT_START
    extended = usual + "".join(c for c in NO_LINE_START if c not in usual)
    textsplit.ALL_CANNOT_START = extended
    paragraph.ALL_CANNOT_START = extended


apply()
