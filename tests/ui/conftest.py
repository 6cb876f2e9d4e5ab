"""Fixtures for the screens: a session on a fresh SQLite database, ticket helpers."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from aftersales_desktop.services.tickets import create_ticket, transition
from ui.session import Session


@pytest.fixture
def session(sqlite_db) -> Session:
    return Session.for_staff("admin", sqlite_db)


def make_ticket(name="王芳", phone="13912345678", description="收到的电饭煲外壳破损，无法正常加热",
                order="TB20261101001", path=(), **extra) -> str:
    data = {"channel": "hotline", "customer": {"name": name, "phone": phone},
            "problem": {"description": description}, **extra}
    if order:
        data["order"] = {"number": order}
    number = create_ticket(data).number
    for target in path:
        transition(number, target)
    return number


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press sent to whatever has the keyboard focus, as a real keyboard would."""
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    """Type into the focused widget: ASCII as key presses, Chinese as an input method commit.

    QTest cannot press keys for Chinese characters (it aborts); a clerk types them through
    an input method (拼音), which hands the widget a committed string — that is what we send.
    """
    run = ""
    for char in text + "\0":
        if char != "\0" and char.isascii() == (run[:1].isascii() if run else char.isascii()):
            run += char
            continue
        widget = QApplication.focusWidget()
        assert widget is not None, "no widget has the keyboard focus"
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
        run = char


def show_focused(qtbot, widget):
    """Show `widget` as the active window, the way the user sees it, and return it."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget
