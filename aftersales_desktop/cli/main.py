"""Entry point: parse global options, open the database, dispatch to a command module.

Each command module offers `register(subparsers)`; a registered parser carries
`func(args) -> int` that runs with the database already open.
"""
from __future__ import annotations

import argparse
import os
import sys

from aftersales_desktop import __version__


def _actor_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--as", dest="actor", metavar="LOGIN",
                        default=os.environ.get("AFTERSALES_USER", "admin"),
                        help="staff member acting (default: $AFTERSALES_USER or admin)")


def _window_options(argv: list[str] | None) -> argparse.Namespace | None:
    """The options when no command is given and the window opens, else None. Decided
    before the command modules are imported: a window starts faster without them."""
    parser = argparse.ArgumentParser(prog="aftersales", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=("zh_CN", "en"))
    _actor_option(parser)
    # ui/startup_report.py: prove that a build starts, where nobody sits at the screen
    parser.add_argument("--report-startup", action="store_true")
    parser.add_argument("--screenshot", metavar="FILE.png")
    args, rest = parser.parse_known_args(argv)
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    from aftersales_desktop.cli import (
        callback_cmds, data_cmds, demo_cmd, excel_cmds, maintenance_cmds, print_cmds, reward_cmds,
        tick_cmd, ticket_cmds)

    parser = argparse.ArgumentParser(
        prog="aftersales", description="售后工单台 AfterSales Desk — command line")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL|PATH",
                        help="SQLite file or postgresql://user@host/db "
                             "(default: $AFTERSALES_DB, else the user data directory)")
    _actor_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="<command>")
    init = commands.add_parser("init", help="create or upgrade the database; print location and version")
    init.add_argument("--no-backup-before-upgrade", action="store_true",
                      help="upgrade a PostgreSQL database without the pg_dump backup first "
                           "(for an administrator who backed it up on the server; logged "
                           "and written to the audit trail)")
    init.set_defaults(func=_init, needs_actor=False)
    for module in (ticket_cmds, demo_cmd, maintenance_cmds, tick_cmd, print_cmds, callback_cmds,
                   reward_cmds, data_cmds, excel_cmds):
        module.register(commands)
    return parser


def _init(args) -> int:
    import json

    from aftersales_desktop.storage.connection import schema_version

    print(json.dumps({"location": args.location.display, "engine": args.location.engine,
                      "schema_version": schema_version(args.db_handle)}, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    window = _window_options(argv)
    if window is not None:
        from ui.app import run  # imported here: every other command works without a display

        return run(window)
    return _command(build_parser().parse_args(argv))


def _command(args: argparse.Namespace) -> int:
    """Open the database, sign in and run the command; errors become a message and a status."""
    from peewee import OperationalError

    from aftersales_desktop.cli.errors import (
        EXIT_BAD_INPUT, EXIT_DENIED, EXIT_PROBLEM, CliError, fail,
    )
    from aftersales_desktop.cli.sign_in import sign_in
    from aftersales_desktop.domain.errors import (
        ConflictError, NotFoundError, PermissionDenied, ValidationError,
    )
    from aftersales_desktop.domain.states import TransitionError
    from aftersales_desktop.services.permissions import record_refusal
    from aftersales_desktop.storage.connection import SchemaError, open_database
    from aftersales_desktop.storage.network_path import NetworkPathError

    try:
        if getattr(args, "opens_db", True):
            skip = "--no-backup-before-upgrade" if getattr(
                args, "no_backup_before_upgrade", False) else None
            args.db_handle, args.location = open_database(args.db, skip_backup=skip)
            if getattr(args, "needs_actor", True):
                sign_in(args.actor)
        return args.func(args)
    except CliError as exc:
        return fail(str(exc), exc.code)
    except PermissionDenied as exc:
        record_refusal(exc)  # when it was refused inside a transaction, now rolled back
        return fail(f"--as {exc.login}: {exc.message}", EXIT_DENIED)
    except ValidationError as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    except (NotFoundError, TransitionError) as exc:
        return fail(str(exc).strip("'\""), EXIT_BAD_INPUT)
    except ConflictError as exc:
        return fail(str(exc), EXIT_PROBLEM)
    except (SchemaError, NetworkPathError) as exc:
        return fail(str(exc), EXIT_PROBLEM)
    except OperationalError as exc:
        return fail(f"database: {exc}", EXIT_PROBLEM)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
