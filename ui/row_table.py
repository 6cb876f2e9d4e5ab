"""A read-only table of whole rows, one selected at a time, for the lists of the 奖罚 screen."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def row_table(headers, widths) -> QTableWidget:
    """`headers` (already translated); `widths` per column, 0 for the one that stretches; a
    column is at least as wide as its header (English headers are longer)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    for column, width in enumerate(widths):
        if width:
            table.setColumnWidth(column, max(width, table.horizontalHeader().sectionSizeHint(column)))
        else:
            table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table
