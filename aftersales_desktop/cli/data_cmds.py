"""Personal data and shared mode on the command line:

    customer find TEXT                       customers by phone, ticket, order number or name
    customer export ID -o FILE [--unmasked]  everything about one customer, .json or .xlsx
    customer anonymise ID --yes              remove the person (irreversible)
    retention run [--dry-run]                anonymise what the retention period says is due
    move-to-server URL [--remember]          copy this SQLite database onto a PostgreSQL server
"""
from __future__ import annotations

import json
from dataclasses import asdict

from aftersales_desktop.cli.errors import EXIT_OK, CliError
from aftersales_desktop.services import retention, server_setup
from aftersales_desktop.services.anonymise import anonymise_customer
from aftersales_desktop.services.customer_export import export_customer
from aftersales_desktop.services.customer_lookup import find_customers
from aftersales_desktop.services.search_index import compact_after_anonymising
from aftersales_desktop.storage import remembered
from aftersales_desktop.storage.location import resolve


def _print(data) -> None:
    print(json.dumps(data, ensure_ascii=False, default=str))


def register(commands) -> None:
    customer = commands.add_parser("customer", help="find, export or anonymise one customer")
    actions = customer.add_subparsers(dest="customer_command", metavar="<action>", required=True)
    find = actions.add_parser("find", help="customers by phone, ticket, order number or name")
    find.add_argument("text")
    find.set_defaults(func=_find)
    export = actions.add_parser("export", help="everything about one customer (JSON or Excel)")
    export.add_argument("id", type=int)
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="….json or ….xlsx")
    export.add_argument("--unmasked", action="store_true",
                        help="full phone, e-mail and address (needs 查看完整个人信息)")
    export.set_defaults(func=_export)
    forget = actions.add_parser("anonymise", help="remove the person from every ticket, record "
                                                  "and file (irreversible)")
    forget.add_argument("id", type=int)
    forget.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")
    forget.set_defaults(func=_anonymise)

    keep = commands.add_parser("retention", help="the retention period of personal data")
    keep_actions = keep.add_subparsers(dest="retention_command", metavar="<action>",
                                       required=True)
    run = keep_actions.add_parser("run", help="anonymise the closed tickets older than the "
                                              "period; print what was done")
    run.add_argument("--dry-run", action="store_true", help="only count what is due")
    run.set_defaults(func=_retention)

    move = commands.add_parser("move-to-server", help="copy this SQLite database onto an empty "
                                                      "PostgreSQL database, counts checked")
    move.add_argument("url", metavar="URL", help="postgresql://user@server:5432/database")
    move.add_argument("--remember", action="store_true",
                      help="use the server from now on when no --db is given")
    move.set_defaults(func=_move)


def _find(args) -> int:
    _print([asdict(m) for m in find_customers(args.text, args.actor)])
    return EXIT_OK


def _export(args) -> int:
    report = export_customer(args.id, args.actor, args.output, unmasked=args.unmasked)
    _print({"file": str(report.path), "tickets": report.tickets, "masked": report.masked})
    return EXIT_OK


def _anonymise(args) -> int:
    if not args.yes:
        raise CliError("anonymise: this removes the customer's personal data for good; "
                       "add --yes to confirm")
    report = anonymise_customer(args.id, args.actor)
    compact_after_anonymising()
    _print(asdict(report))
    return EXIT_OK


def _retention(args) -> int:
    report = retention.run_retention(args.actor, dry_run=args.dry_run)
    _print({**report.as_json(), "text": report.text()})
    return EXIT_OK


def _move(args) -> int:
    if not args.url.startswith(("postgresql://", "postgres://")):
        raise CliError(f"URL: expected postgresql://user@server/database, got '{args.url}'")
    target = resolve(remembered.without_password(args.url) if args.remember else args.url)
    report = server_setup.move_to(target, args.location, args.actor, remember=args.remember)
    _print({"moved_to": report.target, "rows": report.counts, "next_ids": report.sequences,
            "remembered": bool(args.remember)})
    return EXIT_OK
