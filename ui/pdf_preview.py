"""The preview inside the program: one page at a time (a 300-page register stays quick), page
number, zoom; PgUp/PgDn, Home/End, Ctrl+= and Ctrl+- on the keyboard."""
from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from ui.labels import QT_TRANSLATE_NOOP
from ui.pdf_pages import PdfPages

ZOOMS = [(QT_TRANSLATE_NOOP("PdfPreview", "适合宽度"), 0), ("50%", 50), ("75%", 75), ("100%", 100), ("150%", 150), ("200%", 200)]


class PdfPreview(QWidget):
    page_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages: PdfPages | None = None
        self.page = QSpinBox()
        self.page.setRange(1, 1)
        self.page.setPrefix(self.tr("第 "))
        self.page.valueChanged.connect(self._show)
        self.total = QLabel()
        self.previous = QPushButton(self.tr("上一页"))
        self.next = QPushButton(self.tr("下一页"))
        self.previous.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.next.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        self.zoom = QComboBox()
        for text, value in ZOOMS:
            self.zoom.addItem(self.tr(text), value)
        self.zoom.currentIndexChanged.connect(lambda _: self._show())
        bar = QHBoxLayout()
        for widget in (self.previous, self.page, self.total, self.next):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("缩放")))
        bar.addWidget(self.zoom)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #9e9e9e; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        here = Qt.ShortcutContext.WidgetWithChildrenShortcut  # not while typing elsewhere
        for keys, slot in (("PgDown", lambda: self.page.setValue(self.page.value() + 1)),
                           ("PgUp", lambda: self.page.setValue(self.page.value() - 1)),
                           ("Home", lambda: self.page.setValue(1)),
                           ("End", lambda: self.page.setValue(self.page.maximum())),
                           ("Ctrl+=", lambda: self._zoom_by(1)),
                           ("Ctrl+-", lambda: self._zoom_by(-1))):
            QShortcut(QKeySequence(keys), self.scroll, slot, context=here)
        self.clear()

    def set_pdf(self, pdf: bytes) -> None:
        if self.pages is not None:
            self.pages.close()
        self.pages = PdfPages(pdf)
        self.page.blockSignals(True)
        self.page.setRange(1, len(self.pages))
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.total.setText(self.tr("页 / 共 %1 页").replace("%1", str(len(self.pages))))
        self._show()

    def clear(self, text: str = "") -> None:
        if self.pages is not None:
            self.pages.close()
        self.pages = None
        self.image.setPixmap(QPixmap())
        self.image.setText(text or self.tr("选择文件和范围后按“预览”（Ctrl+Enter）"))
        self.total.setText("")
        for widget in (self.page, self.previous, self.next, self.zoom):
            widget.setEnabled(False)

    def page_count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    def _zoom_by(self, step: int) -> None:
        self.zoom.setCurrentIndex(max(0, min(self.zoom.count() - 1, self.zoom.currentIndex() + step)))

    def _dpi(self, index: int) -> float:
        percent = self.zoom.currentData()
        if percent:
            return 96 * percent / 100 * self.devicePixelRatioF()
        width_points, _ = self.pages.size_points(index)
        room = max(200, self.scroll.viewport().width() - 24)
        return room / width_points * 72 * self.devicePixelRatioF()

    def _show(self) -> None:
        if self.pages is None:
            return
        for widget in (self.page, self.zoom):
            widget.setEnabled(True)
        index = self.page.value() - 1
        self.previous.setEnabled(index > 0)
        self.next.setEnabled(index < len(self.pages) - 1)
        pixmap = QPixmap.fromImage(self.pages.image(index, self._dpi(index)))
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.image.setText("")
        self.image.setPixmap(pixmap)
        self.page_changed.emit(index + 1)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.pages is not None and not self.zoom.currentData():
            self._show()
