"""Errors the services raise; each names the field or the state it is about.

A message is a template marked with QT_TRANSLATE_NOOP("errors", "…{name}…") plus its named
values: `message` is the Chinese (CLI, logs, audit), the window shows it translated
(ui.messages.message_text). Values may be Terms (labels translated in their context), lists
of them, or other errors' messages.
"""
from __future__ import annotations

from aftersales_desktop.domain.i18n import fill


class ValidationError(ValueError):
    def __init__(self, field: str, message: str, /, **params):
        self.field = field
        self.template = message
        self.params = params
        self.message = fill(message, params)
        super().__init__(f"{field}: {self.message}")


class NotFoundError(LookupError):
    pass


class ConflictError(RuntimeError):
    """Someone saved the ticket after this user loaded it; nothing was written."""

    def __init__(self, number: str, expected_version: int, current_version: int):
        super().__init__(
            f"ticket {number} was changed by someone else: you edited version "
            f"{expected_version}, the database now holds version {current_version}")
        self.number = number
        self.expected_version = expected_version
        self.current_version = current_version


class PermissionDenied(ValidationError):
    """The staff member may not do this (role) or may not see this ticket (scope); nothing was
    written. A ValidationError too, so every form that shows a refused input shows this as
    well; the CLI tells it apart (exit code 3)."""

    def __init__(self, login: str, permission: str, message: str, ticket: str | None = None, /,
                 **params):
        super().__init__("permission", message, **params)
        self.login = login
        self.permission = permission
        self.ticket = ticket
        self.recorded = False  # its audit event is written (see services.permissions)


class AuthenticationError(RuntimeError):
    """Login refused: unknown login, wrong password, locked or inactive; says which for the
    person at the keyboard without saying whether the login exists."""

    def __init__(self, message: str, locked_until=None, /, **params):
        self.template = message
        self.params = params
        self.message = fill(message, params)
        super().__init__(self.message)
        self.locked_until = locked_until
