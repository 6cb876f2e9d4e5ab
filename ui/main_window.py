"""The main window: navigation to every area, status bar, remembered layout, shortcuts."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget,
)

from ui.classification_screen import ClassificationScreen
from ui.entry_screen import EntryScreen
from ui.session import Session
from ui.ticket_detail_screen import TicketDetailScreen
from ui.ticket_list_screen import TicketListScreen

# (key, label); only those in BUILT exist so far
AREAS = [("entry", "受理"), ("tickets", "工单"), ("classification", "分类"),
         ("escalation", "升级"), ("callback", "回访"), ("printing", "打印"),
         ("rewards", "奖罚"), ("statistics", "统计"), ("settings", "设置")]
BUILT = {"entry", "tickets", "classification"}
SETTINGS_ORG, SETTINGS_APP = "AfterSalesDesk", "AfterSalesDesk"


class MainWindow(QMainWindow):
    def __init__(self, session: Session, settings: QSettings | None = None):
        super().__init__()
        self.session = session
        self.settings = settings or QSettings(SETTINGS_ORG, SETTINGS_APP)
        self.setWindowTitle(self.tr("售后工单台"))
        self.entry = EntryScreen(session)
        self.tickets = TicketListScreen(session)
        self.detail = TicketDetailScreen(session)
        self.classification: ClassificationScreen | None = None  # built when first shown
        self.stack = QStackedWidget()
        for screen in (self.entry, self.tickets, self.detail):
            self.stack.addWidget(screen)
        self.nav = QListWidget()
        self.nav.setFixedWidth(120)
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } "
                               "QListWidget::item { padding: 8px; }")
        for key, label in AREAS:
            item = QListWidgetItem(self.tr(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key not in BUILT:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(self.tr("将在后续版本提供"))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._navigate)
        self.nav.itemClicked.connect(lambda item: self._navigate(self.nav.row(item)))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status_bar()
        self._connect()
        self._restore()

    def _status_bar(self) -> None:
        bar = self.statusBar()
        self.location_label = QLabel(self.tr("数据库：%1").replace(
            "%1", self.session.location.display))
        self.staff_label = QLabel(self.tr("当前人员：%1（%2）")
                                  .replace("%1", self.session.actor_name)
                                  .replace("%2", self.session.actor))
        self.overdue_label = QLabel(self.tr("超时工单：暂不可用"))
        self.overdue_label.setToolTip(self.tr("时限（SLA）将在后续版本提供，届时显示超时数量"))
        bar.addWidget(self.location_label, 1)
        bar.addPermanentWidget(self.staff_label)
        bar.addPermanentWidget(self.overdue_label)

    def _connect(self) -> None:
        self.entry.open_ticket.connect(self.open_ticket)
        self.entry.ticket_saved.connect(lambda _: self.tickets.refresh())
        self.tickets.open_ticket.connect(self.open_ticket)
        self.detail.back.connect(lambda: self.show_area("tickets"))
        self.detail.changed.connect(lambda _: self.tickets.refresh())
        QShortcut(QKeySequence.StandardKey.New, self, self.new_ticket)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence("F5"), self, self.refresh)

    def _restore(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = self.settings.value("main/area", "entry")
        self.show_area(last if last in BUILT else "entry")

    # navigation ---------------------------------------------------------------------------
    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        key = AREAS[row][0]
        if key == "entry":
            self.stack.setCurrentWidget(self.entry)
            self.entry.focus_first_field()
        elif key == "tickets":
            self.stack.setCurrentWidget(self.tickets)
        elif key == "classification":
            self.stack.setCurrentWidget(self._classification())
            self.classification.refresh()
            self.classification.focus_queue()

    def _classification(self) -> ClassificationScreen:
        if self.classification is None:
            self.classification = ClassificationScreen(self.session)
            self.classification.changed.connect(lambda _: self.tickets.refresh())
            self.stack.addWidget(self.classification)
        return self.classification

    def show_area(self, key: str) -> None:
        row = [k for k, _ in AREAS].index(key)
        self._select_nav(row)
        self._navigate(row)

    def _select_nav(self, row: int) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)

    def open_ticket(self, number: str) -> None:
        if self.detail.load(number):
            self._select_nav(1)
            self.stack.setCurrentWidget(self.detail)

    def new_ticket(self) -> None:
        self.show_area("entry")

    def find(self) -> None:
        self.show_area("tickets")
        self.tickets.focus_search()

    def refresh(self) -> None:
        current = self.stack.currentWidget()
        if current is self.tickets:
            self.tickets.refresh()
        elif current is not None and current is self.classification:
            self.classification.refresh()
        elif current is self.detail and self.detail.view:
            self.detail.load(self.detail.view.number, keep_edits=True)

    def current_area(self) -> str:
        current = self.stack.currentWidget()
        if current is self.entry:
            return "entry"
        return "classification" if current is self.classification else "tickets"

    def closeEvent(self, event):
        self.entry.flush_draft()
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/area", self.current_area())
        super().closeEvent(event)
