"""One chart of the 统计 dashboard: the chart (Qt Charts) or its numbers as a table, export to
PNG and to Excel; a click on a bar, slice or point, or Enter/double-click on a table row,
asks for the tickets behind it (`drill`)."""
from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView,
    QHorizontalBarSeries, QLineSeries, QPieSeries,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QTableWidgetItem, QVBoxLayout,
)

from aftersales_desktop.services.statistics import Chart, StatRow
from aftersales_desktop.services.statistics_export import HEADERS, chart_table
from aftersales_desktop.domain.i18n import Text
from ui.messages import text_of
from ui.count_axis import count_axis
from ui.row_table import row_table

TOP = 8  # bars of the department, handler and carrier charts; the table has them all
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf")


class ChartPanel(QFrame):
    drill = Signal(str, object)  # chart key, StatRow
    export_requested = Signal(str, str)  # chart key, "png" or "xlsx"

    def __init__(self, key: str, kind: str, parent=None):
        """`kind`: line (days), bar, hbar (the largest first) or pie."""
        super().__init__(parent)
        self.key, self.kind = key, kind
        self.chart_data: Chart | None = None
        self.rows: list[StatRow] = []  # in the order of the chart's bars/slices/points
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14px;")
        self.toggle = QPushButton(self.tr("表格"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("在图表和数字表格之间切换"))
        self.toggle.toggled.connect(self._show_table)
        self.png_button = QPushButton(self.tr("导出图片…"))
        self.png_button.clicked.connect(lambda: self.export_requested.emit(self.key, "png"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit(self.key, "xlsx"))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for button in (self.toggle, self.png_button, self.xlsx_button):
            top.addWidget(button)
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(300 if kind == "hbar" else 260)
        self.table = row_table([self.tr(h) for h in HEADERS], (110, 55, 70, 45, 45, 80, 55, 45,
                                                               80, 0))
        self.table.setToolTip(self.tr("双击或按 Enter 查看这一行的工单"))
        self.table.activated.connect(lambda index: self._drill_row(index.row()))
        self.table.doubleClicked.connect(lambda index: self._drill_row(index.row()))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    def _show_table(self, on: bool) -> None:
        self.stack.setCurrentIndex(1 if on else 0)
        self.toggle.setText(self.tr("图表") if on else self.tr("表格"))

    def set_chart(self, chart: Chart, total: StatRow) -> None:
        self.chart_data = chart
        self.title.setText(self.tr(chart.title))
        self._fill_table(chart, total)
        self.table_rows = list(chart.rows)
        old = self.view.chart()
        built = {"line": self._line, "bar": self._bars, "hbar": self._hbars,
                 "pie": self._pie}[self.kind](chart)
        # a line's last date label is centred on the right end of the axis: half of it needs room
        built.setMargins(QMargins(4, 4, 24 if self.kind == "line" else 4, 4))
        built.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.view.setChart(built)
        if old is not None:
            old.deleteLater()

    def _fill_table(self, chart: Chart, total: StatRow) -> None:
        values = chart_table(chart, total)
        self.table.setRowCount(len(values))
        for r, row in enumerate(values):
            for c, value in enumerate(row):
                text = "" if value is None else (f"{value:g}" if isinstance(value, float)
                                                 else value if isinstance(value, Text)
                                                 else str(value))
                shown = text_of(text) if isinstance(text, Text) else self.tr(text) if c == 0 \
                    else text
                item = QTableWidgetItem(shown)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def _drill_row(self, index: int) -> None:
        if 0 <= index < len(self.table_rows):  # the last table row is 合计: the whole period
            self.drill.emit(self.key, self.table_rows[index])
        elif index == len(self.table_rows):
            self.drill.emit(self.key, None)

    def click(self, index: int) -> None:
        """What a click on bar, slice or point `index` does (tests click through this too)."""
        if 0 <= index < len(self.rows):
            self.drill.emit(self.key, self.rows[index])

    # the charts ---------------------------------------------------------------------------
    def _short(self, label: str) -> str:
        """An axis label: 第48周 for 2026年第48周 (the table keeps the year)."""
        if isinstance(label, Text):
            if self.key == "week" and "week" in label.params:
                return self.tr("第%1周").replace("%1", str(label.params["week"]))
            return text_of(label)
        return self.tr(label.split("年", 1)[1] if self.key == "week" and "年" in label
                       else label)

    def _chart(self) -> QChart:
        chart = QChart()
        chart.legend().hide()
        chart.setBackgroundRoundness(0)
        return chart

    def _bars(self, data: Chart, horizontal: bool = False) -> QChart:
        chart = self._chart()
        if not horizontal:
            self.rows = list(data.rows)
        rows = self.rows
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        bars = QBarSet(self.tr("工单数"))
        bars.setColor(QColor(COLOURS[0]))
        for row in rows:
            bars.append(row.count)
        bars.setLabelColor(QColor("#222222"))
        bars.clicked.connect(self.click)
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        labels = QBarCategoryAxis()
        labels.append([self._short(r.label) for r in rows])
        small = QFont(labels.labelsFont())
        small.setPointSizeF(max(small.pointSizeF() - 1, 7))
        labels.setLabelsFont(small)
        numbers = count_axis(max([r.count for r in rows] + [1]), 1.15)
        chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft if horizontal
                      else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom if horizontal
                      else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(labels)
        series.attachAxis(numbers)
        return chart

    def _hbars(self, data: Chart) -> QChart:
        self.rows = list(reversed(data.rows[:TOP]))  # the largest at the top
        return self._bars(data, horizontal=True)

    def _pie(self, data: Chart) -> QChart:
        chart = self._chart()
        series = QPieSeries()
        total = sum(r.count for r in data.rows) or 1
        self.rows = [r for r in data.rows if r.count]
        for i, row in enumerate(self.rows):
            piece = series.append(f"{self._short(row.label)} {row.count}（{row.count * 100 / total:.0f}%）",
                                  row.count)
            piece.setColor(QColor(COLOURS[i % len(COLOURS)]))
            piece.clicked.connect(lambda i=i: self.click(i))
        series.setPieSize(0.75)
        chart.addSeries(series)
        chart.legend().show()
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    def _line(self, data: Chart) -> QChart:
        chart = self._chart()
        self.rows = list(data.rows)
        series = QLineSeries()
        series.setPointsVisible(True)
        series.setColor(QColor(COLOURS[0]))
        for i, row in enumerate(self.rows):
            series.append(QPointF(i, row.count))
        series.clicked.connect(lambda point: self.click(round(point.x())))
        chart.addSeries(series)
        days = QCategoryAxis()
        days.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        step = max(1, len(self.rows) // 10)
        for i in range(0, len(self.rows), step):
            days.append(text_of(self.rows[i].label), i)
        days.setRange(0, max(len(self.rows) - 1, 1))
        numbers = count_axis(max([r.count for r in self.rows] + [1]), 1.1)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(numbers, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(days)
        series.attachAxis(numbers)
        return chart
