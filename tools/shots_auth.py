"""Screenshots of sign-in, 人员与角色, 审计日志 and a clerk's restricted window (run by
tools/screenshots.py after its own scenes)."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

PASSWORD = "admin pass 2026"


def shoot_all(scenes) -> None:
    from aftersales_desktop.domain.errors import AuthenticationError, PermissionDenied
    from aftersales_desktop.services import auth, tickets
    from aftersales_desktop.services.staff_admin import add_branch, branch_names, edit_staff
    from ui.login_dialog import LoginDialog
    from ui.setup_dialog import SetupDialog

    setup = SetupDialog(scenes.location.display)
    setup.password.setText("short")
    setup.again.setText("short")
    setup.save()
    setup.show()
    scenes.shoot(setup, "40_first_start")
    setup.close()
    auth.setup_administrator(PASSWORD)
    if "上海浦东分公司" not in branch_names():  # the demo data brings it
        add_branch("admin", "上海浦东分公司")
    edit_staff("admin", "clerk01", {"branch": "上海浦东分公司"})
    edit_staff("admin", "branchmgr01", {"branch": "上海浦东分公司"})
    for _ in range(2):
        try:
            auth.login("clerk01", "guess 1234")
        except AuthenticationError:
            pass
    try:
        tickets.transition(scenes.first, "rejected", actor="clerk01", reason="不受理")
    except PermissionDenied:
        pass

    login = LoginDialog("admin", scenes.location.display)
    login.password.setText("wrong password")
    login.try_login()
    login.show()
    scenes.shoot(login, "41_login_wrong_password")
    login.close()

    window = scenes.window
    window.show_area("settings")
    settings = window.screen("settings")
    settings.show_page(settings.staff)
    settings.staff.refresh(select="clerk01")
    scenes.shoot(window, "42_settings_staff")
    settings.show_page(settings.audit)
    audit = settings.audit
    audit.refresh()
    audit.action.setCurrentIndex(0)
    scenes.shoot(window, "43_settings_audit")

    window.open_ticket(scenes.first)
    window.detail.reveal_button.click()
    scenes.shoot(window, "44_ticket_detail_revealed")
    _clerk_window(scenes)


def _clerk_window(scenes) -> None:
    """The same ticket for a clerk: no 驳回/分类 buttons, the phone masked, areas greyed."""
    import tempfile

    from ui.main_window import MainWindow
    from ui.session import Session

    settings = QSettings(tempfile.mktemp(suffix=".ini"), QSettings.Format.IniFormat)
    clerk = MainWindow(Session.for_staff("clerk01", scenes.location), settings)
    clerk.resize(1366, 820)
    clerk.show()
    clerk.show_area("tickets")
    QApplication.processEvents()
    scenes.shoot(clerk, "45_clerk_ticket_list")
    clerk.close()
