"""Who acts on the command line: `--as LOGIN` ($AFTERSALES_USER, default admin), checked like a
login at the window:

- a database nobody has a password for yet (first-start state, e.g. right after `init`, before
  the window set the administrator's password): no password is asked;
- single-user mode (switched on by the administrator): no password is asked;
- otherwise the password of LOGIN from $AFTERSALES_PASSWORD, else asked on the terminal; with
  neither the command is refused (exit 4). Every attempt is audited ("cli") and counts towards
  the lockout; a password the administrator reset must first be changed at the window.
"""
from __future__ import annotations

import getpass
import os
import sys

from aftersales_desktop.cli.errors import EXIT_AUTH, CliError
from aftersales_desktop.domain.errors import AuthenticationError
from aftersales_desktop.services import auth
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.staff import StaffRow

PASSWORD_VARIABLE = "AFTERSALES_PASSWORD"


def sign_in(login: str) -> StaffRow:
    if auth.startup_mode() != "login":
        return acting(login)
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if sys.stdin is None or not sys.stdin.isatty():
            raise CliError(f"--as {login}: this database asks for a password; set "
                           f"{PASSWORD_VARIABLE} or run the command in a terminal", EXIT_AUTH)
        password = getpass.getpass(f"{login} 的密码：")
    try:
        signed = auth.login(login, password, via="cli")
    except AuthenticationError as exc:
        raise CliError(f"--as {login}: {exc}", EXIT_AUTH) from None
    if signed.must_change_password:
        raise CliError(f"--as {login}: the administrator reset this password; log in at the "
                       "window once and set your own", EXIT_AUTH)
    return signed.staff
