"""Run something once a window has been painted: slow work waits until the user sees it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 500  # a window that is never painted (started minimised) does not wait longer


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, callback):
        super().__init__(window)
        self.callback = callback
        self.fallback = QTimer(self, singleShot=True, interval=LATEST_MS)
        self.fallback.timeout.connect(self._run)
        self.fallback.start()
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            # at the next turn: after this paint has reached the screen
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self.callback is None:
            return
        callback, self.callback = self.callback, None
        self.fallback.stop()
        self.parent().removeEventFilter(self)
        callback()


def after_first_paint(window: QWidget, callback) -> None:
    """Call `callback()` once, at the first event-loop turn after `window` was painted (or
    LATEST_MS after now if it is not painted before)."""
    _AfterFirstPaint(window, callback)
