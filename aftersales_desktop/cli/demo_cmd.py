"""`aftersales demo --tickets N [--seed S]`: fill the database with realistic demo data."""
from __future__ import annotations

import json
import sys

from aftersales_desktop.cli.errors import CliError
from aftersales_desktop.cli.sign_in import sign_in
from aftersales_desktop.services.demo import generate_demo
from aftersales_desktop.storage.connection import open_database

MAX_TICKETS = 2_000_000


def register(commands) -> None:
    parser = commands.add_parser(
        "demo", help="realistic demo data: staff, customers, tickets in every state and "
                     "category over the last 90 days, with audit events")
    parser.add_argument("--tickets", required=True, metavar="N",
                        help=f"how many tickets to add (1 to {MAX_TICKETS:,})")
    parser.add_argument("--seed", metavar="S", help="same seed, same data (an integer)")
    # The database is opened only once the options are known to be good.
    parser.set_defaults(func=run, opens_db=False)


def _integer(option: str, text: str, expected: str) -> int:
    try:
        return int(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise CliError(f"{option}: expected {expected}, got '{text}'") from None


def _progress(done: int, total: int) -> None:
    print(f"\r{done:,} / {total:,} tickets", end="" if done < total else "\n",
          file=sys.stderr, flush=True)


def run(args) -> int:
    expected = f"an integer from 1 to {MAX_TICKETS:,}"
    tickets = _integer("--tickets", args.tickets, expected)
    if not 1 <= tickets <= MAX_TICKETS:
        raise CliError(f"--tickets: expected {expected}, got {tickets:,}")
    seed = None if args.seed is None else _integer("--seed", args.seed, "an integer")
    args.db_handle, args.location = open_database(args.db)
    sign_in(args.actor)
    report = generate_demo(tickets, seed=seed, actor=args.actor,
                           progress=_progress if sys.stderr.isatty() else None)
    print(json.dumps({"location": args.location.display, **report.as_json()},
                     ensure_ascii=False))
    if report.staff_password:
        print(f"{report.staff} demo staff (clerk01, classify01, handler01, supervisor01, "
              f"branchmgr01, analyst01, auditor01 ...) sign in with the initial password "
              f"{report.staff_password} and must set their own at the first sign-in; "
              "(设置 › 人员与角色 in the window lists every login)", file=sys.stderr)
    elif report.staff:
        print(f"{report.staff} demo staff have no password: the administrator has none yet "
              "(the window's first start sets it); the administrator can then give them one "
              "under 设置 › 人员与角色 (重置密码)", file=sys.stderr)
    return 0
