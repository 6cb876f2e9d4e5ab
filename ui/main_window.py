"""The main window: navigation to every area, status bar, remembered layout, shortcuts.

Quick to show: the frame (navigation, status bar, remembered geometry) needs neither the
database nor the domain modules, so the program shows it first and `attach`es the session
once the database is open and someone has signed in. Screens are imported and built on first
use: at start only the last-remembered one; the others when the user first goes there.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QStackedWidget,
    QWidget,
)

from aftersales_desktop.domain.permissions import (
    ANONYMISE, BACKUP_RESTORE, CALLBACK, CLASSIFY, CREATE_TICKET, EDIT_SETTINGS, ESCALATE,
    EXPORT, INSTRUCT, MANAGE_STAFF, SPOT_CHECK, VIEW_AUDIT, VIEW_STATISTICS,
)

if TYPE_CHECKING:
    from ui.deadline_scheduler import DeadlineScheduler
    from ui.session import Session

# (key, label); only those in BUILT exist so far
AREAS = [("entry", "受理"), ("tickets", "工单"), ("classification", "分类"),
         ("escalation", "升级"), ("callback", "回访"), ("printing", "打印"),
         ("rewards", "奖罚"), ("statistics", "统计"), ("settings", "设置")]
BUILT = {"entry", "tickets", "classification", "escalation", "callback", "printing", "rewards",
         "statistics", "settings"}
# screen key → (module, class); "detail" belongs to the tickets area
SCREENS = {"entry": ("ui.entry_screen", "EntryScreen"),
           "tickets": ("ui.ticket_list_screen", "TicketListScreen"),
           "detail": ("ui.ticket_detail_screen", "TicketDetailScreen"),
           "classification": ("ui.classification_screen", "ClassificationScreen"),
           "escalation": ("ui.escalation_screen", "EscalationScreen"),
           "callback": ("ui.callback_screen", "CallbackScreen"),
           "printing": ("ui.printing_screen", "PrintingScreen"),
           "rewards": ("ui.rewards_screen", "RewardsScreen"),
           "statistics": ("ui.statistics_screen", "StatisticsScreen"),
           "settings": ("ui.settings_screen", "SettingsScreen")}
SETTINGS_ORG, SETTINGS_APP = "AfterSalesDesk", "AfterSalesDesk"
FOREGROUND_ROLE = 9  # Qt.ItemDataRole.ForegroundRole
# area → the permissions of which one opens it (the services check again); others: everyone
AREA_PERMISSIONS = {"entry": {CREATE_TICKET}, "classification": {CLASSIFY},
                    "escalation": {ESCALATE, INSTRUCT}, "callback": {CALLBACK},
                    "statistics": {VIEW_STATISTICS, SPOT_CHECK},
                    "settings": {EDIT_SETTINGS, MANAGE_STAFF, VIEW_AUDIT, EXPORT, ANONYMISE,
                                 BACKUP_RESTORE}}


class MainWindow(QMainWindow):
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
        self.nav.setFixedWidth(120)
        self.nav.setStyleSheet("QListWidget { font-size: 15px; } "
                               "QListWidget::item { padding: 8px; }")
        # Areas not built yet look disabled at once and are made so by `attach`: Qt's enum
        # namespace (Qt.ItemFlag) takes 25–40 ms to load, which the first paint need not wait for.
        grey = self.nav.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for key, label in AREAS:
            item = QListWidgetItem(self.tr(label))
            if key not in BUILT:
                item.setData(FOREGROUND_ROLE, grey)  # setForeground() would load the enums
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
        self.location_label = QLabel(self.tr("正在打开数据库…"))
        self.statusBar().addWidget(self.location_label, 1)
        self._restore_geometry()
        if session is not None:
            self.attach(session)

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

    def _status_bar(self) -> None:
        from ui.notice_panel import NoticeBadge
        from ui.overdue_status import OverdueLabel

        bar = self.statusBar()
        self.location_label.setText(self.tr("数据库：%1").replace(
            "%1", self.session.location.display))
        self.staff_label = QLabel(self.tr("当前人员：%1（%2，%3）")
                                  .replace("%1", self.session.actor_name)
                                  .replace("%2", self.session.actor)
                                  .replace("%3", self.session.role_label))
        self.password_button = QPushButton(self.tr("修改密码…"))
        self.password_button.setFlat(True)
        self.password_button.clicked.connect(self.change_password)
        self.overdue_label = OverdueLabel(self.session.actor)
        bar.addPermanentWidget(self.staff_label)
        bar.addPermanentWidget(self.password_button)
        bar.addPermanentWidget(self.overdue_label)
        self.notice_badge = NoticeBadge(self.notices)
        bar.addPermanentWidget(self.notice_badge)

    def change_password(self) -> None:
        from ui.password_dialog import PasswordDialog

        self.password_dialog = PasswordDialog(self.session.actor, self)
        self.password_dialog.open()

    def _connect(self) -> None:
        QShortcut(QKeySequence.StandardKey.New, self, self.new_ticket)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find)
        # One shortcut per key: two on F5 (Refresh is F5 on most platforms) cancel each other.
        refresh_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)
        for key in dict.fromkeys(["F5", *(k.toString() for k in refresh_keys)]):
            QShortcut(QKeySequence(key), self, self.refresh)
        self.notices.open_ticket.connect(self.open_ticket)
        self._unread = 0
        self.notices.count_changed.connect(self._notice_count)
        QTimer.singleShot(0, self, self.notices.refresh)  # after the first paint
        if self.scheduler is not None:
            self.scheduler.setParent(self)
            self.scheduler.ticked.connect(self._after_tick)
            self.scheduler.failed.connect(self._tick_failed)
            self.scheduler.start()
        if self.watcher is not None:
            self.watcher.setParent(self)
            self.watcher.changed.connect(self.others_changed)
            self.watcher.lost.connect(self._connection_lost)
            self.watcher.back.connect(self.statusBar().clearMessage)
            self.watcher.start()

    def others_changed(self) -> None:
        """Tickets changed (at another desk, or by a job): the screen in view shows it now
        without losing what is typed; the others read fresh data when next shown."""
        self.overdue_label.refresh()
        self.notices.refresh()
        key = self._current_key()
        self._stale = {k for k in ("tickets", "classification", "escalation", "callback")
                       if self.built(k)}
        if key == "tickets":
            self.tickets.refresh_from_elsewhere()
        elif key == "detail":
            self.detail.check_for_changes()
        elif key in ("classification", "escalation", "callback"):
            self.built(key).refresh(quiet=True)
        self._stale.discard(key)

    def _connection_lost(self, text: str) -> None:
        self.statusBar().showMessage(self.tr("数据库没有响应：%1").replace("%1", text))

    def _notice_count(self, count: int) -> None:
        if count > self._unread:  # something new: open the panel
            self.notices.show()
        self._unread = count

    def _after_tick(self, report) -> None:
        try:
            self.notices.refresh()
            self.overdue_label.refresh()
            rewards = self.built("rewards")
            if rewards is not None and getattr(report, "proposed", 0):
                rewards.proposals_arrived()
        except Exception as exc:  # a failed refresh waits for the next minute
            self._tick_failed(f"{type(exc).__name__}: {exc}")
            return
        self.statusBar().clearMessage()

    def _tick_failed(self, text: str) -> None:
        self.statusBar().showMessage(self.tr("自动检查时限失败：%1").replace("%1", text))

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

    def refresh(self) -> None:
        self.overdue_label.refresh()
        self.notices.refresh()
        key = self._current_key()
        if key == "detail":
            if self.detail.view:
                self.detail.load(self.detail.view.number, keep_edits=True)
        elif key in ("tickets", "classification", "escalation", "callback", "printing", "rewards",
                     "statistics", "settings"):
            self.refresh_area(key)

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
