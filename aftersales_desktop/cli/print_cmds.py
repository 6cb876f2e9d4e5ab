"""`aftersales print …`: the printed documents as PDF files, for scripts and scheduled tasks."""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from aftersales_desktop.cli.errors import CliError
from aftersales_desktop.printing import documents
from aftersales_desktop.services.complaint_register import RegisterFilter


def register(commands) -> None:
    printing = commands.add_parser("print", help="print a document to a PDF file")
    kinds = printing.add_subparsers(dest="print_command", metavar="<document>", required=True)

    reg = kinds.add_parser("register", help="客户投诉登记表 of tickets received in a date range")
    reg.add_argument("--from", dest="date_from", metavar="DATE", required=True,
                     help="first day received, YYYY-MM-DD (Shanghai)")
    reg.add_argument("--to", dest="date_to", metavar="DATE", required=True,
                     help="last day received, YYYY-MM-DD (Shanghai)")
    reg.add_argument("--category", metavar="CODE", help="top-level category code, e.g. logistics")
    reg.add_argument("--department", metavar="NAME", help="handling department, e.g. 售后部")
    reg.add_argument("--branch", metavar="NAME", help="route or branch (线路/网点)")
    reg.add_argument("--state", metavar="S", help="code or Chinese label, e.g. closed or 已关闭")
    reg.set_defaults(func=_register)

    ticket = kinds.add_parser("ticket", help="工单服务记录 of one ticket")
    ticket.add_argument("number")
    ticket.set_defaults(func=_ticket)

    report = kinds.add_parser("exception-report", help="异常情况汇报表 of one ticket")
    report.add_argument("number")
    report.set_defaults(func=_exception_report)

    blank = kinds.add_parser("blank-form", help="空白受理单 for offline intake")
    blank.add_argument("--copies", metavar="N", default="1", help="how many forms (default 1)")
    blank.set_defaults(func=_blank_form)

    notice = kinds.add_parser("notice", help="奖罚通知书 of an approved reward/penalty record")
    notice.add_argument("id", help="the record's number (JL2026-0001, CF2026-0003) or id")
    notice.set_defaults(func=_notice)

    weekly = kinds.add_parser("weekly", help="客诉分析例会资料 of one ISO week")
    weekly.add_argument("--week", required=True, metavar="YYYY-Www",
                        help="the ISO week, Monday to Sunday (Shanghai), e.g. 2026-W47")
    weekly.set_defaults(func=_weekly)

    for parser in (reg, ticket, report):
        parser.add_argument("--unmasked", action="store_true",
                            help="full phone numbers (permission 打印完整个人信息; audited)")
    for parser in (reg, ticket, report, blank, notice, weekly):
        parser.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                            help="the PDF file to write")


def _date(field: str, text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{field}: expected a date YYYY-MM-DD, got '{text}'") from None


def _write(args, pdf: bytes) -> int:
    """Write the whole file or nothing: a temporary file beside it, then renamed."""
    target = Path(args.output)
    if target.is_dir():
        raise CliError(f"output: '{target}' is a folder; give a file name ending in .pdf")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".printing-", suffix=".pdf")
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise CliError(f"output: cannot write '{target}': {exc.strerror or exc}") from None
    print(json.dumps({"output": str(target), "bytes": len(pdf)}, ensure_ascii=False))
    return 0


def _register(args) -> int:
    f = RegisterFilter(_date("from", args.date_from), _date("to", args.date_to), args.category,
                       args.department, args.branch, args.state)
    return _write(args, documents.register_pdf(f, actor=args.actor, unmasked=args.unmasked))


def _ticket(args) -> int:
    return _write(args, documents.ticket_pdf(args.number, args.location.attachments_dir,
                                             actor=args.actor, unmasked=args.unmasked))


def _exception_report(args) -> int:
    return _write(args, documents.exception_report_pdf(args.number, actor=args.actor,
                                                       unmasked=args.unmasked))


def _notice(args) -> int:
    return _write(args, documents.notice_record_pdf(args.id, actor=args.actor))


def _blank_form(args) -> int:
    try:
        copies = int(args.copies)
    except ValueError:
        raise CliError(f"copies: expected a whole number, got '{args.copies}'") from None
    return _write(args, documents.blank_form_pdf(copies, actor=args.actor))


def _weekly(args) -> int:
    return _write(args, documents.weekly_pack_pdf(args.week, actor=args.actor))
