"""`aftersales callback …` (回访): the queue, one call with its script, recording a call, an
extra revisit and the satisfaction summary; `aftersales ticket resolve` lives in ticket_cmds."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

from aftersales_desktop.cli.errors import CliError
from aftersales_desktop.cli.ticket_format import clip, pad
from aftersales_desktop.domain.callback_rules import task_label
from aftersales_desktop.domain.clock import iso_utc, local_today, to_local, utcnow
from aftersales_desktop.services.callback_queue import callback_queue, load_call, reveal_phone
from aftersales_desktop.services.callbacks import record_call, schedule_extra_revisit
from aftersales_desktop.services.satisfaction import GROUPS, satisfaction_summary
from aftersales_desktop.storage.models import Ticket
from aftersales_desktop.storage.models_callback import CallbackTask


def register(commands) -> None:
    parser = commands.add_parser("callback", help="回访: the queue, record a call, revisits")
    actions = parser.add_subparsers(dest="callback_command", metavar="<action>", required=True)
    listing = actions.add_parser("list", help="callbacks and revisits due now, overdue first")
    listing.add_argument("--all", action="store_true", help="everyone's, not only yours")
    listing.add_argument("--waiting", action="store_true", help="also those not due yet")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=_list)
    show = actions.add_parser("show", help="one call: ticket, what was done, calls, script")
    show.add_argument("task", help="task id, or the ticket number (its next open call)")
    show.add_argument("--reveal", action="store_true",
                      help="the full phone number to dial (written to the audit trail)")
    show.set_defaults(func=_show)
    record = actions.add_parser("record", help="record one call; print the result as JSON")
    record.add_argument("task", help="task id, or the ticket number (its next open call)")
    record.add_argument("--reached", required=True, help="yes/no (是/否)")
    record.add_argument("--reason", help="not reached: 无人接听, 关机/停机, 占线, 拒接, 号码错误, 其他")
    record.add_argument("--solved", help="yes/no: is the problem really solved")
    record.add_argument("--resolution", help="satisfaction with the result, 1–5")
    record.add_argument("--attitude", help="satisfaction with the service attitude, 1–5")
    record.add_argument("--words", default="", help="the customer's own words")
    record.add_argument("--note", default="", help="the clerk's note")
    record.add_argument("--expect-attempts", type=int, metavar="N",
                        help="refuse when the call count is no longer N")
    record.add_argument("--revisit-days", type=int, metavar="N",
                        help="one more revisit N days after a satisfied callback closes")
    record.set_defaults(func=_record)
    revisit = actions.add_parser("revisit", help="schedule one more revisit of a closed ticket")
    revisit.add_argument("number")
    revisit.add_argument("--days", type=int, required=True, metavar="N")
    revisit.set_defaults(func=_revisit)
    summary = actions.add_parser("summary", help="satisfaction by handler, department, …")
    summary.add_argument("--by", default="all", choices=list(GROUPS))
    summary.add_argument("--from", dest="start", metavar="YYYY-MM-DD")
    summary.add_argument("--to", dest="end", metavar="YYYY-MM-DD")
    summary.set_defaults(func=_summary)


def _task_id(text: str) -> int:
    """A task id, or the ticket's open task that is due first."""
    if text.strip().isdigit():
        return int(text)
    ticket = Ticket.get_or_none(Ticket.number == text.strip().upper())
    task = None if ticket is None else (
        CallbackTask.select().where((CallbackTask.ticket == ticket.id)
                                    & (CallbackTask.status == "open"))
        .order_by(CallbackTask.available_at, CallbackTask.id).first())
    if task is None:
        raise CliError(f"task: no open callback or revisit for '{text}'")
    return task.id


def _local(moment) -> str:
    return to_local(moment).strftime("%m-%d %H:%M")


def _list(args) -> int:
    now = utcnow()
    rows = callback_queue(args.actor, "all" if args.all else "mine", args.waiting, now)
    if args.json:
        print(json.dumps([{**asdict(r), "available_at": iso_utc(r.available_at),
                           "due_at": iso_utc(r.due_at), "overdue": r.overdue(now)}
                          for r in rows], ensure_ascii=False, indent=1))
        return 0
    print("  ".join(pad(h, w) for h, w in (("任务", 6), ("工单号", 16), ("类型", 16),
                                            ("次数", 5), ("到期", 12), ("客户", 10), ("问题", 0))))
    for r in rows:
        due = _local(r.due_at) + ("!" if r.overdue(now) else "")
        cells = (str(r.task_id), r.number, task_label(r.kind, r.revisit_days),
                 f"{r.attempts}/{r.max_attempts}", due, clip(r.customer_name or "", 10),
                 clip(r.summary, 30))
        print("  ".join(pad(c, w) for c, w in zip(cells, (6, 16, 16, 5, 12, 10, 0))))
    return 0


def _show(args) -> int:
    task_id = _task_id(args.task)
    call = load_call(task_id, args.actor)
    phone = reveal_phone(task_id, args.actor) if args.reveal else call.customer_phone
    print(f"{call.number}  {task_label(call.kind, call.revisit_days)}  第 {call.attempts + 1}/"
          f"{call.max_attempts} 次  {_local(call.due_at)} 前  客户 {call.customer_name or ''} "
          f"{phone or ''}")
    print(f"问题：{call.description}")
    for r in call.resolutions:
        print(f"处理：{r.how_label}，{r.note or ''}（{r.staff_name}，{_local(r.resolved_at)}）")
    for c in call.calls:
        print(f"{_local(c.at)} {c.staff_name} {c.kind_label}：{c.result_text()}"
              + (f"；客户原话：{c.customer_words}" if c.customer_words else ""))
    print("\n" + call.script)
    return 0


def _record(args) -> int:
    data = {"reached": args.reached, "unreached_reason": args.reason, "solved": args.solved,
            "resolution_score": args.resolution, "attitude_score": args.attitude,
            "customer_words": args.words, "note": args.note}
    result = record_call(_task_id(args.task), data, actor=args.actor,
                         expect_attempts=args.expect_attempts,
                         revisit_in_days=args.revisit_days)
    print(json.dumps({**asdict(result), "next_at": iso_utc(result.next_at)},
                     ensure_ascii=False))
    return 0


def _revisit(args) -> int:
    task_id = schedule_extra_revisit(args.number.strip().upper(), args.days, actor=args.actor)
    print(json.dumps({"task_id": task_id}))
    return 0


def _day(option: str, text: str | None, default: date) -> date:
    if not text:
        return default
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"{option}: expected a date YYYY-MM-DD, got '{text}'") from None


def _summary(args) -> int:
    end = _day("--to", args.end, local_today())
    start = _day("--from", args.start, end.replace(day=1))
    rows = satisfaction_summary(args.by, start, end)
    print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))
    return 0
