"""设置 › 工作日历: a year's holidays and make-up working days, company overrides, import."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView, QCalendarWidget, QComboBox, QDateEdit, QFileDialog, QFrame, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import calendar_settings as cal
from ui.calendar_texts import (
    KIND_TEXT, MAKEUP_TEXT, SOURCE_TEXT, WEEKDAYS, import_summary, problem_text)
from ui.labels import label
from ui.messages import message_text

HOLIDAY_COLOUR, WORKDAY_COLOUR = QColor("#c62828"), QColor("#1565c0")


class CalendarPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.overview: cal.YearOverview | None = None
        self._build()
        self.year.setValue(local_today().year)  # loads the year

    def _build(self) -> None:
        self.year = QSpinBox()
        self.year.setRange(cal.FIRST_YEAR, cal.LAST_YEAR)
        self.year.setSuffix(self.tr(" 年"))
        self.year.valueChanged.connect(self.refresh)
        self.import_button = QPushButton(self.tr("导入放假安排…"))
        self.import_button.setToolTip(self.tr(
            "文本或 CSV 文件，每行：日期或日期范围,类型,名称，例如\n"
            "2027-02-06~2027-02-13,放假,春节\n2027-02-14,上班,春节调休\n"
            "文件应包含该年的全部放假安排：其中没有的内置节假日按工作日计算。"))
        self.import_button.clicked.connect(lambda: self.import_file())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("年份")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.import_button)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff3cd; color: #6d4c00; padding: 8px; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.month = QCalendarWidget()
        self.month.setGridVisible(True)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.setLocale(QLocale())  # the chosen language's month and day names
        self.month.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.month.setFixedSize(340, 260)
        weekend = QTextCharFormat()
        weekend.setForeground(QBrush(QColor("#757575")))  # red means a day off here
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.month.setWeekdayTextFormat(day, weekend)
        self.month.clicked.connect(self._day_clicked)
        legend = QLabel(self.tr('<span style="color:#c62828"><b>红色</b></span> 放假　'
                                '<span style="color:#1565c0"><b>蓝色</b></span> 调休上班　'
                                '<u>下划线</u> 已录入（导入或手工设定）'))
        left = QVBoxLayout()
        left.addWidget(self.month)
        left.addWidget(legend)
        left.addStretch(1)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("日期"), self.tr("星期"), self.tr("安排"), self.tr("名称"), self.tr("来源")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._row_selected)
        middle = QHBoxLayout()
        middle.addLayout(left)
        middle.addWidget(self.table, 1)

        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for kind in (cal.HOLIDAY, cal.WORKDAY):
            self.kind.addItem(label("CalendarTexts", KIND_TEXT[kind]), kind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("名称，如 公司年会"))
        self.name.setMaxLength(40)
        self.add_button = QPushButton(self.tr("设定"))
        self.add_button.clicked.connect(self.add_override)
        self.remove_button = QPushButton(self.tr("清除录入"))
        self.remove_button.clicked.connect(self.remove_override)
        form = QFrame()
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("录入某一天：")), 0, 0)
        for column, widget in enumerate((self.day, self.kind, self.name, self.add_button,
                                         self.remove_button), start=1):
            grid.addWidget(widget, 0, column)
        grid.setColumnStretch(3, 1)

        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.notice)
        column.addLayout(middle, 1)
        column.addWidget(form)
        column.addWidget(self.message)

    # data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.year.value()
        self.overview = cal.year_overview(year)
        self.notice.setText(self.tr("尚未录入官方放假安排：下表是按规则推算的法定节假日（没有调休），"
                                    "请录入或导入国务院办公厅发布的 %1 年放假安排。")
                            .replace("%1", str(year)))
        self.notice.setVisible(self.overview.estimated)
        self._fill_table()
        self._colour_month()
        if self.month.yearShown() != year:
            today = local_today()
            self.month.setCurrentPage(year, today.month if year == today.year else 1)
        if self.day.date().year() != year:
            self.day.setDate(QDate(year, self.day.date().month(), 1))

    def _fill_table(self) -> None:
        days = self.overview.days
        self.table.setRowCount(len(days))
        for row, entry in enumerate(days):
            makeup = entry.kind == cal.WORKDAY and entry.day.weekday() >= 5
            cells = (entry.day.isoformat(), label("CalendarTexts", WEEKDAYS[entry.day.weekday()]),
                     label("CalendarTexts", MAKEUP_TEXT if makeup else KIND_TEXT[entry.kind]), entry.name or "",
                     label('CalendarTexts', SOURCE_TEXT[entry.source]) + (f"（{entry.entered_by}）"
                                                           if entry.entered_by else ""))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.day.isoformat())
                if col == 2:
                    item.setForeground(QBrush(HOLIDAY_COLOUR if entry.kind == cal.HOLIDAY
                                              else WORKDAY_COLOUR))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _colour_month(self) -> None:
        self.month.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date
        for entry in self.overview.days:
            fmt = QTextCharFormat()
            fmt.setForeground(QBrush(HOLIDAY_COLOUR if entry.kind == cal.HOLIDAY
                                     else WORKDAY_COLOUR))
            fmt.setFontWeight(700)
            if entry.source == cal.OVERRIDE:
                fmt.setFontUnderline(True)
            fmt.setToolTip(f"{label('CalendarTexts', KIND_TEXT[entry.kind])} {entry.name or ''}")
            self.month.setDateTextFormat(QDate(entry.day), fmt)

    def _day_clicked(self, qdate: QDate) -> None:
        self.day.setDate(qdate)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == qdate.toString("yyyy-MM-dd"):
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            entry = self.overview.days[rows[0].row()]
            self.day.setDate(QDate(entry.day))
            self.month.setSelectedDate(QDate(entry.day))
            self.kind.setCurrentIndex(self.kind.findData(entry.kind))

    # actions ------------------------------------------------------------------------------
    def _show(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def add_override(self) -> None:
        day = self.day.date().toPython()
        try:
            changed = cal.set_override(day, self.kind.currentData(), self.name.text(),
                                       actor=self.session.actor)
        except ValidationError as exc:
            self._show(message_text(exc), error=True)
            return
        self._show(self.tr("已设定 %1 为%2。").replace("%1", day.isoformat())
                   .replace("%2", label("CalendarTexts", KIND_TEXT[self.kind.currentData()]))
                   if changed else self.tr("该日已是这样设定的。"))
        self._reload(day)

    def remove_override(self) -> None:
        day = self.day.date().toPython()
        if cal.clear_override(day, actor=self.session.actor):
            self._show(self.tr("已清除 %1 的录入，恢复官方或推算的安排。")
                       .replace("%1", day.isoformat()))
        else:
            self._show(self.tr("%1 没有录入的安排。").replace("%1", day.isoformat()), error=True)
        self._reload(day)

    def _reload(self, day: date) -> None:
        if day.year != self.year.value():
            self.year.setValue(day.year)  # refreshes
        else:
            self.refresh()

    def import_file(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("导入放假安排"), "", self.tr("文本或 CSV (*.txt *.csv);;所有文件 (*)"))
            if not path:
                return False
        try:
            result = cal.import_schedule_file(path, actor=self.session.actor)
        except ValidationError as exc:
            self._show(problem_text(self, exc), error=True)
            return False
        self._show(import_summary(self, result))
        if result.years:
            self._reload(date(result.years[0], 1, 1))
        return True
