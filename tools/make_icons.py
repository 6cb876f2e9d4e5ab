"""Render resources/icons/aftersales-desk.svg to the PNG sizes the .deb and the window use,
and the Windows icon (packaging/windows/aftersales-desk.ico: 16–256 px) of the setup
program and the .exe.

    .venv/bin/python tools/make_icons.py      # writes resources/icons/aftersales-desk-N.png

Qt's own SVG renderer (QtSvg, part of PySide6-Essentials) draws; Pillow (installed with
reportlab) writes the multi-size .ico, which Qt's ico writer cannot.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (48, 128, 256)


def render(size: int) -> Path:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "aftersales-desk.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out = ICONS / f"aftersales-desk-{size}.png"
    image.save(str(out))
    return out


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting needs the application)
    for size in SIZES:
        print(render(size))
    from PIL import Image

    ico = ICONS.parents[1] / "packaging" / "windows" / "aftersales-desk.ico"
    Image.open(ICONS / "aftersales-desk-256.png").save(
        ico, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(ico)
    return 0


if __name__ == "__main__":
    sys.exit(main())
