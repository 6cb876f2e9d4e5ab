"""The figures of the 客诉分析例会 page, one tab each: the comparison by a chosen grouping beside the
top causes, the missed time limits and escalations, satisfaction (the page adds 例会对策)."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.services.weekly_pack import WeeklyPack
from ui import weekly_tables as tables
from ui.row_table import row_table


class WeeklySections(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.pack: WeeklyPack | None = None
        self.addTab(self._compare_tab(), self.tr("客诉对比"))
        self.addTab(self._lists_tab(), self.tr("超时与升级"))
        self.satisfaction = row_table([self.tr(h) for h in tables.SATISFACTION_HEADERS],
                                      (0, 90, 110, 110, 90, 90))
        self.addTab(self.satisfaction, self.tr("满意度"))

    def _compare_tab(self) -> QWidget:
        page = QWidget()
        self.breakdown = QComboBox()
        for key, label in tables.BREAKDOWNS:
            self.breakdown.addItem(self.tr(label), key)
        self.breakdown.currentIndexChanged.connect(lambda _: self.show_pack(self.pack))
        self.compare = row_table([self.tr(h) for h in tables.COMPARE_HEADERS],
                                 (0, 90, 90, 90, 110))
        note = QLabel(self.tr("前四周平均：本周之前四周（含上周）的周平均；本周高于平均的以红色显示。"
                              "按受理时间（北京时间）计周，周一至周日。"))
        note.setStyleSheet("color: #555;")
        note.setWordWrap(True)
        self.causes = row_table([self.tr(h) for h in tables.COMPARE_HEADERS],
                                (0, 60, 60, 60, 90))
        caption = QLabel(self.tr("分组(&G)："))
        caption.setBuddy(self.breakdown)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.breakdown)
        row.addStretch(1)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addLayout(row)
        left.addWidget(self.compare, 1)
        right.addWidget(QLabel(self.tr("主要原因（问题细分，本周前 10 位）")))
        right.addWidget(self.causes, 1)
        both = QHBoxLayout()
        both.addLayout(left, 1)
        both.addLayout(right, 1)
        column = QVBoxLayout(page)
        column.addLayout(both, 1)
        column.addWidget(note)
        return page

    def _lists_tab(self) -> QWidget:
        page = QWidget()
        self.overdue_caption, self.escalated_caption = QLabel(), QLabel()
        self.overdue = row_table([self.tr(h) for h in tables.OVERDUE_HEADERS],
                                 (140, 110, 90, 70, 70, 90, 90, 0))
        self.escalated = row_table([self.tr(h) for h in tables.ESCALATED_HEADERS],
                                   (140, 110, 90, 90, 70, 80, 0))
        column = QVBoxLayout(page)
        for widget in (self.overdue_caption, self.overdue, self.escalated_caption,
                       self.escalated):
            column.addWidget(widget, 1 if isinstance(widget, type(self.overdue)) else 0)
        return page

    def show_pack(self, pack: WeeklyPack | None) -> None:
        self.pack = pack
        if pack is None:
            return
        tables.fill_compare(self.compare, getattr(pack, self.breakdown.currentData()),
                            pack.total)
        tables.fill_compare(self.causes, pack.top_causes, None)
        self.overdue_caption.setText(self.tr("本周超时未办结的时限：共 %1 项").replace(
            "%1", str(pack.overdue_total)) + (self.tr("（列出前 %1 项）").replace(
                "%1", str(len(pack.overdue))) if pack.overdue_total > len(pack.overdue) else ""))
        self.escalated_caption.setText(self.tr("本周升级事项：共 %1 项").replace(
            "%1", str(pack.escalated_total)))
        tables.fill_overdue(self.overdue, pack)
        tables.fill_escalated(self.escalated, pack)
        tables.fill_satisfaction(self.satisfaction, pack)
