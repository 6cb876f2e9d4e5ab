"""设置 › 审计日志: who did what, read-only, for internal audit and administrators; filtered by
staff, action, date range and ticket; newest first, more rows on scroll."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.services.audit_log import (
    ACTION_LABELS, SECURITY_ACTIONS, AuditFilter, audit_log, staff_choices,
)
from aftersales_desktop.services import list_tables
from ui.audit_table_model import AuditTableModel
from ui.export_button import ExportButton
from ui.date_filter import date_value, open_date_edit
from ui.labels import label

PAGE = 200


class AuditPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.staff = QComboBox()
        self.action = QComboBox()
        self.action.addItem(self.tr("（全部操作）"), None)
        for code in (*SECURITY_ACTIONS, *(a for a in ACTION_LABELS if a not in SECURITY_ACTIONS)):
            self.action.addItem(label("audit_log", ACTION_LABELS[code]), code)
        self.date_from, self.date_to = open_date_edit(), open_date_edit()
        self.ticket = QLineEdit()
        self.ticket.setPlaceholderText(self.tr("工单号，如 SH20261122-0007"))
        self.ticket.setMinimumWidth(200)
        self.ticket.returnPressed.connect(self.refresh)
        apply = QPushButton(self.tr("筛选"))
        apply.clicked.connect(self.refresh)
        today = QPushButton(self.tr("今天"))
        today.clicked.connect(self.only_today)
        for combo in (self.staff, self.action):
            combo.currentIndexChanged.connect(self.refresh)
            # not as wide as the longest name: the page fits beside the settings groups
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        filters = QGridLayout()  # two rows: the page fits beside the settings groups
        cells = ((self.tr("人员"), self.staff), (self.tr("操作"), self.action),
                 (self.tr("工单"), self.ticket), (self.tr("从"), self.date_from),
                 (self.tr("到"), self.date_to))
        for index, (caption, widget) in enumerate(cells):
            filters.addWidget(QLabel(caption), index // 3, (index % 3) * 2)
            filters.addWidget(widget, index // 3, (index % 3) * 2 + 1)
        buttons = QHBoxLayout()
        buttons.addWidget(today)
        buttons.addWidget(apply)
        buttons.addStretch(1)
        self.export_button = ExportButton(
            session, lambda: list_tables.audit_trail(self.current_filter()))
        buttons.addWidget(self.export_button)
        filters.addLayout(buttons, 1, 5)
        filters.setColumnStretch(6, 1)
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        for column, width in enumerate((140, 150, 110, 140, 110, 170)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self._fill_staff()
        self.refresh()

    def _fill_staff(self) -> None:
        self.staff.blockSignals(True)
        self.staff.clear()
        self.staff.addItem(self.tr("（全部人员）"), None)
        for login, label in staff_choices():
            self.staff.addItem(label, login)
        self.staff.blockSignals(False)

    def only_today(self) -> None:
        today = local_today()
        for edit in (self.date_from, self.date_to):
            edit.setDate(QDate(today.year, today.month, today.day))
        self.refresh()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(staff=self.staff.currentData(), action=self.action.currentData(),
                           date_from=date_value(self.date_from), date_to=date_value(self.date_to),
                           ticket=self.ticket.text().strip() or None)

    def refresh(self) -> None:
        f = self.current_filter()
        rows = audit_log(self.session.actor, f, PAGE)
        self.model.set_rows(rows, lambda last: audit_log(self.session.actor, f, PAGE, last))
        self.count.setText(self.tr("显示 %1 条（向下滚动加载更多）").replace("%1", str(len(rows)))
                           if len(rows) == PAGE else self.tr("共 %1 条").replace("%1", str(len(rows))))
