"""Audit events for the table of 审计日志: plain rows in, more fetched on scroll."""
from __future__ import annotations


from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.services.audit_log import AuditLogRow
from ui.labels import QT_TRANSLATE_NOOP, label
from ui.messages import text_of, value_text

COLUMNS = [QT_TRANSLATE_NOOP("AuditTableModel", "时间"), QT_TRANSLATE_NOOP("AuditTableModel", "人员"), QT_TRANSLATE_NOOP("AuditTableModel", "操作"), QT_TRANSLATE_NOOP("AuditTableModel", "工单"), QT_TRANSLATE_NOOP("AuditTableModel", "字段"), QT_TRANSLATE_NOOP("AuditTableModel", "内容")]
ALERT = {"refused", "login_failed", "login_locked", "lockout"}


def _when(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M:%S")


class AuditTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AuditLogRow] = []
        self._more = None
        self._exhausted = True

    def set_rows(self, rows: list[AuditLogRow], more) -> None:
        """`more(last_id)` gives the next page after the row with that id."""
        self.beginResetModel()
        self.rows = list(rows)
        self._more = more
        self._exhausted = not rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and row.action in ALERT:
            return QColor("#c62828")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return text_of(row.content)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return _when(row.at)
        if column == 1:
            return f"{row.staff_name}（{row.staff_login}）" if row.staff_login else "—"
        if column == 2:
            return label("audit_log", row.action_label)
        if column == 3:
            return row.ticket_number or ""
        if column == 4:
            return value_text(row.field_text) if row.field_text else ""
        return text_of(row.content)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and self._more is not None

    def fetchMore(self, parent=QModelIndex()) -> None:
        more = self._more(self.rows[-1].id)
        if not more:
            self._exhausted = True
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
