"""Changes made at other desks appear within a few seconds: every POLL_MS the change marker of
services.changes is compared (one index lookup); `changed` when a ticket changed since, `lost`
with the reason when the database does not answer (the next poll tries again), `back` when it
answers again."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from aftersales_desktop.services.changes import change_marker, changed_since
from ui.messages import message_text

POLL_MS = 3_000


class ChangeWatcher(QObject):
    changed = Signal()
    lost = Signal(str)
    back = Signal()

    def __init__(self, interval_ms: int = POLL_MS, parent=None):
        super().__init__(parent)
        self.marker = None
        self.failing = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.marker = None
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> bool:
        """One look; True when something changed (also emitted)."""
        try:
            if self.marker is None:
                self.marker, changed = change_marker(), False
            else:
                changed, self.marker = changed_since(self.marker)
        except Exception as exc:  # any database failure: say so and try at the next poll
            self.failing = True
            self.lost.emit(message_text(exc))
            return False
        if self.failing:
            self.failing = False
            self.back.emit()
            changed = True  # whatever happened meanwhile: read again
        if changed:
            self.changed.emit()
        return changed
