"""Errors the services raise; each names the field or the state it is about."""
from __future__ import annotations


class ValidationError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


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
