"""导入客户与订单: choose an Excel or CSV file, see row by row what would happen (新增 / 更新 the
customer matched by phone, the order) and every problem by row number and column; 导入 stays
disabled until the file has none, and then writes all of it or nothing. 重新检查 reads the file
again after it was corrected in Excel. Reading and writing run off the GUI thread."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.masking import mask_address
from aftersales_desktop.services.customer_import import import_file, read_preview
from aftersales_desktop.services.import_check import ImportPreview
from ui.background import run_in_background
from ui.export_button import default_folder
from ui.row_table import row_table
from ui.labels import QT_TRANSLATE_NOOP
from ui.messages import message_text, text_of, value_text

HEADERS = (QT_TRANSLATE_NOOP("ImportDialog", "行"), QT_TRANSLATE_NOOP("ImportDialog", "客户姓名"), QT_TRANSLATE_NOOP("ImportDialog", "手机号"), QT_TRANSLATE_NOOP("ImportDialog", "地区/地址"), QT_TRANSLATE_NOOP("ImportDialog", "订单号"), QT_TRANSLATE_NOOP("ImportDialog", "商品"), QT_TRANSLATE_NOOP("ImportDialog", "型号"), QT_TRANSLATE_NOOP("ImportDialog", "购买日期"), QT_TRANSLATE_NOOP("ImportDialog", "处理"),
           QT_TRANSLATE_NOOP("ImportDialog", "问题"))
SHOWN_ROWS = 5000  # rows put in the table; the counts and the problems cover the whole file
ERROR_BACKGROUND = QColor("#ffebee")
ERROR_TEXT = QColor("#c62828")


class ImportDialog(QDialog):
    finished_work = Signal(object)  # an ImportPreview, an ImportResult, or the exception
    imported = Signal(object)  # ImportResult

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.path: str | None = None
        self.preview: ImportPreview | None = None
        self.setWindowTitle(self.tr("导入客户与订单"))
        self.resize(1100, 600)
        self.file_label = QLabel(self.tr("请选择 Excel（.xlsx）或 CSV 文件。第一行为表头，如：客户姓名、"
                                         "手机号、地区、地址、订单号、商品、型号、购买日期、购买渠道。"))
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("选择文件…"))
        choose.clicked.connect(self.choose_file)
        self.recheck_button = QPushButton(self.tr("重新检查"))
        self.recheck_button.setToolTip(self.tr("在 Excel 中改正并保存文件后，重新读取检查"))
        self.recheck_button.clicked.connect(self.check)
        self.recheck_button.setEnabled(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = row_table([self.tr(h) for h in HEADERS],
                               (44, 80, 96, 150, 110, 90, 70, 84, 150, 0))
        self.import_button = QPushButton(self.tr("导入"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        top.addWidget(self.recheck_button)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("已有客户按手机号认出并更新（文件中的空格不覆盖原有内容），"
                                        "不会重复建档；全部导入或全不导入。")), 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.busy = False

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的文件"), default_folder(),
            self.tr("Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.path = path
        self.file_label.setText(path)
        self.check()

    def _start(self, work, done, text: str) -> None:
        self.busy = True
        for button in (self.import_button, self.recheck_button):
            button.setEnabled(False)
        self._say(text)
        run_in_background(self, work, done, self._failed)

    def check(self) -> None:
        if self.path and not self.busy:
            path, actor = self.path, self.session.actor
            self.preview = None
            self._start(lambda: read_preview(path, actor), self._checked, self.tr("正在读取并检查…"))

    def _checked(self, preview: ImportPreview) -> None:
        self.busy = False
        self.preview = preview
        self.recheck_button.setEnabled(True)
        self._fill(preview)
        errors = preview.errors
        counts = self.tr("共 %1 行：新增客户 %2 位，更新 %3 位，订单 %4 张").replace(
            "%1", str(len(preview.rows))).replace("%2", str(preview.new_count)).replace(
            "%3", str(preview.update_count)).replace("%4", str(preview.order_count))
        if preview.ignored:
            counts += self.tr("（未识别、不导入的列：%1）").replace("%1", "、".join(preview.ignored))
        if errors:
            listed = "\n".join(text_of(p.text()) for p in errors[:8])
            more = self.tr("\n……共 %1 处问题").replace("%1", str(len(errors))) \
                if len(errors) > 8 else ""
            self._say(self.tr("发现 %1 处问题，改正文件后点“重新检查”：").replace(
                "%1", str(len(errors))) + "\n" + listed + more + "\n" + counts, error=True)
        else:
            self._say(counts + self.tr("。没有问题，可以导入。"))
        self.import_button.setEnabled(not errors and bool(preview.rows))
        self.finished_work.emit(preview)

    def _fill(self, preview: ImportPreview) -> None:
        rows = sorted(preview.rows, key=lambda r: (not r.problems, r.row))[:SHOWN_ROWS]
        self.table.setRowCount(len(rows))
        for index, r in enumerate(rows):
            c, o = r.customer, r.order
            day = o.get("purchased_on")
            texts = (str(r.row), c.get("name") or "", r.phone_shown,
                     mask_address(c.get("region")), o.get("order_number") or "",
                     o.get("product") or "", o.get("model") or "",
                     day.isoformat() if day else "", text_of(r.action_text),
                     "\n".join(self.tr("%1：%2").replace("%1", value_text(p.column)).replace(
                         "%2", text_of(p.message)) for p in r.problems))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if r.problems:
                    item.setBackground(QBrush(ERROR_BACKGROUND))
                    if column == len(texts) - 1:
                        item.setForeground(QBrush(ERROR_TEXT))
                        item.setToolTip("\n".join(text_of(p.text()) for p in r.problems))
                self.table.setItem(index, column, item)
        if len(rows) <= 500:  # long problem texts wrap onto more lines
            self.table.resizeRowsToContents()

    def run_import(self) -> None:
        if self.busy or not self.path or not self.preview or self.preview.errors:
            return
        path, actor = self.path, self.session.actor
        self._start(lambda: import_file(path, actor), self._imported, self.tr("正在导入…"))

    def _imported(self, result) -> None:
        self.busy = False
        self.recheck_button.setEnabled(True)
        self._say(self.tr("已导入：新增客户 %1 位，更新 %2 位，订单 %3 张。").replace(
            "%1", str(result.added)).replace("%2", str(result.updated)).replace(
            "%3", str(result.orders)))
        self.imported.emit(result)
        self.finished_work.emit(result)

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.recheck_button.setEnabled(self.path is not None)
        text = message_text(exc) if isinstance(exc, ValidationError) else \
            self.tr("失败：%1").replace("%1", str(exc) or type(exc).__name__)
        self._say(text + self.tr("（没有导入任何内容）"), error=True)
        self.finished_work.emit(exc)

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setStyleSheet(f"color: {'#c62828' if error else '#1b5e20'}; padding: 4px;")
        self.summary.setText(text)
