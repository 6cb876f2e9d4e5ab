"""Before the main window: who works. Single-user mode goes straight in; a new database asks
for the administrator's password first; otherwise the login dialog. Also the last resort for
a refusal no screen caught: a message, not a traceback."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QDialog, QMessageBox

from aftersales_desktop.domain.errors import PermissionDenied
from aftersales_desktop.services import auth
from aftersales_desktop.storage.server_db import ConnectionLost
from ui.labels import label
from ui.messages import message_text


def signed_in_login(location, login_hint: str | None = None) -> str | None:
    """The login the window opens for, or None when the person quit the dialog."""
    mode = auth.startup_mode()
    if mode == "single_user":
        return auth.single_user_login()
    if mode == "setup":
        from ui.setup_dialog import SetupDialog

        dialog = SetupDialog(location.display)
        return dialog.admin.login if dialog.exec() == QDialog.DialogCode.Accepted else None
    from ui.login_dialog import LoginDialog

    dialog = LoginDialog(login_hint or "", location.display)
    return dialog.signed_in.login if dialog.exec() == QDialog.DialogCode.Accepted else None


def install_refusal_hook() -> None:
    """A PermissionDenied, or a lost connection to the database server, raised in a slot no
    screen handles: say it in a message box (nothing was saved; the next try reconnects)."""
    previous = sys.excepthook

    def hook(kind, value, trace):
        if isinstance(value, ConnectionLost):
            QMessageBox.warning(None, label("MainWindow", "售后工单台"), message_text(value))
            return
        if isinstance(value, PermissionDenied):
            from aftersales_desktop.services.permissions import record_refusal

            record_refusal(value)
            QMessageBox.warning(None, label("MainWindow", "售后工单台"), message_text(value))
            return
        previous(kind, value, trace)

    sys.excepthook = hook
