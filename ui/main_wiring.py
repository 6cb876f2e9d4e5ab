"""What keeps the main window current: the shortcuts (Ctrl+N, Ctrl+F, F5), the notices, the
minute-by-minute deadline check and the poll for changes made at other desks."""
from __future__ import annotations

from PySide6.QtCore import QTimer


class Wiring:
    """Mixed into MainWindow (needs its screens, notices, overdue label, scheduler, watcher)."""

    def _connect(self) -> None:
        # imported here: their enums (StandardKey …) take milliseconds the first paint need not wait for
        from PySide6.QtGui import QKeySequence, QShortcut

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
