"""Start the desktop program: `aftersales` without a sub-command lands here.

The main window's frame is shown before the database is opened: it needs no domain module,
so it is painted as soon as Qt is up. The database, the sign-in, the staff member and the
first screen follow right after that first paint (`open_session`).
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from aftersales_desktop.paths import resource_path
from ui.deadline_scheduler import DeadlineScheduler, scheduler_disabled
from ui.first_paint import after_first_paint
from ui.fonts import register_bundled_font
from ui.language import chosen_language, install_language
from ui.main_window import SETTINGS_APP, SETTINGS_ORG, MainWindow
from ui.messages import message_text

DEMO_TICKETS = 300


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """The application with the chosen language's translators (`lang`: the `--lang` option;
    else the saved 界面语言; else Simplified Chinese)."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(SETTINGS_ORG)
    app.setApplicationName(SETTINGS_APP)
    install_language(app, chosen_language(QSettings(SETTINGS_ORG, SETTINGS_APP), lang))
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "售后工单台"))
    app.setDesktopFileName("aftersales-desk")  # the menu entry of the .deb: its icon, its name
    app.setWindowIcon(program_icon())
    register_bundled_font(app)
    return app


def program_icon() -> QIcon:
    """resources/icons/aftersales-desk-N.png (tools/make_icons.py); read when first drawn:
    with its size given, QIcon does not decode every file up front."""
    icon = QIcon()
    for size in (48, 128, 256):
        icon.addFile(str(resource_path("icons", f"aftersales-desk-{size}.png")), QSize(size, size))
    return icon


def offer_demo(window: MainWindow, settings: QSettings) -> bool:
    """On an empty database, offer demo tickets once per database; True when generated."""
    from PySide6.QtWidgets import QMessageBox

    from aftersales_desktop.domain.permissions import MANAGE_STAFF
    from aftersales_desktop.services.intake import has_tickets

    key = _demo_key(window)
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
        report = generate_demo(tickets=DEMO_TICKETS, seed=20261122, actor=window.session.actor)
    except Exception as exc:  # show any failure; the program stays usable without demo data
        QMessageBox.warning(window, window.tr("示例数据"), str(exc))
        return False
    window.refresh_area("tickets")
    if report.staff_password:
        show_demo_password(window, report.staff, report.staff_password)
    return True


def _demo_key(window: MainWindow) -> str:
    return "demo/offered/" + window.session.location.display.replace("/", "|")


def show_demo_password(window, staff: int, password: str):
    """The demo staff's initial password, once, selectable to copy (a QMessageBox)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, window.tr("示例人员的初始密码"),
                      window.tr("已添加 %1 名示例人员，可用来试用各个角色。").replace("%1", str(staff)),
                      QMessageBox.StandardButton.Ok, window)
    box.setInformativeText(window.tr(
        "初始密码（所有示例人员相同）：%1\n\n登录名如 clerk01（客服专员）、classify01（问题分类小组）、"
        "handler01（处理跟进）、supervisor01（主管）、branchmgr01（分公司经理）、analyst01（数据分析）、"
        "auditor01（内部监督），全部见 设置 › 人员与角色。首次登录后须设置本人的新密码。"
        "此密码只显示这一次，请记下。").replace("%1", password))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
    return box


def run(args) -> int:
    """Open the database of `args.db`, sign in (`args.actor` is the login offered) and show
    the main window."""
    app = make_app(lang=getattr(args, "lang", None))
    start(args)
    return app.exec()


def start(args) -> MainWindow:
    """Show the main window's frame now; `open_session` fills it after its first paint."""
    settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
    window = MainWindow(None, settings,
                        scheduler=None if scheduler_disabled() else DeadlineScheduler())
    report = None
    if getattr(args, "report_startup", False) or getattr(args, "screenshot", None):
        from ui.startup_report import StartupReport

        report = StartupReport(window, getattr(args, "screenshot", None))

    def open_then_report() -> None:
        if open_session(window, args) and report is not None:
            report.session_opened()

    window.show()
    after_first_paint(window, open_then_report)
    return window


def open_session(window: MainWindow, args) -> bool:
    """Open the database, sign in and attach the session to `window`. When the database
    cannot be opened or the staff member is unknown: a message, and the program ends with
    status 2; when the person quits the sign-in: status 0."""
    from aftersales_desktop.domain.errors import NotFoundError
    from ui.change_watcher import ChangeWatcher
    from ui.session import Session
    from ui.sign_in import install_refusal_hook, signed_in_login

    try:
        location = open_or_explain(getattr(args, "db", None))
    except Exception as exc:  # cannot open the database: say so in a window, not a traceback
        return _cannot_start(window, window.tr("无法打开数据库：%1").replace(
            "%1", message_text(exc)))
    if location is None:
        QApplication.exit(2)
        return False
    from aftersales_desktop.services.auth import startup_mode

    new_database = startup_mode() == "setup"
    login = signed_in_login(location, getattr(args, "actor", None))
    if login is None:
        QApplication.exit(0)
        return False
    install_refusal_hook()
    try:
        session = Session.for_staff(login, location)
    except NotFoundError as exc:
        return _cannot_start(window, window.tr("无法以该人员身份登录：%1").replace(
            "%1", str(exc)))
    window.attach(session, watcher=ChangeWatcher())
    start_daily_jobs(window)
    if new_database and startup_mode() != "setup":
        # the administrator's password was just set: company, staff, chains … demo data
        window.settings.setValue(_demo_key(window), True)
        window.run_setup_wizard()
    else:
        offer_demo(window, window.settings)
    return True


def open_or_explain(target: str | None):
    """Open the database; when it cannot be used because the SQLite file is on a network path
    or the server does not answer, say why in a window that offers shared mode, the local file
    or a retry. The Location, or None when the person gave up; other failures are raised."""
    from aftersales_desktop.storage.connection import open_database
    from aftersales_desktop.storage.network_path import NetworkPathError
    from aftersales_desktop.storage.remembered import remembered_url
    from aftersales_desktop.storage.server_db import ConnectionLost

    while True:
        try:
            return open_database(target)[1]
        except (NetworkPathError, ConnectionLost) as exc:
            problem = message_text(exc)
        from ui.database_problem_dialog import DatabaseProblemDialog

        dialog = DatabaseProblemDialog(problem)
        if dialog.exec() != DatabaseProblemDialog.DialogCode.Accepted:
            return None
        if dialog.page.chosen_url:
            target = remembered_url()


def start_daily_jobs(window: MainWindow) -> None:
    """The first start of the day backs up (and runs the retention job) in the background."""
    from ui.daily_jobs import DailyJobs

    jobs = DailyJobs(window)
    jobs.finished.connect(lambda text: text and window.statusBar().showMessage(text, 15_000))
    jobs.failed.connect(lambda text: window.statusBar().showMessage(text))
    jobs.start()
    window.daily_jobs = jobs


def _cannot_start(window: MainWindow, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(window, window.tr("售后工单台"), text)
    QApplication.exit(2)
    return False
