"""The list of reward and penalty records on the 奖罚 screen — all I see with filters, or the
proposals waiting for my decision — beside the selected record's detail."""
from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.permissions import APPROVE_REWARDS
from aftersales_desktop.domain.rewards import KINDS, STATUS_LABELS
from aftersales_desktop.services.reward_rows import RecordFilter, RecordRow, records
from aftersales_desktop.services import list_tables
from ui.date_filter import date_value, open_date_edit
from ui.export_button import ExportButton
from ui.labels import QT_TRANSLATE_NOOP, label, labels
from ui.reward_detail import RecordDetail
from ui.row_table import row_table

HEADERS = (QT_TRANSLATE_NOOP("RecordsPanel", "编号"), QT_TRANSLATE_NOOP("RecordsPanel", "状态"), QT_TRANSLATE_NOOP("RecordsPanel", "类别"), QT_TRANSLATE_NOOP("RecordsPanel", "对象"), QT_TRANSLATE_NOOP("RecordsPanel", "金额（元）"), QT_TRANSLATE_NOOP("RecordsPanel", "提议人"), QT_TRANSLATE_NOOP("RecordsPanel", "提议日期"))
STATUS_COLOURS = {"proposed": "#e65100", "approved": "#2e7d32", "rejected": "#9e9e9e",
                  "issued": "#1565c0", "archived": "#616161"}


class RecordsPanel(QWidget):
    changed = Signal(str)
    propose_requested = Signal()
    edit_requested = Signal(object)
    print_requested = Signal(str)

    def __init__(self, session, waiting: bool = False, parent=None):
        super().__init__(parent)
        self.session, self.waiting = session, waiting
        self.rows: list[RecordRow] = []
        self.table = row_table([self.tr(h) for h in HEADERS], (104, 56, 78, 0, 80, 64, 84))
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = RecordDetail(session)
        self.detail.changed.connect(self._after_change)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.print_requested.connect(self.print_requested)
        left = QVBoxLayout()
        if not waiting:
            left.addLayout(self._filters())
        left.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #555;")
        self.export_button = ExportButton(
            session, lambda: list_tables.rewards(self.current_filter()))
        under = QHBoxLayout()
        under.addWidget(self.empty, 1)
        under.addWidget(self.export_button)
        left.addLayout(under)
        holder = QWidget()
        holder.setLayout(left)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(holder)
        split.addWidget(self.detail)
        split.setSizes([660, 520])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(split)
        self.setFocusProxy(self.table)  # arrows pick a record, Tab reaches its buttons

    def _filters(self):
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for code, text in labels("rewards", STATUS_LABELS).items():
            self.status.addItem(text, code)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类别"), None)
        self.kind.addItem(self.tr("奖励"), "side:reward")
        self.kind.addItem(self.tr("处罚"), "side:penalty")
        for kind in KINDS.values():
            self.kind.addItem("　" + label("rewards", kind.label), kind.code)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("编号、对象或事实"))
        self.text.setClearButtonEnabled(True)
        self.date_from, self.date_to = open_date_edit(), open_date_edit()
        for signal in (self.status.currentIndexChanged, self.kind.currentIndexChanged,
                       self.text.returnPressed, self.date_from.dateChanged,
                       self.date_to.dateChanged):
            signal.connect(lambda *_: self.refresh())
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.status)
        first.addWidget(self.kind)
        first.addWidget(self.text, 1)
        second.addWidget(QLabel(self.tr("提议日期")))
        second.addWidget(self.date_from)
        second.addWidget(QLabel("—"))
        second.addWidget(self.date_to)
        second.addStretch(1)
        self.propose_button = QPushButton(self.tr("提议奖罚…"))
        self.propose_button.clicked.connect(self.propose_requested)
        self.propose_button.setVisible(self.session.can(APPROVE_REWARDS))
        second.addWidget(self.propose_button)
        rows = QVBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        return rows

    def current_filter(self) -> RecordFilter:
        if self.waiting:
            return RecordFilter(waiting=True)
        kind = self.kind.currentData()
        side = kind[5:] if kind and kind.startswith("side:") else None
        return RecordFilter(status=self.status.currentData(), side=side,
                            kind=None if side or not kind else kind, text=self.text.text(),
                            date_from=date_value(self.date_from),
                            date_to=date_value(self.date_to))

    def refresh(self, select: str | None = None) -> None:
        current = select or (self.detail.row.number if self.detail.row else None)
        self.rows = records(self.session.actor, self.current_filter())
        self.table.setRowCount(len(self.rows))
        for index, r in enumerate(self.rows):
            texts = (r.number, label("rewards", r.status_label), label("rewards", r.kind_label), r.recipient,
                     r.amount_text, r.proposer or self.tr("规则"),
                     to_local(r.proposed_at).strftime("%Y-%m-%d"))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(r.facts)
                if column == 1:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[r.status])))
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.empty.setText("" if self.rows else (
            self.tr("没有等待您审批的提议。") if self.waiting else self.tr("没有符合条件的记录。")))
        numbers = [r.number for r in self.rows]
        self.table.clearSelection()
        if current in numbers:
            self.table.selectRow(numbers.index(current))
        elif self.rows:
            self.table.selectRow(0)
        else:
            self.detail.show_row(None)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.detail.show_row(self.rows[rows[0].row()] if rows else None)

    def select(self, number: str) -> None:
        numbers = [r.number for r in self.rows]
        if number in numbers:
            self.table.selectRow(numbers.index(number))

    def _after_change(self, number: str) -> None:
        self.refresh(number)
        self.changed.emit(number)
