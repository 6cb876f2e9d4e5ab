"""Table model of ticket rows; pages are fetched as the view scrolls (canFetchMore/fetchMore)."""
from __future__ import annotations


from datetime import datetime
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from aftersales_desktop.domain.channels import PRIORITIES
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.deadline_text import STATE_LABELS as DEADLINE_STATES
from aftersales_desktop.domain.sla import deadline_state
from aftersales_desktop.domain.masking import mask_phone as mask
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.ticket_list import TicketTableRow
from ui.caller_panel import local_time
from ui.labels import QT_TRANSLATE_NOOP, label, remaining_text

PAGE_SIZE = 100
# (sort key of services.ticket_list, header)
COLUMNS = [("number", QT_TRANSLATE_NOOP("TicketTableModel", "工单号")), ("received_at", QT_TRANSLATE_NOOP("TicketTableModel", "受理时间")), ("customer", QT_TRANSLATE_NOOP("TicketTableModel", "客户")),
           ("phone", QT_TRANSLATE_NOOP("TicketTableModel", "电话")), ("category", QT_TRANSLATE_NOOP("TicketTableModel", "类别")), ("priority", QT_TRANSLATE_NOOP("TicketTableModel", "优先级")), ("state", QT_TRANSLATE_NOOP("TicketTableModel", "状态")),
           ("assignee", QT_TRANSLATE_NOOP("TicketTableModel", "处理人")), ("deadline", QT_TRANSLATE_NOOP("TicketTableModel", "时限"))]
SORTABLE = {"number", "received_at", "customer", "category", "priority", "state", "assignee"}
FetchPage = Callable[[int, int, TicketTableRow], list[TicketTableRow]]
DEADLINE_COLORS = {"running": QColor("#2e7d32"), "warning": QColor("#b26a00"),
                   "overdue": QColor("#c62828"), "paused": QColor("#757575")}


def _utc(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso).replace(tzinfo=None) if iso else None


def deadline_cell(row: TicketTableRow, now: datetime) -> tuple[str | None, str]:
    """(state, text) of the deadline column: the nearest open due time, or the pause."""
    due = _utc(row.deadline)
    if due is None:
        return ("paused", label("deadline_text", STATE_LABELS["paused"])) if row.paused else (None, "—")
    state = deadline_state(due, _utc(row.deadline_warn), now)
    return state, remaining_text(due, now) + (label("TicketTableModel", "（暂停中）") if row.paused else "")



class TicketTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TicketTableRow] = []
        self._fetch_page: FetchPage | None = None
        self._more = False
        self.now = utcnow  # the clock the remaining times are read against

    def tick(self) -> None:
        """Repaint the remaining times (they change while nothing else does)."""
        if self.rows:
            column = len(COLUMNS) - 1
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def set_rows(self, rows: list[TicketTableRow],
                 fetch_page: FetchPage | None = None) -> None:
        """Show `rows` (the first page); `fetch_page(offset, limit, last row)` gives the
        following ones."""
        self.beginResetModel()
        self.rows = list(rows)
        self._fetch_page = fetch_page
        self._more = fetch_page is not None and len(rows) >= PAGE_SIZE
        self.endResetModel()

    def row_at(self, row: int) -> TicketTableRow:
        return self.rows[row]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent=QModelIndex()):
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()):
        if parent.isValid() or not self._more or self._fetch_page is None:
            return
        page = self._fetch_page(len(self.rows), PAGE_SIZE, self.rows[-1])
        self._more = len(page) >= PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return label("TicketTableModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[section][0] == "deadline":
                return label("TicketTableModel", "最近一个未完成时限的剩余时间：绿色正常，橙色已到预警，红色已超时")
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if key == "deadline" and role in (Qt.ItemDataRole.DisplayRole,
                                          Qt.ItemDataRole.ForegroundRole,
                                          Qt.ItemDataRole.ToolTipRole):
            return self._deadline(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "category" and row.subcategory:
            return f"{row.category} / {row.subcategory}"
        if role == Qt.ItemDataRole.UserRole:
            return row.number
        return None

    def _deadline(self, row: TicketTableRow, role):
        state, text = deadline_cell(row, self.now())
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            return DEADLINE_COLORS.get(state)
        if state is None:
            return None
        return f"{label('deadline_text', DEADLINE_STATES[state])} · {local_time(row.deadline)}" if row.deadline \
            else label("TicketTableModel", "等待客户，计时暂停")

    def _text(self, row: TicketTableRow, key: str) -> str:
        if key == "number":
            return row.number
        if key == "received_at":
            return local_time(row.received_at)
        if key == "customer":
            return row.customer_name or ""
        if key == "phone":
            return mask(row.customer_phone)
        if key == "category":
            return row.subcategory or row.category or label("TicketTableModel", "未分类")
        if key == "priority":
            return label("channels", PRIORITIES.get(row.priority, row.priority))
        if key == "state":
            return label("states", STATE_LABELS.get(row.state, row.state))
        if key == "assignee":
            return row.assignee or ""
        return "—"

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
        key = COLUMNS[column][0]
        if key in SORTABLE:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)
