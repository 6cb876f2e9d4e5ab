"""The running program's deadline check: `deadline_watch.tick()` once shortly after start and
then every minute, the same as `aftersales tick` from the command line."""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer, Signal

INTERVAL_MS = 60_000
FIRST_RUN_MS = 2_000
DISABLE_ENV = "AFTERSALES_NO_SCHEDULER"


def scheduler_disabled() -> bool:
    """Set AFTERSALES_NO_SCHEDULER=1 to leave deadline checks to `aftersales tick` alone."""
    return os.environ.get(DISABLE_ENV, "").strip() not in ("", "0")


class DeadlineScheduler(QObject):
    """`ticked(report)` after each successful check, `failed(text)` when one raises."""
    ticked = Signal(object)
    failed = Signal(str)

    def __init__(self, interval_ms: int = INTERVAL_MS, first_run_ms: int = FIRST_RUN_MS,
                 parent=None):
        super().__init__(parent)
        self.runs = 0
        self.first = QTimer(self, interval=first_run_ms, singleShot=True)
        self.first.timeout.connect(self.run_once)
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.run_once)

    def start(self) -> None:
        self.first.start()
        self.timer.start()

    def stop(self) -> None:
        self.first.stop()
        self.timer.stop()

    def run_once(self) -> None:
        from aftersales_desktop.services.deadline_watch import tick

        self.runs += 1
        try:
            report = tick()
        except Exception as exc:  # any failure goes to the status bar; the program keeps running
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.ticked.emit(report)
