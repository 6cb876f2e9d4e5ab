"""打印: choose a document and its range, preview it inside the program, print it or save it as
PDF. Documents render on a worker thread with progress and cancel; printing goes page by page."""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QStackedWidget, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.printing.documents import DOCUMENTS
from aftersales_desktop.services.company import company_name
from ui import render_worker
from ui.labels import QT_TRANSLATE_NOOP, label, labels
from ui.pdf_preview import PdfPreview
from ui.printing_output import PrintAndSave
from ui.printing_options import (
    BlankFormOptions, NoticeOptions, NumberOptions, RegisterOptions, WeeklyOptions,
    WrittenReportOptions,
)

STEPS = {"读取数据": QT_TRANSLATE_NOOP("PrintingScreen", "正在读取数据…"), "整理数据": QT_TRANSLATE_NOOP("PrintingScreen", "正在整理数据"), "排版": QT_TRANSLATE_NOOP("PrintingScreen", "正在排版")}


class PrintingScreen(PrintAndSave, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.pdf: bytes | None = None
        self.pdf_title = ""
        self.thread = self.worker = self.printer_job = None
        self.after_render = None
        self.panels = {"register": RegisterOptions(session),
                       "ticket": NumberOptions("ticket", session),
                       "exception-report": NumberOptions("exception-report", session),
                       "written-report": WrittenReportOptions(), "blank-form": BlankFormOptions(),
                       "notice": NoticeOptions(session), "weekly": WeeklyOptions()}
        self._build()
        self.refresh()

    # building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.documents = QListWidget()
        self.documents.setFixedHeight(172)
        for key, text in labels("documents", DOCUMENTS).items():
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.documents.addItem(item)
        self.options = QStackedWidget()
        for panel in self.panels.values():
            self.options.addWidget(panel)
            panel.changed.connect(self._discard)
            panel.said.connect(lambda text: self._say(text, error=True))
        self.documents.currentRowChanged.connect(self._choose)
        self.company_warning = QLabel()
        self.company_warning.setWordWrap(True)
        self.company_warning.setStyleSheet(
            "QLabel { background: #fff3cd; color: #6d4c00; padding: 6px; }")
        self.preview_button = QPushButton(self.tr("预览 (Ctrl+Enter)"))
        self.print_button = QPushButton(self.tr("打印… (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("另存为 PDF… (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("取消 (Esc)"))
        self.preview_button.clicked.connect(lambda: self.render("preview"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("要打印的文件")))
        left.addWidget(self.documents)
        left.addWidget(self.options)
        left.addWidget(self.company_warning)
        for button in (self.preview_button, self.print_button, self.save_button,
                       self.cancel_button):
            left.addWidget(button)
        left.addWidget(self.progress)
        left.addWidget(self.status)
        left.addStretch(1)
        column = QWidget()
        column.setLayout(left)
        column.setFixedWidth(340)
        self.preview = PdfPreview()
        row = QHBoxLayout(self)
        row.addWidget(column)
        row.addWidget(self.preview, 1)
        for keys, slot in (("Ctrl+Return", lambda: self.render("preview")),
                           ("Ctrl+Enter", lambda: self.render("preview")),
                           (QKeySequence.StandardKey.Print, self.print_document),
                           (QKeySequence.StandardKey.Save, self.save_document),
                           ("Escape", self.cancel)):
            QShortcut(QKeySequence(keys), self, slot)
        self.documents.setCurrentRow(0)
        self._set_busy(False)

    def refresh(self) -> None:
        self.panels["register"].refresh()
        self.panels["notice"].refresh()
        name = company_name()
        self.company_warning.setVisible(name is None)
        self.company_warning.setText(self.tr(
            "单位名称尚未设置，打印件页眉将显示“未设置单位名称”。请到 设置 › 单位信息 填写。"))

    def print_notice(self, number: str) -> None:
        """Choose the 奖罚通知书 of record `number` and preview it."""
        self.choose("notice")
        panel = self.panels["notice"]
        panel.refresh()
        panel.set_number(number)
        self.render("preview")

    def print_weekly(self, code: str) -> None:
        """Choose the 客诉分析例会资料 of week `code` (2026-W47) and preview it."""
        self.choose("weekly")
        self.panels["weekly"].set_week(code)
        self.render("preview")

    def current_key(self) -> str:
        return self.documents.currentItem().data(Qt.ItemDataRole.UserRole)

    def choose(self, key: str) -> None:
        self.documents.setCurrentRow(list(DOCUMENTS).index(key))

    def _choose(self, row: int) -> None:
        key = list(DOCUMENTS)[row]
        if key in self.panels:
            self.options.setCurrentWidget(self.panels[key])
            self.panels[key].clear_errors()
            self._discard()

    def _discard(self) -> None:
        """Other choices: what was rendered no longer matches them."""
        if self.pdf is not None:
            self.pdf = None
            self.preview.clear(self.tr("选项已更改，按“预览”重新生成"))

    def focus_first_field(self) -> None:
        field = self.panels[self.current_key()].first_field()
        (field or self.documents).setFocus()

    # rendering ----------------------------------------------------------------------------
    def render(self, then: str = "preview") -> bool:
        """Start rendering the chosen document; `then` (preview, print, save) runs after it."""
        if self.thread is not None:
            return False
        panel = self.panels[self.current_key()]
        panel.clear_errors()
        try:
            job = panel.request(self.session)
        except ValidationError as error:
            self._refuse(panel, error)
            return False
        self.after_render = then
        self.pdf_title = label("documents", DOCUMENTS[self.current_key()])
        self.thread, self.worker = render_worker.start(job, self)
        # bound methods of this widget, so that they run on the GUI thread (a lambda would run
        # on the worker's)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._rendered)
        self.worker.refused.connect(self._refused)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.thread.finished.connect(self._thread_done)
        self._set_busy(True)
        self._say(self.tr("正在读取数据…"))
        self.thread.start()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.job.cancel()
            self._say(self.tr("正在取消…"))

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, done, 0))
        self.progress.setValue(done)
        text = self.tr(STEPS.get(what, what))
        if what == "排版" and total:
            text += self.tr("：第 %1 页 / 约 %2 页").replace("%1", str(done)).replace("%2", str(total))
        elif what == "整理数据" and total:
            text += self.tr("：%1 / %2 行").replace("%1", str(done)).replace("%2", str(total))
        self._say(text)

    def _rendered(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.preview.set_pdf(pdf)
        self._say(self.tr("%1：共 %2 页").replace("%1", self.tr(self.pdf_title))
                  .replace("%2", str(self.preview.page_count())))

    def _thread_done(self) -> None:
        self.thread = self.worker = None
        self._set_busy(False)
        if self.pdf is not None:
            self.preview.scroll.setFocus()  # PgDn/PgUp turn the pages
        elif self.after_render is not None:  # cancelled or failed; refusals set their focus
            self.focus_first_field()
        then, self.after_render = self.after_render, None
        if self.pdf is not None and then == "print":
            self._print_rendered()
        elif self.pdf is not None and then == "save":
            self._save_rendered()

    def _refused(self, error) -> None:
        self._refuse(self.panels[self.current_key()], error)

    def _failed(self, text: str) -> None:
        self._say(self.tr("生成失败：%1").replace("%1", text), error=True)

    def _cancelled(self) -> None:
        self._say(self.tr("已取消"))

    def _refuse(self, panel, error) -> None:
        self.after_render = None
        self._say("")
        panel.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.documents, self.options, self.preview_button):
            widget.setEnabled(not busy)
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
            self.cancel_button.setFocus()  # the other controls are off while it renders

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #c62828;" if error else "")
        self.status.setText(text)
