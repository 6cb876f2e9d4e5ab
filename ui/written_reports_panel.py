"""升级 › 书面报告: the written reports of a period, for company-wide circulation."""
from __future__ import annotations


from datetime import datetime, time, timedelta, timezone

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.clock import SHANGHAI, local_today, to_local
from aftersales_desktop.services.exception_report import written_reports
from ui.labels import QT_TRANSLATE_NOOP

COLUMNS = (QT_TRANSLATE_NOOP("WrittenReportsPanel", "工单号"), QT_TRANSLATE_NOOP("WrittenReportsPanel", "撰写时间"), QT_TRANSLATE_NOOP("WrittenReportsPanel", "撰写人"), QT_TRANSLATE_NOOP("WrittenReportsPanel", "原因"), QT_TRANSLATE_NOOP("WrittenReportsPanel", "措施"), QT_TRANSLATE_NOOP("WrittenReportsPanel", "经验教训"))
TEXT_COLUMNS = (3, 4, 5)


def _utc_midnight(day) -> datetime:
    """Local (Shanghai) midnight starting `day`, as the naive UTC the database stores."""
    local = datetime.combine(day, time.min, tzinfo=SHANGHAI)
    return local.astimezone(timezone.utc).replace(tzinfo=None)


class WrittenReportsPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.reports = []
        today = QDate(local_today())
        self.start = QDateEdit(QDate(today.year(), today.month(), 1))
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _: self.refresh())
        self.count = QLabel()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            mode = (QHeaderView.ResizeMode.Stretch if column in TEXT_COLUMNS
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("撰写日期 从：")))
        period.addWidget(self.start)
        period.addWidget(QLabel(self.tr("到：")))
        period.addWidget(self.end)
        period.addSpacing(16)
        period.addWidget(self.count, 1)
        column = QVBoxLayout(self)
        column.addLayout(period)
        column.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        first, last = self.start.date().toPython(), self.end.date().toPython()
        if last < first:
            self.reports = []
            self.table.setRowCount(0)
            self.count.setStyleSheet("color: #c62828;")
            self.count.setText(self.tr("结束日期早于开始日期，请重新选择"))
            return
        self.reports = written_reports(_utc_midnight(first),
                                       _utc_midnight(last + timedelta(days=1)))
        self.table.setRowCount(len(self.reports))
        for row, report in enumerate(self.reports):
            texts = (report.number, to_local(report.written_at).strftime("%Y-%m-%d %H:%M"),
                     report.written_by, report.cause, report.measures, report.lessons)
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.count.setStyleSheet("")
        self.count.setText(self.tr("共 %n 份书面报告", "", len(self.reports)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()
