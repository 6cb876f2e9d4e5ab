"""Switch the window's language at once (设置 › 界面语言 › 保存并立即切换).

Qt translates a text when a widget is built, so the main window is built afresh in the new
language with the same session: the old one's intake draft is saved (the new 受理 screen
offers it again) and so is its current area; the new one opens there (设置 › 界面语言) or on
the same ticket, then the old one closes (stopping its deadline scheduler and change watcher). What is typed but unsaved on other screens is not carried over; the page says so.
"""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.language import install_language


def switch_now(window, code: str):
    """The new main window, in language `code`; `window` (a MainWindow) is closed."""
    from ui.main_window import MainWindow

    app = QApplication.instance()
    ticket = window.detail.view.number if window._current_key() == "detail" and \
        getattr(window.detail, "view", None) is not None else None
    scheduler = type(window.scheduler)() if window.scheduler is not None else None
    watcher = type(window.watcher)() if window.watcher is not None else None
    entry = window.built("entry")
    if entry is not None:
        entry.flush_draft()  # offered again by the new 受理 screen
    window.settings.setValue("main/area", window.current_area())
    install_language(app, code)
    fresh = MainWindow(None, window.settings, scheduler=scheduler)
    fresh.attach(window.session, watcher=watcher)
    fresh.setGeometry(window.geometry())
    fresh.show()  # before the old one closes: closing the last window would end the program
    window.close()  # stops its scheduler and watcher
    if ticket is not None:
        fresh.open_ticket(ticket)
    elif fresh.current_area() == "settings":
        settings = fresh.screen("settings")
        settings.show_page(settings.language)
    app._aftersales_main_window = fresh  # the program's reference to its window
    window.deleteLater()
    return fresh
