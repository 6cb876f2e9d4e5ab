"""工单: all tickets with filters, search and sorting; a scanned number + Enter opens it."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.channels import CHANNELS, PRIORITIES
from aftersales_desktop.domain.permissions import IMPORT_DATA
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.staff import list_staff
from aftersales_desktop.services.ticket_first_page import background_count, first_page
from aftersales_desktop.services.ticket_list import SORT_CAP, TicketFilter, exact_number, list_page
from aftersales_desktop.services import list_tables
from ui.background import run_in_background
from ui.date_filter import date_value, open_date_edit
from ui.export_button import ExportButton
from ui.import_dialog import ImportDialog
from ui.labels import labels
from ui.messages import text_of
from ui.ticket_table_model import COLUMNS, PAGE_SIZE, TicketTableModel

SEARCH_DELAY_MS = 250
TICK_MS = 60_000  # remaining times are repainted every minute


class TicketListScreen(QWidget):
    open_ticket = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.filter = TicketFilter(viewer=session.actor)
        self._generation = 0  # of the rows shown; a count of older rows is not shown
        self._count: int | None = None
        self._more_than = 0
        self._resorted = self._updated = self._capped = False
        self.model = TicketTableModel(self)
        self.model.sort_requested.connect(self._sort)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._tick_timer = QTimer(self, interval=TICK_MS)
        self._tick_timer.timeout.connect(self.model.tick)
        self._tick_timer.start()
        self._build()
        self.refresh()

    def _combo(self, blank: str, choices: dict) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr(blank), None)
        for code, label in choices.items():
            combo.addItem(label, code)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    def _date(self) -> QDateEdit:
        edit = open_date_edit()
        edit.dateChanged.connect(self.refresh)
        return edit

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("搜索：工单号、电话、客户姓名、订单号、运单号或描述中的字词（扫码后按 Enter 打开）"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda: self._search_timer.start())
        self.search.returnPressed.connect(self.search_entered)
        self.state = self._combo(self.tr("全部状态"), labels("states", STATE_LABELS))
        self.category = self._combo(self.tr("全部类别"), {c.code: c.name for c in active_categories()})
        self.priority = self._combo(self.tr("全部优先级"), labels("channels", PRIORITIES))
        self.channel = self._combo(self.tr("全部渠道"), labels("channels", CHANNELS))
        self.assignee = self._combo(self.tr("全部处理人"), {s.login: s.name for s in list_staff()})
        self.date_from, self.date_to = self._date(), self._date()
        self.overdue = QCheckBox(self.tr("仅超时"))
        self.overdue.setToolTip(self.tr("只显示有未完成时限已超时的工单"))
        self.overdue.toggled.connect(self.refresh)
        self.count_label = QLabel()

        filters = QHBoxLayout()
        for widget in (self.state, self.category, self.priority, self.channel, self.assignee):
            filters.addWidget(widget)
        filters.addWidget(QLabel(self.tr("受理日期")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("—"))
        filters.addWidget(self.date_to)
        filters.addWidget(self.overdue)
        filters.addStretch(1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {"number": 150, "received_at": 140, "customer": 110, "phone": 110,
                  "category": 150, "priority": 70, "state": 80, "assignee": 100,
                  "deadline": 130}
        for column, (key, _) in enumerate(COLUMNS):
            if key in widths:
                self.table.setColumnWidth(column, widths[key])
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        self.export_button = ExportButton(
            self.session, lambda: list_tables.tickets(self.current_filter()))
        self.export_button.setToolTip(self.tr(
            "把当前筛选、搜索和排序下的全部工单导出为 Excel（不只是已显示的几页）"))
        top.addWidget(self.export_button)
        self.import_button = QPushButton(self.tr("导入客户与订单…"))
        self.import_button.setToolTip(self.tr("从 Excel 或 CSV 导入客户和订单：先预览并检查，再全部导入"))
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setVisible(self.session.can(IMPORT_DATA))
        top.addWidget(self.import_button)
        self.drill_label = QLabel()
        self.drill_label.setStyleSheet("color: #0d47a1; font-weight: bold;")
        self.drill_clear = QPushButton(self.tr("清除统计条件"))
        self.drill_clear.clicked.connect(self.clear_drill)
        drill_row = QHBoxLayout()
        drill_row.addWidget(self.drill_label, 1)
        drill_row.addWidget(self.drill_clear)
        self.drill_label.hide()
        self.drill_clear.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(drill_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def _date_value(self, edit: QDateEdit):
        return date_value(edit)

    def current_filter(self) -> TicketFilter:
        return replace(
            self.filter, state=self.state.currentData(), category=self.category.currentData(),
            priority=self.priority.currentData(), channel=self.channel.currentData(),
            assignee=self.assignee.currentData(), date_from=self._date_value(self.date_from),
            date_to=self._date_value(self.date_to), search=self.search.text().strip(),
            overdue=self.overdue.isChecked())

    def refresh(self) -> None:
        """The first page at once; its count, when not known with it, from the background."""
        self._search_timer.stop()
        self.filter = self.current_filter()
        self._generation += 1
        start = first_page(self.filter, PAGE_SIZE)
        shown = start.shown
        self.model.set_rows(start.rows,
                            lambda offset, limit, last: list_page(shown, limit, offset, last))
        self._count, self._more_than = start.count, start.more_than
        self._resorted, self._updated, self._capped = start.resorted, False, False
        self._show_count()
        if start.count is None:
            self._count_in_background(self.filter, self._generation)

    def _count_in_background(self, f: TicketFilter, generation: int) -> None:
        def work():
            try:
                return generation, *background_count(f)
            except Exception:  # noqa: BLE001 - the rows are shown; the label says so
                return generation, None, True
        run_in_background(self, work, self._counted, self._counted)

    def _counted(self, result) -> None:
        # a failure that work() did not catch comes as the exception: of the latest count
        generation, count, exact = (result if isinstance(result, tuple)
                                    else (self._generation, None, True))
        if generation != self._generation:
            return  # the rows shown are of a later refresh, which counts for itself
        self._count = count if count is not None else -1
        if not exact:  # counted no further: more than that many
            self._count, self._more_than, self._capped = None, count, True
        self._show_count()

    def counting(self) -> bool:
        return self._count is None and not self._capped

    def show_filter(self, ticket_filter: TicketFilter, caption: str) -> None:
        """List what `ticket_filter` selects (a number of 统计: its dates and its drill-down),
        every other filter cleared, `caption` above the list until 清除统计条件."""
        widgets = (self.state, self.category, self.priority, self.channel, self.assignee,
                   self.date_from, self.date_to, self.overdue, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:5]:
            combo.setCurrentIndex(0)
        for edit, day in ((self.date_from, ticket_filter.date_from),
                          (self.date_to, ticket_filter.date_to)):
            edit.setDate(QDate(day.year, day.month, day.day) if day else edit.minimumDate())
        self.overdue.setChecked(False)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.filter = replace(self.filter, drill=ticket_filter.drill)
        self.drill_label.setText(text_of(caption))
        self.drill_label.setVisible(True)
        self.drill_clear.setVisible(True)
        self.refresh()

    def clear_drill(self) -> None:
        self.filter = replace(self.filter, drill=None)
        self.drill_label.hide()
        self.drill_clear.hide()
        self.refresh()

    def refresh_from_elsewhere(self) -> None:
        """Someone at another desk changed tickets: show them, keeping the selected ticket;
        when the user has scrolled down, only say so (F5), not to move the rows under them."""
        if self.table.verticalScrollBar().value() > 0 or self.model.rowCount() > PAGE_SIZE:
            self._updated = True
            self._show_count()
            return
        index = self.table.currentIndex()
        selected = self.model.row_at(index.row()).number if index.isValid() else None
        self.refresh()
        for row, item in enumerate(self.model.rows):
            if item.number == selected:
                self.table.selectRow(row)
                break

    def _show_count(self) -> None:
        cap = f"{SORT_CAP:,}"
        hint = ""
        if self._capped:
            text = self.tr("超过 %1 张").replace("%1", f"{self._more_than:,}")
            hint = self.tr("搜索结果超过 %1 张时不再往下数。加搜索词或筛选条件缩小范围，"
                           "即可看到准确张数。").replace("%1", f"{self._more_than:,}")
        elif self._count is None and self._more_than:
            text = self.tr("超过 %1 张 · 正在计数…").replace("%1", f"{self._more_than:,}")
        elif self._count is None:
            text = self.tr("正在计数…")
        elif self._count < 0:
            text = self.tr("未能计数（按 F5 重试）")
        else:
            text = self.tr("共 %1 张").replace("%1", f"{self._count:,}")
        if self._resorted:
            text += self.tr(" · 按录入先后")
            hint = (hint + "\n" if hint else "") + self.tr("结果超过 %1 张时按录入先后（新的在前）排列；"
                           "用筛选或更多搜索词缩小到 %1 张以内，即可按所选列排序。"
                           ).replace("%1", cap)
        if self._updated:
            text += self.tr(" · 有更新（按 F5 刷新）")
        self.count_label.setText(text)
        self.count_label.setToolTip(hint)

    def _sort(self, key: str, descending: bool) -> None:
        self.filter = replace(self.filter, sort=key, descending=descending)
        self.refresh()

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def search_entered(self) -> None:
        number = exact_number(self.search.text(), viewer=self.session.actor)
        if number:
            self.open_ticket.emit(number)
        else:
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_ticket.emit(self.model.row_at(index.row()).number)
