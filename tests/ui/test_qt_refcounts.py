"""PySide6 6.12.0 dropped a reference to True on every Signal.emit() from Python: after a few
thousand emits (a morning of typing and callbacks) the program aborted with "bool_dealloc".
pyproject.toml excludes that version; this test fails on any version that does it again."""
from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    text = Signal(str)


def test_emitting_signals_keeps_the_reference_counts_of_true_and_false(qapp):
    emitter = _Emitter()
    emitter.text.connect(lambda _: None)
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.plain.emit()
        emitter.text.emit("回访")
    gc.collect()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
