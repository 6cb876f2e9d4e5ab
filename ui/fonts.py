"""Register the bundled CJK font so Chinese renders on machines without one."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from aftersales_desktop.paths import resource_path

FONT_FILE = "DroidSansFallbackFull.ttf"


def register_bundled_font(app: QApplication) -> str | None:
    """Load the font and add it as the fallback of the application font; return its family."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", FONT_FILE)))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = QFont(app.font())
    font.setFamilies([app.font().family(), families[0]])
    app.setFont(font)
    return families[0]
