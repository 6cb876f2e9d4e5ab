"""The two bundled TrueType fonts, registered with ReportLab once per process.

Droid Sans Fallback carries the Chinese but no Latin letters or digits, so text is cut into
runs: characters Droid lacks go to Roboto. ReportLab embeds both as subsets (TrueType, not CID:
CID fonts are not embedded and print as boxes where the font is missing).
"""
from __future__ import annotations

import threading
from functools import lru_cache
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from aftersales_desktop.paths import resource_path
from aftersales_desktop.printing import line_breaks  # noqa: F401 (applies the rule on import)

CJK = "AfterSalesCJK"  # Droid Sans Fallback
LATIN = "AfterSalesLatin"  # Roboto
FILES = {CJK: "DroidSansFallbackFull.ttf", LATIN: "Roboto-Regular.ttf"}
_lock = threading.Lock()
_cjk_chars: frozenset[int] = frozenset()


def register_fonts() -> None:
    """Register both fonts (idempotent, thread-safe); the CJK font also stands for bold."""
    global _cjk_chars
    with _lock:
        if _cjk_chars:
            return
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
        _cjk_chars = frozenset(pdfmetrics.getFont(CJK).face.charToGlyph)


def font_of(char: str) -> str:
    """The font that has a glyph for `char`: Droid Sans Fallback unless it lacks it."""
    return CJK if ord(char) in _cjk_chars else LATIN


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (font, piece) runs, each drawn with one font."""
    return [(font, "".join(chars)) for font, chars in groupby(text, font_of)]


def markup(text: str | None) -> str:
    """Paragraph markup of plain `text`: escaped, Latin runs in Roboto, new lines as <br/>."""
    parts = []
    for font, piece in runs(text or ""):
        piece = escape(piece).replace("\n", "<br/>")
        parts.append(piece if font == CJK else f'<font name="{LATIN}">{piece}</font>')
    return "".join(parts)


@lru_cache(maxsize=65536)
def char_width(char: str, size: float) -> float:
    return pdfmetrics.stringWidth(char, font_of(char), size)


def text_width(text: str, size: float) -> float:
    return sum(char_width(c, size) for c in text)
