"""PDF pages as QImages, drawn by PDFium (pypdfium2).

The PySide6 6.12 wheels ship no QtPdf (PySide6-Addons 6.11 still did, inside a 175 MB wheel with
WebEngine); pypdfium2 is a 3 MB wheel for Windows, Linux and macOS and renders exactly what the
printer gets. Used on the GUI thread only: PDFium is not thread-safe.
"""
from __future__ import annotations

import pypdfium2
from PySide6.QtGui import QImage


class PdfPages:
    def __init__(self, pdf: bytes):
        self.pdf = pdf
        self.document = pypdfium2.PdfDocument(pdf)

    def __len__(self) -> int:
        return len(self.document)

    def size_points(self, index: int) -> tuple[float, float]:
        return self.document[index].get_size()

    def image(self, index: int, dpi: float) -> QImage:
        """Page `index` at `dpi`, white background."""
        page = self.document[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, fill_color=(255, 255, 255, 255))
        width, height = bitmap.width, bitmap.height
        stride = bitmap.stride
        fmt = QImage.Format.Format_RGBX8888 if bitmap.n_channels == 4 else \
            QImage.Format.Format_RGB888
        image = QImage(bitmap.buffer, width, height, stride, fmt).copy()  # own the pixels
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image

    def close(self) -> None:
        self.document.close()
