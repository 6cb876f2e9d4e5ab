"""Excel on the command line:

    export tickets [filters] -o FILE.xlsx [--unmasked]   the ticket list as the 工单 screen filters it
    import customers FILE [--dry-run]                     customers and orders from .xlsx or .csv
"""
from __future__ import annotations

import json
from datetime import date

from aftersales_desktop.cli.errors import EXIT_BAD_INPUT, EXIT_OK, CliError
from aftersales_desktop.domain.channels import CHANNELS, PRIORITIES, parse_choice
from aftersales_desktop.domain.states import parse_state
from aftersales_desktop.services import list_tables
from aftersales_desktop.services.list_export import export_list
from aftersales_desktop.services.ticket_list import SORT_KEYS, TicketFilter


def register(commands) -> None:
    export = commands.add_parser("export", help="a list as an Excel workbook (.xlsx)")
    what = export.add_subparsers(dest="export_command", metavar="<list>", required=True)
    tickets = what.add_parser("tickets", help="every ticket passing the filters, as the 工单 "
                                              "list shows them")
    tickets.add_argument("--state", metavar="S", help="code or Chinese label, e.g. 处理中")
    tickets.add_argument("--category", metavar="CODE", help="top-level category code")
    tickets.add_argument("--priority", metavar="P", help="urgent/normal/low or 紧急/一般/低")
    tickets.add_argument("--channel", metavar="C", help="code or Chinese label, e.g. 微信")
    tickets.add_argument("--assignee", metavar="LOGIN")
    tickets.add_argument("--from", dest="date_from", metavar="DATE", help="received on or after")
    tickets.add_argument("--to", dest="date_to", metavar="DATE", help="received on or before")
    tickets.add_argument("--search", metavar="TEXT", default="")
    tickets.add_argument("--overdue", action="store_true", help="only overdue tickets")
    tickets.add_argument("--sort", default="received_at",
                         choices=[k for k in SORT_KEYS if k != "entered"])
    tickets.add_argument("--ascending", action="store_true", help="oldest/smallest first")
    tickets.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    tickets.add_argument("--unmasked", action="store_true",
                         help="full phone numbers and text (needs 查看完整个人信息)")
    tickets.set_defaults(func=_export_tickets)

    load = commands.add_parser("import", help="customers and orders from Excel or CSV")
    kinds = load.add_subparsers(dest="import_command", metavar="<what>", required=True)
    customers = kinds.add_parser("customers", help=".xlsx or .csv (UTF-8 or GBK) with Chinese "
                                                   "headers: 客户姓名, 手机号, 地址, 订单号 …")
    customers.add_argument("file")
    customers.add_argument("--dry-run", action="store_true",
                           help="only check and say what would be added or updated")
    customers.set_defaults(func=_import_customers)


def _choice(option: str, value: str | None, choices: dict) -> str | None:
    if value is None:
        return None
    try:
        return parse_choice(option, value, choices)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _date(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option}: expected a date YYYY-MM-DD, got '{text}'") from None


def _export_tickets(args) -> int:
    try:
        state = parse_state(args.state) if args.state else None
    except ValueError as exc:
        raise CliError(f"--state: {str(exc).split(': ', 1)[-1]}") from None
    f = TicketFilter(state=state, category=args.category,
                     priority=_choice("--priority", args.priority, PRIORITIES),
                     channel=_choice("--channel", args.channel, CHANNELS),
                     assignee=args.assignee, date_from=_date("--from", args.date_from),
                     date_to=_date("--to", args.date_to), search=args.search,
                     overdue=args.overdue, viewer=args.actor, sort=args.sort,
                     descending=not args.ascending)
    result = export_list(args.actor, list_tables.tickets(f), args.output, unmasked=args.unmasked)
    print(json.dumps({"file": str(result.path), "rows": result.rows, "masked": result.masked},
                     ensure_ascii=False))
    return EXIT_OK


def _import_customers(args) -> int:
    from aftersales_desktop.services.customer_import import import_file, read_preview

    preview = read_preview(args.file, args.actor)
    for problem in preview.errors:
        print(f"第 {problem.row} 行 {problem.column}：{problem.message}")
    summary = {"rows": len(preview.rows), "new": preview.new_count,
               "update": preview.update_count, "orders": preview.order_count,
               "errors": len(preview.errors)}
    if preview.errors:
        print(json.dumps({**summary, "imported": False}, ensure_ascii=False))
        return EXIT_BAD_INPUT
    if args.dry_run:
        print(json.dumps({**summary, "imported": False, "dry_run": True}, ensure_ascii=False))
        return EXIT_OK
    result = import_file(args.file, args.actor)
    print(json.dumps({**summary, "imported": True, "customers_added": result.added,
                      "customers_updated": result.updated, "orders_written": result.orders},
                     ensure_ascii=False))
    return EXIT_OK
