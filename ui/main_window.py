"""The main window: navigation to every area, status bar, remembered layout, shortcuts.

Quick to show: the frame (navigation, status bar, remembered geometry) needs neither the
database nor the domain modules, so the program shows it first and `attach`es the session
once the database is open and someone has signed in. Screens are imported and built on first
use: at start only the last-remembered one; the others when the user first goes there.
"""
from __future__ import annotations


from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget,
)

from ui.main_areas import AREA_PERMISSIONS, AREAS, BUILT, SCREENS
from ui.main_status import StatusBarParts
from ui.main_wiring import Wiring

if TYPE_CHECKING:
    from ui.deadline_scheduler import DeadlineScheduler
    from ui.session import Session

SETTINGS_ORG, SETTINGS_APP = "AfterSalesDesk", "AfterSalesDesk"
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole


class MainWindow(StatusBarParts, Wiring, QMainWindow):
    def __init__(self, session: Session | None, settings: QSettings | None = None,
                 scheduler: DeadlineScheduler | None = None, watcher=None):
        """`session` None: only the frame, until `attach`. `scheduler`: the minute-by-minute
        deadline check; `watcher` (ui.change_watcher): the poll for changes made at other
        desks; None (tests, screenshots) runs none."""
        super().__init__()
        self.session: Session | None = None
        self.scheduler = scheduler
        self.watcher = watcher
        self._stale: set[str] = set()
        self.settings = settings or QSettings(SETTINGS_ORG, SETTINGS_APP)
        self.setWindowTitle(self.tr("售后工单台"))
        self._screens: dict[str, QWidget] = {}
        self.stack = QStackedWidget()
        self.nav = QListWidget()
        self.nav.setFixedWidth(120)  # widened below to the longest label (English is longer)
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } "
                               "QListWidget::item { padding: 8px; }")
        # Areas not built yet look disabled at once and are made so by `attach`: Qt's enum
        # namespace (Qt.ItemFlag) takes 25–40 ms to load, which the first paint need not wait for.
        for key, label in AREAS:
            item = QListWidgetItem(self.tr(label))
            if key not in BUILT:
                item.setData(FOREGROUND_ROLE, self._disabled_text())  # setForeground(): enums
                item.setToolTip(self.tr("将在后续版本提供"))
            self.nav.addItem(item)
        widest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                     for i in range(self.nav.count()))
        self.nav.setFixedWidth(max(120, widest * 15 // 13 + 40))  # the style sheet's 15px font
        self.nav.currentRowChanged.connect(self._navigate)
        self.nav.itemClicked.connect(lambda item: self._navigate(self.nav.row(item)))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.location_label = QLabel(self.tr("正在打开数据库…"))
        self.statusBar().addWidget(self.location_label, 1)
        self._restore_geometry()
        if session is not None:
            self.attach(session)

    def _disabled_text(self):
        """The palette's disabled text colour; QPalette's enums load only when an area is unbuilt."""
        
        return self.nav.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def attach(self, session: Session, watcher=None) -> None:
        """Work as `session` (database open, signed in): the areas of the role, notices,
        status bar, shortcuts, the remembered screen; `watcher` as in the constructor."""
        from PySide6.QtCore import Qt

        from ui.notice_panel import NoticePanel

        self.session = session
        self.watcher = watcher or self.watcher
        for row, (key, _) in enumerate(AREAS):
            if key not in BUILT:
                self.nav.item(row).setFlags(Qt.ItemFlag.NoItemFlags)
            elif not self.allowed(key):
                self.nav.item(row).setFlags(Qt.ItemFlag.NoItemFlags)
                self.nav.item(row).setToolTip(self.tr("您的角色（%1）不使用此功能").replace(
                    "%1", session.role_label))
        self.notices = NoticePanel(session, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notices)
        self.notices.hide()
        self._status_bar()
        self._connect()
        self.show_area(self._first_area())

    def allowed(self, key: str) -> bool:
        needed = AREA_PERMISSIONS.get(key)
        return needed is None or any(self.session.can(p) for p in needed)

    # screens, built on first use ----------------------------------------------------------
    def screen(self, key: str) -> QWidget:
        """The screen of `key` (see SCREENS), imported and built the first time it is asked for."""
        widget = self._screens.get(key)
        if widget is None:
            module, name = SCREENS[key]
            widget = getattr(import_module(module), name)(self.session)
            self._screens[key] = widget
            self.stack.addWidget(widget)
            self._wire(key, widget)
        return widget

    def built(self, key: str) -> QWidget | None:
        """The screen of `key` when it has been built, else None (and nothing is built)."""
        return self._screens.get(key)

    entry = property(lambda self: self.screen("entry"))
    tickets = property(lambda self: self.screen("tickets"))
    detail = property(lambda self: self.screen("detail"))
    classification = property(lambda self: self.screen("classification"))

    def _wire(self, key: str, widget: QWidget) -> None:
        if key in ("entry", "tickets", "callback", "statistics"):
            widget.open_ticket.connect(self.open_ticket)
        if key == "entry":
            widget.ticket_saved.connect(lambda _: self.refresh_area("tickets"))
        elif key == "detail":
            widget.back.connect(lambda: self.show_area("tickets"))
            widget.changed.connect(lambda _: self.refresh_area("tickets"))
        elif key in ("classification", "escalation", "callback"):
            widget.changed.connect(lambda _: self.refresh_area("tickets"))
        elif key == "rewards":
            widget.print_notice.connect(self.print_notice)
        elif key == "statistics":
            widget.show_tickets.connect(self.show_tickets)
            widget.print_weekly.connect(self.print_weekly)
        elif key == "settings":
            widget.restored.connect(lambda _: self.close())
            widget.wizard_requested.connect(self.run_setup_wizard)

    def run_setup_wizard(self) -> bool:
        """The setup wizard (first start, or 设置 › 重新运行设置向导); True when finished."""
        from ui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.session, self)
        finished = self.wizard.exec() == SetupWizard.DialogCode.Accepted
        if finished:
            for key in list(self._screens):
                self.refresh_area(key)
        return finished

    def refresh_area(self, key: str) -> None:
        """Reload a screen that exists; one not built yet reads fresh data when it is."""
        widget = self.built(key)
        if widget is not None:
            widget.refresh()

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = self.settings.value("main/area", "entry")
        self._select_nav([k for k, _ in AREAS].index(last if last in BUILT else "entry"))

    def _first_area(self) -> str:
        last = self.settings.value("main/area", "entry")
        first = "entry" if self.allowed("entry") else "tickets"
        return last if last in BUILT and self.allowed(last) else first

    # navigation ---------------------------------------------------------------------------
    def _navigate(self, row: int) -> None:
        if row < 0 or self.session is None or AREAS[row][0] not in BUILT \
                or not self.allowed(AREAS[row][0]):
            return
        key = AREAS[row][0]
        screen = self.screen(key)
        self.stack.setCurrentWidget(screen)
        if key == "tickets" and key in self._stale:
            screen.refresh()
        self._stale.discard(key)
        if key == "entry":
            screen.focus_first_field()
        elif key in ("classification", "escalation", "callback", "rewards"):
            screen.refresh()
            screen.focus_queue()
        elif key == "printing":
            screen.refresh()
            screen.focus_first_field()

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

    def show_tickets(self, ticket_filter, caption: str) -> None:
        """工单 listing what `ticket_filter` selects (a number of 统计), `caption` above it."""
        self.show_area("tickets")
        self.tickets.show_filter(ticket_filter, caption)

    def print_notice(self, number: str) -> None:
        """打印 with the 奖罚通知书 of record `number` chosen and previewed."""
        self.show_area("printing")
        self.screen("printing").print_notice(number)

    def print_weekly(self, week: str) -> None:
        """打印 with the 客诉分析例会资料 of `week` (2026-W47) chosen and previewed."""
        self.show_area("printing")
        self.screen("printing").print_weekly(week)

    def new_ticket(self) -> None:
        if self.session is not None and self.allowed("entry"):
            self.show_area("entry")

    def find(self) -> None:
        self.show_area("tickets")
        self.tickets.focus_search()

    def _current_key(self) -> str | None:
        current = self.stack.currentWidget()
        return next((k for k, w in self._screens.items() if w is current), None)

    def current_area(self) -> str:
        key = self._current_key() or "entry"
        return "tickets" if key == "detail" else key

    def closeEvent(self, event):
        if self.scheduler is not None:
            self.scheduler.stop()
        if self.watcher is not None:
            self.watcher.stop()
        entry = self.built("entry")
        if entry is not None:
            entry.flush_draft()
        self.settings.setValue("main/geometry", self.saveGeometry())
        if self.session is not None:
            self.settings.setValue("main/area", self.current_area())
        super().closeEvent(event)
