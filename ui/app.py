"""Start the desktop program: `aftersales` without a sub-command lands here."""
from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from aftersales_desktop.domain.errors import NotFoundError
from aftersales_desktop.domain.permissions import MANAGE_STAFF
from aftersales_desktop.storage.connection import open_database
from ui.deadline_scheduler import DeadlineScheduler, scheduler_disabled
from ui.fonts import register_bundled_font
from ui.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from ui.session import Session

DEMO_TICKETS = 300


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(SETTINGS_ORG)
    app.setApplicationName(SETTINGS_APP)
    app.setApplicationDisplayName("售后工单台")
    register_bundled_font(app)
    return app


def offer_demo(window: MainWindow, settings: QSettings) -> bool:
    """On an empty database, offer demo tickets once per database; True when generated."""
    from aftersales_desktop.services.intake import has_tickets

    key = "demo/offered/" + window.session.location.display.replace("/", "|")
    if (has_tickets() or settings.value(key, False, type=bool)
            or not window.session.can(MANAGE_STAFF)):  # demo data brings demo staff
        return False
    try:
        from aftersales_desktop.services.demo import generate_demo
    except ImportError:
        return False
    settings.setValue(key, True)
    answer = QMessageBox.question(
        window, window.tr("示例数据"),
        window.tr("数据库中还没有工单。要生成 %1 张示例工单来熟悉系统吗？")
        .replace("%1", str(DEMO_TICKETS)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        generate_demo(tickets=DEMO_TICKETS, seed=20261122, actor=window.session.actor)
    except Exception as exc:  # show any failure; the program stays usable without demo data
        QMessageBox.warning(window, window.tr("示例数据"), str(exc))
        return False
    window.refresh_area("tickets")
    return True


def run(args) -> int:
    """Open the database of `args.db`, sign in (`args.actor` is the login offered) and show
    the main window."""
    app = make_app()
    try:
        _handle, location = open_database(getattr(args, "db", None))
    except Exception as exc:  # cannot open the database: say so in a window, not a traceback
        QMessageBox.critical(None, "售后工单台", f"无法打开数据库：{exc}")
        return 2
    from ui.sign_in import install_refusal_hook, signed_in_login

    login = signed_in_login(location, getattr(args, "actor", None))
    if login is None:
        return 0
    install_refusal_hook()
    try:
        session = Session.for_staff(login, location)
    except NotFoundError as exc:
        QMessageBox.critical(None, "售后工单台", f"无法以该人员身份登录：{exc}")
        return 2
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    window = MainWindow(session, settings,
                        scheduler=None if scheduler_disabled() else DeadlineScheduler())
    window.show()
    offer_demo(window, settings)
    return app.exec()
