"""Printing the rendered PDF on a QPrinter: each page drawn by PDFium at the printer's
resolution, one page per event-loop turn so the progress dialog can cancel between pages."""
from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSizeF, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from ui.pdf_pages import PdfPages

MAX_DPI = 300  # enough for forms; more only makes the spool file bigger


class PagePrinter(QObject):
    """`start()`, then `progress(done, total)` per page and `finished(printed_pages, error)`."""
    progress = Signal(int, int)
    finished = Signal(int, str)

    def __init__(self, pdf: bytes, printer: QPrinter, parent=None):
        super().__init__(parent)
        self.pages = PdfPages(pdf)
        self.printer = printer
        self.painter: QPainter | None = None
        self.index = 0
        self.first, self.last = 0, len(self.pages) - 1
        self._cancelled = False

    def start(self) -> None:
        if self.printer.printRange() == QPrinter.PrintRange.PageRange:
            self.first = max(0, self.printer.fromPage() - 1)
            self.last = min(len(self.pages) - 1, (self.printer.toPage() or len(self.pages)) - 1)
        self.index = self.first
        self._orient(self.first)
        self.painter = QPainter()
        if not self.painter.begin(self.printer):
            self._finish(0, self.tr("无法开始打印：打印机不可用"))
            return
        QTimer.singleShot(0, self._next)

    def cancel(self) -> None:
        self._cancelled = True

    def _orient(self, index: int) -> None:
        width, height = self.pages.size_points(index)
        self.printer.setPageSize(QPageSize(QSizeF(width, height), QPageSize.Unit.Point))
        self.printer.setPageOrientation(QPageLayout.Orientation.Landscape if width > height
                                        else QPageLayout.Orientation.Portrait)
        self.printer.setFullPage(True)

    def _next(self) -> None:
        if self._cancelled:
            self.printer.abort()
            self._finish(self.index - self.first, self.tr("已取消打印"))
            return
        dpi = min(MAX_DPI, self.printer.resolution())
        image = self.pages.image(self.index, dpi)
        target = QRectF(self.painter.viewport())
        self.painter.drawImage(target, image)
        self.index += 1
        self.progress.emit(self.index - self.first, self.last - self.first + 1)
        if self.index > self.last:
            self._finish(self.index - self.first, "")
            return
        self.printer.newPage()
        QTimer.singleShot(0, self._next)

    def _finish(self, printed: int, error: str) -> None:
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.pages.close()
        self.finished.emit(printed, error)
