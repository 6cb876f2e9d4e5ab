"""导出 Excel… on every list screen: asks where (工单列表_20261201.xlsx in the last folder used),
writes all rows of the screen's current filter off the GUI thread (services.list_export), shows
progress when it takes longer than half a second (with 取消), and says how it went — the row
count, or why the file could not be written. The arrow beside it offers the export with full
phone numbers and addresses to those who may see them."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QToolButton

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.permissions import EXPORT, REVEAL_PERSONAL
from aftersales_desktop.services.list_export import ExportCancelled, ListTable, export_list
from ui.background import run_in_background
from ui.messages import message_text

SHOW_PROGRESS_MS = 500
_last_folder: list[str] = []  # the folder of the last export in this run


def default_folder() -> str:
    if _last_folder:
        return _last_folder[0]
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def default_name(table: ListTable) -> str:
    return f"{table.title}_{local_today():%Y%m%d}.xlsx"


class ExportButton(QToolButton):
    progressed = Signal(int)  # rows written, from the worker thread
    finished = Signal(object)  # ExportResult, or the exception it ended with

    def __init__(self, session, table_of: Callable[[], ListTable], parent=None):
        super().__init__(parent)
        self.session, self.table_of = session, table_of
        self.setText(self.tr("导出 Excel…"))
        self.setToolTip(self.tr("把当前筛选出的全部记录导出为 Excel 工作簿（电话和地址已隐去）"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clicked.connect(lambda: self.export())
        if session.can(REVEAL_PERSONAL) and table_of().personal:
            menu = QMenu(self)
            menu.addAction(self.tr("导出 Excel（隐去电话和地址）…"), lambda: self.export())
            menu.addAction(self.tr("导出 Excel（含完整电话和地址，记入审计日志）…"),
                           lambda: self.export(unmasked=True))
            self.setMenu(menu)
            self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setVisible(session.can(EXPORT))
        self.progressed.connect(self._progress)
        self.dialog: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self._cancel = False
        self.busy = False

    def ask_path(self, table: ListTable) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出 Excel"), str(Path(default_folder()) / default_name(table)),
            self.tr("Excel 工作簿 (*.xlsx)"))
        if path and not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return path

    def export(self, unmasked: bool = False) -> None:
        if self.busy:
            return
        table = self.table_of()
        path = self.ask_path(table)
        if not path:
            return
        _last_folder[:] = [str(Path(path).parent)]
        self.busy, self._cancel = True, False
        self.setEnabled(False)
        self.dialog = QProgressDialog(self.tr("正在导出%1…").replace("%1", table.title),
                                      self.tr("取消"), 0, 0, self.window())
        self.dialog.setWindowTitle(self.tr("导出 Excel"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_PROGRESS_MS)
        self.dialog.canceled.connect(self._cancelled)
        actor = self.session.actor
        run_in_background(self, lambda: export_list(
            actor, table, path, unmasked, progress=self.progressed.emit,
            cancelled=lambda: self._cancel), self._done, self._failed)

    def _progress(self, rows: int) -> None:
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("已写入 %1 行…").replace("%1", f"{rows:,}"))

    def _cancelled(self) -> None:
        self._cancel = True

    def _end(self) -> None:
        self.busy = False
        self.setEnabled(True)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancelled)
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result) -> None:
        self._end()
        text = self.tr("已导出 %1 行到\n%2").replace("%1", f"{result.rows:,}").replace(
            "%2", str(result.path))
        if not result.masked:
            text += self.tr("\n\n文件含完整的电话和地址，请妥善保管。")
        self._say(QMessageBox.Icon.Information, text, result.path)
        self.finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, ExportCancelled):
            self.finished.emit(exc)
            return
        if isinstance(exc, (ValidationError, PermissionDenied)):
            text = message_text(exc)
        else:
            text = self.tr("导出失败：%1").replace("%1", str(exc) or type(exc).__name__)
        self._say(QMessageBox.Icon.Warning, text)
        self.finished.emit(exc)

    def _say(self, icon, text: str, path: Path | None = None) -> None:
        """A window-modal message that does not block (open, not exec)."""
        box = QMessageBox(icon, self.tr("导出 Excel"), text, QMessageBox.StandardButton.Ok,
                          self.window())
        if path is not None:
            opener = box.addButton(self.tr("打开文件"), QMessageBox.ButtonRole.ActionRole)
            opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.destroyed.connect(lambda *_: setattr(self, "message", None))
        box.open()
