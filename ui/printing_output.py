"""The 打印 screen's 打印… and 另存为 PDF…: the rendered PDF to a printer (page by page, with a
progress dialog that cancels) or to a file. Mixed into PrintingScreen, which holds `pdf`,
`pdf_title`, `preview`, `thread`, `render()` and `_say()`."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from ui.pdf_printer import PagePrinter


class PrintAndSave:
    def print_document(self) -> None:
        """Print what the preview shows; render first when there is nothing yet."""
        if self.pdf is None:
            self.render("print")
        elif self.thread is None:
            self._print_rendered()

    def save_document(self) -> None:
        if self.pdf is None:
            self.render("save")
        elif self.thread is None:
            self._save_rendered()

    def ask_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.preview.page_count())
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def ask_save_path(self) -> str | None:
        name = f"{self.pdf_title}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), name,
                                              self.tr("PDF 文件 (*.pdf)"))
        return path or None

    def _print_rendered(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pdf_title)
        if not self.ask_printer(printer):
            return
        self.printer_job = PagePrinter(self.pdf, printer, self)
        dialog = QProgressDialog(self.tr("正在打印…"), self.tr("取消"), 0,
                                 self.preview.page_count(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(self.printer_job.cancel)
        self.printer_job.progress.connect(lambda done, total: (dialog.setMaximum(total),
                                                               dialog.setValue(done)))
        self.printer_job.finished.connect(lambda printed, error: self._printed(dialog, printed,
                                                                              error))
        self.printer_job.start()

    def _printed(self, dialog, printed: int, error: str) -> None:
        dialog.reset()
        self.printer_job = None
        self._say(error or self.tr("已发送到打印机：%1 页").replace("%1", str(printed)),
                  error=bool(error))

    def _save_rendered(self) -> None:
        path = self.ask_save_path()
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            self._say(self.tr("无法保存到 %1：%2").replace("%1", path)
                      .replace("%2", exc.strerror or str(exc)), error=True)
            return
        self._say(self.tr("已保存：%1").replace("%1", path))
