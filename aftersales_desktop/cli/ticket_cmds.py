"""`aftersales ticket …`: create, show, list, transition, edit and attach, for scripts and people."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict, replace
from pathlib import Path

from aftersales_desktop.cli.errors import CliError
from aftersales_desktop.cli.ticket_format import render_list, render_ticket
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.domain.states import parse_state
from aftersales_desktop.services import tickets
from aftersales_desktop.services.personal_data import masked, reveal_contact
from aftersales_desktop.services.resolution import resolve_ticket
from aftersales_desktop.services.ticket_first_page import first_page
from aftersales_desktop.services.ticket_list import TicketFilter
from aftersales_desktop.services.ticket_queries import TicketView, view_ticket

MAX_LIMIT = 10_000
JSON_HELP = "ticket JSON file, or - for stdin (default: stdin)"


def register(commands) -> None:
    ticket = commands.add_parser("ticket", help="create, show, list, move and edit tickets")
    actions = ticket.add_subparsers(dest="ticket_command", metavar="<action>", required=True)

    create = actions.add_parser("create", help="create a ticket from JSON; print it as JSON")
    create.add_argument("--json", metavar="FILE|-", help=JSON_HELP)
    create.set_defaults(func=_create)

    show = actions.add_parser("show", help="one ticket with its timeline")
    show.add_argument("number")
    show.add_argument("--json", action="store_true", help="the ticket as JSON")
    show.add_argument("--reveal", action="store_true",
                      help="the customer's full phone, e-mail and address (needs the "
                           "permission; audited), else they are masked")
    show.set_defaults(func=_show)

    listing = actions.add_parser("list", help="tickets, newest first")
    listing.add_argument("--state", metavar="S", help="code or Chinese label, e.g. in_progress or 处理中")
    listing.add_argument("--search", metavar="TEXT",
                         help="ticket or order number, waybill, phone, customer name, description")
    listing.add_argument("--limit", metavar="N", default="50", help="at most N rows (default 50)")
    listing.add_argument("--json", action="store_true", help="a JSON array")
    listing.set_defaults(func=_list)

    move = actions.add_parser("transition", help="move a ticket to another state; print it as JSON")
    move.add_argument("number")
    move.add_argument("state", help="code or Chinese label")
    move.add_argument("--reason", metavar="TEXT", help="required for rejected and reopened")
    move.add_argument("--assignee", metavar="LOGIN", help="who handles it (state assigned)")
    move.add_argument("--expect-version", metavar="V",
                      help="refuse (exit 1) unless the ticket is still at version V")
    move.set_defaults(func=_transition)

    resolve = actions.add_parser(
        "resolve", help="resolved, with how and what was done; a callback is scheduled")
    resolve.add_argument("number")
    resolve.add_argument("--how", required=True,
                         help="explanation, refund, exchange, repair, resend, compensation, "
                              "other (or 维修, 换货, …)")
    resolve.add_argument("--note", required=True, help="what was done for the customer")
    resolve.add_argument("--expect-version", metavar="V",
                         help="refuse (exit 1) unless the ticket is still at version V")
    resolve.set_defaults(func=_resolve)

    edit = actions.add_parser("edit", help="change fields given in ticket JSON; print it as JSON")
    edit.add_argument("number")
    edit.add_argument("--json", metavar="FILE|-", help=JSON_HELP)
    edit.add_argument("--expect-version", metavar="V",
                      help="refuse (exit 1) unless the ticket is still at version V")
    edit.set_defaults(func=_edit)

    attach = actions.add_parser("attach", help="add a photo or video; print the ticket as JSON")
    attach.add_argument("number")
    attach.add_argument("file")
    attach.add_argument("--expect-version", metavar="V",
                        help="refuse (exit 1) unless the ticket is still at version V")
    attach.set_defaults(func=_attach)


def _echo(view: TicketView, actor: str) -> None:
    """The ticket after a change, as JSON, its customer's contact data masked (the full data:
    `ticket show --reveal`)."""
    _print_json(replace(view, customer=masked(view.customer)).as_json())


def _create(args) -> int:
    _echo(tickets.create_ticket(_read_json(args.json), actor=args.actor), args.actor)
    return 0


def _show(args) -> int:
    number = _number(args.number)
    view = view_ticket(number, args.actor)
    if args.reveal:
        view = replace(view, customer=reveal_contact(number, args.actor))
    if args.json:
        _print_json(view.as_json())
    else:
        print(render_ticket(view))
    return 0


def _list(args) -> int:
    ticket_filter = TicketFilter(state=_state("--state", args.state) if args.state else None,
                                 search=args.search or "", viewer=args.actor)
    limit = _whole("--limit", args.limit, MAX_LIMIT)
    rows = first_page(ticket_filter, limit).rows
    if args.json:
        _print_json([{**{k: v for k, v in asdict(r).items() if k != "id"},
                      "customer_phone": mask_phone(r.customer_phone) or None} for r in rows])
    else:
        print(render_list(rows))
    return 0


def _transition(args) -> int:
    view = tickets.transition(_number(args.number), _state("state", args.state),
                              actor=args.actor, reason=args.reason,
                              expect_version=_whole("--expect-version", args.expect_version),
                              assignee=args.assignee)
    _echo(view, args.actor)
    return 0


def _resolve(args) -> int:
    view = resolve_ticket(_number(args.number), args.how, args.note, actor=args.actor,
                          expect_version=_whole("--expect-version", args.expect_version))
    _echo(view, args.actor)
    return 0


def _edit(args) -> int:
    view = tickets.update_ticket(_number(args.number), _read_json(args.json), actor=args.actor,
                                 expect_version=_whole("--expect-version", args.expect_version))
    _echo(view, args.actor)
    return 0


def _attach(args) -> int:
    view = tickets.add_attachment(_number(args.number), args.file, actor=args.actor,
                                  expect_version=_whole("--expect-version", args.expect_version))
    _echo(view, args.actor)
    return 0


def _number(text: str) -> str:
    return text.strip().upper()


def _state(option: str, text: str) -> str:
    try:
        return parse_state(text)
    except ValueError as exc:
        raise CliError(f"{option}: {str(exc).split(': ', 1)[1]}") from None


def _whole(option: str, text: str | None, upper: int | None = None) -> int | None:
    """A whole number from 1 (to `upper`), or CliError naming the option."""
    if text is None:
        return None
    try:
        number = int(text.strip())
    except ValueError:
        number = 0
    if number < 1 or (upper is not None and number > upper):
        bound = f" from 1 to {upper}" if upper else " of at least 1"
        raise CliError(f"{option}: expected a whole number{bound}, got '{text}'")
    return number


def _read_json(source: str | None):
    """The ticket JSON from a file or stdin; CliError naming the problem otherwise."""
    if source is None or source == "-":
        if source is None and (sys.stdin is None or sys.stdin.isatty()):
            raise CliError("--json: no ticket JSON given; name a file or pipe it on stdin")
        where = "stdin"
        stream = sys.stdin
        raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    else:
        where = f"'{source}'"
        try:
            raw = Path(source).read_bytes()
        except FileNotFoundError:
            raise CliError(f"--json: file {where} not found") from None
        except OSError as exc:
            raise CliError(f"--json: cannot read {where}: {exc.strerror or exc}") from None
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise CliError(f"--json: {where} is not UTF-8 text "
                           f"(undecodable byte at offset {exc.start})") from None
    if not raw.strip():
        raise CliError(f"--json: {where} is empty; expected a JSON object")
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CliError(f"--json: invalid JSON in {where} at line {exc.lineno} "
                       f"column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise CliError(f"--json: {where} is nested too deeply") from None


def _print_json(data) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    out = sys.stdout
    encoding = (getattr(out, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    if encoding != "utf8" and hasattr(out, "buffer"):
        # Scripts get UTF-8 even where the console code page is something else (Windows pipes).
        out.flush()
        out.buffer.write(text.encode("utf-8"))
        out.buffer.flush()
    else:
        out.write(text)
