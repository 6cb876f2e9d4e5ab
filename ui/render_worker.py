"""A document rendered on a worker thread (Anki's operations: slow work off the GUI thread),
with progress and cancel. The worker reads the database through the services on its own
connection (peewee keeps one per thread) and closes it when done."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.printing.base import RenderCancelled, RenderJob
from aftersales_desktop.storage.models import database


class RenderWorker(QObject):
    progress = Signal(int, int, str)  # done, total (0: unknown), what
    done = Signal(bytes)
    refused = Signal(object)  # the ValidationError / NotFoundError: bad input, nothing made
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, render: Callable[[RenderJob], bytes]):
        super().__init__()
        self.render = render
        self.job = RenderJob(lambda done, total, what: self.progress.emit(done, total, what))

    @Slot()
    def run(self) -> None:
        try:
            pdf = self.render(self.job)
        except RenderCancelled:
            self.cancelled.emit()
        except (ValidationError, NotFoundError) as exc:
            self.refused.emit(exc)
        except Exception as exc:  # any failure is shown; the program keeps running
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.done.emit(pdf)
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection only


def start(render: Callable[[RenderJob], bytes], parent: QObject) -> tuple[QThread, RenderWorker]:
    """Run `render(job)` on a new thread; connect to the worker's signals before it ends."""
    thread = QThread(parent)
    worker = RenderWorker(render)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.done, worker.refused, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    return thread, worker
