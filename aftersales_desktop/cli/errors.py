"""Exit codes and the one-line error report of the CLI."""
from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_PROBLEM = 1  # e.g. `check` found damage, a conflict on save
EXIT_BAD_INPUT = 2  # nothing was written
EXIT_DENIED = 3  # the acting staff member may not do this (role or ticket scope); nothing written
EXIT_AUTH = 4  # no valid password for --as (wrong, missing, locked, must be changed first)


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_BAD_INPUT):
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = EXIT_BAD_INPUT) -> int:
    print(f"aftersales: {message}", file=sys.stderr)
    return code
