"""`aftersales --report-startup [--screenshot FILE.png]`: show that a build starts, for the
frozen-build test and bench/frozen_startup.py, where nobody sits at the screen.

One JSON line on stdout per stage:
- {"stage": "painted"} at the first event-loop turn after the main window's first paint
  (the database is opened after it, or after 500 ms: on a loaded machine a dialog can come
  first; "ready" always comes after it);
- {"stage": "dialog", "dialog": class, "title": …} for each dialog that opens before the
  program is ready (the first-run setup, the sign-in, the demo-data question, a message): it
  is cancelled, as if the person had pressed Esc, and the program goes on as it then would;
- {"stage": "ready", "area", "login", "platform", "fonts", "status"} once the database is
  open, someone is signed in, the first screen is built and the first start's background work
  (the daily backup) has ended; then the window closes and the program ends with status 0.
`--screenshot` saves what is on the screen at the last stage: the window, or the dialog.
"""
from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

BACKGROUND_WAIT_MS = 60_000


def emit(stage: str, **facts) -> None:
    if sys.stdout is not None:  # a windowed program on Windows has none
        print(json.dumps({"stage": stage, **facts}, ensure_ascii=False), flush=True)


class StartupReport(QObject):
    def __init__(self, window: QWidget, screenshot: str | None = None):
        super().__init__(window)
        self.window = window
        self.screenshot = screenshot
        self.paint_seen = self.painted = False
        self.ready = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self.window and not self.paint_seen:
            self.paint_seen = True
            QTimer.singleShot(0, self, self._report_painted)
        elif (kind == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow()
              and not self.ready):
            QTimer.singleShot(0, self, lambda dialog=watched: self._cancel(dialog))
        return False

    def _report_painted(self) -> None:
        self.painted = True  # "ready" waits for this line
        emit("painted")

    def _cancel(self, dialog: QDialog) -> None:
        if not dialog.isVisible():
            return
        emit("dialog", dialog=type(dialog).__name__, title=dialog.windowTitle())
        self._save(dialog)
        dialog.reject()

    def session_opened(self) -> None:
        """After ui.app.open_session succeeded: let the background work end, then report."""
        from ui.background import wait_for_background

        self.ready = True
        wait_for_background(BACKGROUND_WAIT_MS)
        QTimer.singleShot(0, self, self._report_ready)  # the jobs' results reach the window

    def _report_ready(self) -> None:
        if not self.painted:  # on a loaded machine the session can open before the first paint
            QTimer.singleShot(20, self, self._report_ready)
            return
        window = self.window
        session = getattr(window, "session", None)
        emit("ready", area=window.current_area(), login=getattr(session, "actor", None),
             platform=QGuiApplication.platformName(),
             fonts=QApplication.font().families(),  # the bundled CJK font as fallback
             status=window.statusBar().currentMessage())
        self._save(window)
        QApplication.instance().removeEventFilter(self)
        window.close()
        QApplication.exit(0)

    def _save(self, widget: QWidget) -> None:
        if self.screenshot:
            widget.grab().save(self.screenshot)
