"""`aftersales tick`: handle the deadline warnings and breaches due now, once — for a scheduled
task when nobody has the application open. Prints a JSON summary; exit 1 when a ticket failed."""
from __future__ import annotations

import json

from aftersales_desktop.cli.errors import EXIT_OK, EXIT_PROBLEM
from aftersales_desktop.services.deadline_watch import BATCH, tick


def register(commands) -> None:
    parser = commands.add_parser(
        "tick", help="check deadlines once: notify or escalate per policy; print a JSON summary")
    parser.add_argument("--limit", type=int, default=BATCH, metavar="N",
                        help=f"handle at most N warnings and breaches (default {BATCH})")
    parser.set_defaults(func=_tick, needs_actor=False)


def _tick(args) -> int:
    report = tick(limit=max(1, args.limit))
    print(json.dumps(report.as_json(), ensure_ascii=False))
    return EXIT_PROBLEM if report.failed else EXIT_OK
