"""Long work (a backup, a restore, a move to the server, the retention job) off the GUI thread,
the result handed back to the GUI thread. The worker thread has its own database connection
(peewee keeps one per thread), closed when the work ends."""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from aftersales_desktop.storage.models import database

_running: set = set()  # jobs and their signals live until their result is delivered


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    ended = Signal()


class _Job(QRunnable):
    def __init__(self, work, signals: _Signals):
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (in _running), not the pool
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # every failure is shown by the caller's handler
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)
        finally:
            if database.obj is not None and not database.is_closed():
                database.close()
            self.signals.ended.emit()


def run_in_background(owner: QObject, work, on_done, on_failed) -> _Signals:
    """Run `work()` on the thread pool; `on_done(result)` or `on_failed(exception)` run on the
    GUI thread (not when `owner`, a widget, is gone by then)."""
    signals = _Signals()
    signals.done.connect(on_done)
    signals.failed.connect(on_failed)
    job = _Job(work, signals)
    entry = (signals, job)
    _running.add(entry)
    signals.ended.connect(lambda: _running.discard(entry))
    QThreadPool.globalInstance().start(job)
    return signals


def wait_for_background(timeout_ms: int = 60_000) -> bool:
    """For tests and for closing the window: let running work finish."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
