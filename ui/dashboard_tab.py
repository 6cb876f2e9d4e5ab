"""统计 › 看板: the period (presets 本周/本月/上月/本季度 or any dates) and the charts of every
figure, computed on a worker thread (a progress bar after half a second); a number opens
the tickets behind it (`show_tickets`)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)
from shiboken6 import isValid

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.stat_periods import PRESETS, make_period, preset
from aftersales_desktop.services.statistics import dashboard
from aftersales_desktop.services.statistics_drill import drill_filter
from aftersales_desktop.services.statistics_export import export_chart
from ui.background import run_in_background
from ui.chart_panel import ChartPanel
from ui.dialog_message import ERROR_STYLE
from ui.messages import message_text

BUSY_AFTER_MS = 500
# (chart key, kind, row, column, column span)
LAYOUT = (("day", "line", 0, 0, 2), ("week", "bar", 1, 0, 1), ("category", "pie", 1, 1, 1),
          ("handling", "bar", 2, 0, 1), ("on_time", "pie", 2, 1, 1),
          ("satisfaction", "pie", 3, 0, 1), ("department", "hbar", 3, 1, 1),
          ("handler", "hbar", 4, 0, 1), ("carrier", "hbar", 4, 1, 1))
CUSTOM = "custom"


class DashboardTab(QWidget):
    show_tickets = Signal(object, str)  # TicketFilter, the line shown above the list

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.board = None
        self._generation = 0
        self._running = False
        self._again = False
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.progress.setVisible(self._running))
        self._date_timer = QTimer(self, singleShot=True, interval=300)
        self._date_timer.timeout.connect(self.refresh)
        self._build()
        self.choose_preset("month")

    def _build(self) -> None:
        self.preset = QComboBox()
        for key, label in PRESETS.items():
            self.preset.addItem(self.tr(label), key)
        self.preset.addItem(self.tr("自定义"), CUSTOM)
        self.preset.activated.connect(lambda _: self.choose_preset(self.preset.currentData()))
        self.date_from, self.date_to = self._date(), self._date()
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.clicked.connect(self.refresh)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setFormat(self.tr("正在统计…"))
        self.progress.hide()
        self.summary = QLabel()
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("统计期间（受理日期）")))
        bar.addWidget(self.preset)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("—"))
        bar.addWidget(self.date_to)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.progress)
        bar.addWidget(self.summary, 1)
        self.panels: dict[str, ChartPanel] = {}
        grid = QGridLayout()
        for key, kind, row, column, span in LAYOUT:
            panel = ChartPanel(key, kind)
            panel.drill.connect(self._drill)
            panel.export_requested.connect(self._export)
            panel.setEnabled(False)
            self.panels[key] = panel
            grid.addWidget(panel, row, column, 1, span)
        inner = QWidget()
        inner.setLayout(grid)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    def _date(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._dates_typed)
        return edit

    def _set_dates(self, start, end) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def choose_preset(self, key: str) -> None:
        """Preset `key` (PRESETS) as of today, or CUSTOM to keep the dates as they are."""
        self.preset.setCurrentIndex(self.preset.findData(key))
        if key != CUSTOM:
            period = preset(key, local_today())
            self._set_dates(period.start, period.end)
            self.refresh()

    def _dates_typed(self) -> None:
        self.preset.setCurrentIndex(self.preset.findData(CUSTOM))
        self._date_timer.start()

    # computing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._date_timer.stop()
        try:
            period = make_period(self.date_from.date().toPython(), self.date_to.date().toPython())
        except ValidationError as exc:
            self._say(message_text(exc))
            return
        if self._running:  # one at a time; the newest period is read when this one ends
            self._again = True
            return
        self.message.hide()
        self._running, self._again = True, False
        self._generation += 1
        generation, actor = self._generation, self.session.actor
        self._busy_timer.start()
        # the tab may be closed before the result arrives: then it is dropped
        run_in_background(self, lambda: dashboard(actor, period),
                          lambda board: isValid(self) and self._done(generation, board),
                          lambda exc: isValid(self) and self._failed(generation, exc))

    def _finish(self) -> bool:
        self._running = False
        self._busy_timer.stop()
        self.progress.hide()
        if self._again:
            self.refresh()
            return False
        return True

    def _done(self, generation: int, board) -> None:
        if not self._finish() or generation != self._generation:
            return
        self.board = board
        for key, panel in self.panels.items():
            panel.set_chart(board.charts[key], board.total)
            panel.setEnabled(True)
        self.summary.setText(self._summary(board.total))

    def _summary(self, total) -> str:
        parts = [self.tr("共 %1 张工单").replace("%1", f"{total.count:,}")]
        if total.on_time_rate is not None:
            parts.append(self.tr("按时率 %1%").replace("%1", f"{total.on_time_rate * 100:.1f}"))
        if total.satisfied_share is not None:
            parts.append(self.tr("满意率 %1%").replace(
                "%1", f"{total.satisfied_share * 100:.1f}"))
        if total.average_hours is not None:
            parts.append(self.tr("平均处理时长 %1 小时").replace(
                "%1", f"{total.average_hours:.1f}"))
        return " · ".join(parts)

    def _failed(self, generation: int, exc: Exception) -> None:
        if self._finish() and generation == self._generation:
            self._say(self.tr("统计失败：%1").replace("%1", str(exc)))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # drill-down and export ----------------------------------------------------------------
    def _drill(self, key: str, row) -> None:
        if self.board is not None:
            ticket_filter, caption = drill_filter(self.board, key, row)
            self.show_tickets.emit(ticket_filter, caption)

    def _export(self, key: str, kind: str) -> None:
        if self.board is None:
            return
        period = self.board.period
        name = f"{self.board.charts[key].title}_{period.start:%Y%m%d}-{period.end:%Y%m%d}"
        if kind == "png":
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出图片"), name + ".png",
                                                  self.tr("PNG 图片 (*.png)"))
            if path:
                self.export_png(key, path)
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), name + ".xlsx",
                                                  self.tr("Excel 工作簿 (*.xlsx)"))
            if path:
                self.export_xlsx(key, path)

    def export_png(self, key: str, path: str) -> bool:
        if self.panels[key].view.grab().save(path, "PNG"):
            return True
        self._say(self.tr("图片没有保存：无法写入 %1").replace("%1", path))
        return False

    def export_xlsx(self, key: str, path: str) -> bool:
        try:
            export_chart(self.session.actor, self.board, key, path)
        except Exception as exc:  # noqa: BLE001 (a full disk, a refusal: said, nothing lost)
            self._say(self.tr("Excel 没有保存：%1").replace("%1", str(exc)))
            return False
        return True
