"""Named paragraph styles shared by every document; Chinese wraps between characters (CJK)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from aftersales_desktop.printing.fonts import CJK

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#333333")
SHADE = colors.HexColor("#e8ecef")
LIGHT = colors.HexColor("#f5f6f7")
WARN = colors.HexColor("#b71c1c")

# name → (size, leading, alignment, colour, space before, space after)
_SPECS = {
    "DocTitle": (18, 24, TA_CENTER, INK, 0, 4),
    "DocSubtitle": (9.5, 13, TA_CENTER, GREY, 0, 8),
    "Heading": (11, 15, TA_LEFT, INK, 8, 4),
    "Body": (9.5, 14, TA_LEFT, INK, 0, 3),
    "Small": (8, 11, TA_LEFT, INK, 0, 0),
    "Note": (7.5, 10, TA_LEFT, GREY, 2, 2),
    "Label": (8.5, 11, TA_LEFT, GREY, 0, 0),
    "Value": (9.5, 13, TA_LEFT, INK, 0, 0),
    "Cell": (8, 10.5, TA_LEFT, INK, 0, 0),
    "CellHead": (8, 10.5, TA_CENTER, INK, 0, 0),
    "CellRight": (8, 10.5, TA_RIGHT, INK, 0, 0),
    "RegisterCell": (7.5, 9.5, TA_LEFT, INK, 0, 0),
    "RegisterHead": (7.5, 9.5, TA_CENTER, INK, 0, 0),
    "Signature": (9.5, 14, TA_LEFT, INK, 0, 0),
    "Warning": (9, 12, TA_LEFT, WARN, 0, 2),
}


def stylesheet() -> StyleSheet1:
    sheet = StyleSheet1()
    for name, (size, leading, align, colour, before, after) in _SPECS.items():
        sheet.add(ParagraphStyle(name, fontName=CJK, fontSize=size, leading=leading,
                                 alignment=align, textColor=colour, spaceBefore=before,
                                 spaceAfter=after, wordWrap="CJK", bulletFontName=CJK))
    return sheet
