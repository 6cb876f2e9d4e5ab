"""What every printed document shares: A4, the company name and print date on every page,
"第 x 页 / 共 y 页", named styles, progress and cancellation. One subclass per document builds
its story (pretix invoice.py: a renderer class per document returning bytes)."""
from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial
from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.printing.canvas_text import draw_text
from aftersales_desktop.printing.fonts import CJK, register_fonts
from aftersales_desktop.printing.styles import GREY, RULE, WARN, stylesheet

NO_COMPANY = "未设置单位名称（请在 设置 › 单位信息 中填写）"


class RenderCancelled(Exception):
    """The user cancelled the render; nothing was produced."""


class RenderJob:
    """Progress and cancellation of one render; `cancel()` may be called from another thread."""

    def __init__(self, progress: Callable[[int, int, str], None] | None = None):
        self._cancelled = threading.Event()
        self.progress = progress

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def step(self, done: int, total: int, what: str = "") -> None:
        """Report progress; raise RenderCancelled once cancel() was called."""
        if self._cancelled.is_set():
            raise RenderCancelled()
        if self.progress is not None:
            self.progress(done, total, what)


class NumberedCanvas(Canvas):
    """Holds the pages back until the end, then writes 第 x 页 / 共 y 页 on each."""

    def __init__(self, *args, footer_y: float = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer_y = footer_y

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            draw_text(self, self._pagesize[0] / 2, self._footer_y,
                      f"第 {self._pageNumber} 页 / 共 {total} 页", 8, "center", GREY)
            super().showPage()
        super().save()


class DocumentRenderer:
    """Subclasses set `title` (and `landscape`) and implement `story()`; `render()` → PDF."""
    title = ""
    landscape = False
    margins = (16 * mm, 16 * mm, 20 * mm, 16 * mm)  # left, right, top, bottom

    def __init__(self, company: str | None, printed_at: datetime | None = None,
                 printed_by: str | None = None):
        self.company = (company or "").strip() or None
        self.printed_at = (printed_at or datetime.now(SHANGHAI)).astimezone(SHANGHAI)
        self.printed_by = printed_by
        self.job = RenderJob()
        self.styles = None
        self.expected_pages = 1

    @property
    def pagesize(self):
        return landscape(A4) if self.landscape else A4

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.margins[0] - self.margins[1]

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - self.margins[2] - self.margins[3]

    def story(self) -> list:
        raise NotImplementedError

    def render(self, job: RenderJob | None = None) -> bytes:
        register_fonts()
        self.job = job or RenderJob()
        self.styles = stylesheet()
        left, right, top, bottom = self.margins
        out = BytesIO()
        doc = BaseDocTemplate(out, pagesize=self.pagesize, leftMargin=left, rightMargin=right,
                              topMargin=top, bottomMargin=bottom, title=self.title,
                              author=self.company or "", creator="售后工单台 AfterSales Desk",
                              subject=self.title, initialFontName=CJK)
        frame = Frame(left, bottom, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        story = self.story()
        self.job.step(0, self.expected_pages, "排版")
        doc.build(story, canvasmaker=partial(NumberedCanvas, footer_y=bottom / 2))
        return out.getvalue()

    def _decorate(self, canv, doc) -> None:
        """Company name, document title and print date above, a rule below them."""
        self.job.step(doc.page, max(self.expected_pages, doc.page), "排版")
        width, height = self.pagesize
        left, right, top, _ = self.margins
        y = height - top + 7 * mm
        draw_text(canv, left, y, self.company or NO_COMPANY, 9,
                  color=None if self.company else WARN)
        draw_text(canv, width / 2, y, self.title, 9, "center", GREY)
        printed = "打印日期 " + self.printed_at.strftime("%Y-%m-%d %H:%M")
        if self.printed_by:
            printed += f"  打印人 {self.printed_by}"
        draw_text(canv, width - right, y, printed, 8, "right", GREY)
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(left, y - 2.5 * mm, width - right, y - 2.5 * mm)
        canv.restoreState()
