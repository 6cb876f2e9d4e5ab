"""`aftersales reward …` and `aftersales target …`: reward and penalty records (list, show,
propose, approve, reject, issue, archive, run the rules) and reduction targets (list, set)."""
from __future__ import annotations

import json
from dataclasses import asdict

from aftersales_desktop.cli.errors import EXIT_OK, EXIT_PROBLEM, CliError
from aftersales_desktop.domain.clock import iso_utc, local_today
from aftersales_desktop.domain.permissions import APPROVE_REWARDS
from aftersales_desktop.domain.rewards import KINDS, STATUS_LABELS
from aftersales_desktop.domain.targets import STATUS_LABELS as TARGET_STATUS, parse_period, \
    period_of
from aftersales_desktop.services import reward_approval
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.reward_records import propose
from aftersales_desktop.services.reward_rows import RecordFilter, RecordRow, record, records
from aftersales_desktop.services.reward_rule_run import run_rules
from aftersales_desktop.services.target_actuals import results
from aftersales_desktop.services.targets import save_target


def register(commands) -> None:
    reward = commands.add_parser("reward", help="reward and penalty records (奖罚)")
    actions = reward.add_subparsers(dest="reward_command", metavar="<action>", required=True)
    listing = actions.add_parser("list", help="records, newest first")
    listing.add_argument("--status", metavar="S", help=", ".join(STATUS_LABELS))
    listing.add_argument("--kind", metavar="K", help=", ".join(KINDS))
    listing.add_argument("--waiting", action="store_true", help="only those waiting for me")
    listing.add_argument("--json", action="store_true", help="a JSON array")
    listing.set_defaults(func=_list)
    show = actions.add_parser("show", help="one record with its tickets and approvals")
    show.add_argument("id", help="number (JL2026-0001) or id")
    show.set_defaults(func=_show)
    new = actions.add_parser("propose", help="propose a record; print it as JSON")
    new.add_argument("--kind", required=True, help=", ".join(KINDS))
    who = new.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", metavar="LOGIN")
    who.add_argument("--department", metavar="NAME", help="a team reward")
    who.add_argument("--carrier", metavar="NAME")
    new.add_argument("--clause", metavar="ID", help="the carrier's agreement clause")
    new.add_argument("--facts", required=True, metavar="TEXT")
    new.add_argument("--basis", metavar="TEXT", help="the rule or clause applied")
    new.add_argument("--measure", metavar="TEXT", help="default: the kind's wording")
    new.add_argument("--amount", metavar="YUAN")
    new.add_argument("--goods-value", metavar="YUAN", help="for a percentage clause")
    new.add_argument("--ticket", action="append", default=[], metavar="NUMBER")
    new.set_defaults(func=_propose)
    for name, text in (("approve", "approve (permission 审批奖罚)"), ("reject", "reject with --comment"),
                       ("issue", "下发 an approved record"), ("archive", "归档 an issued record")):
        parser = actions.add_parser(name, help=text)
        parser.add_argument("id", help="number (JL2026-0001) or id")
        if name in ("approve", "reject"):
            parser.add_argument("--comment", metavar="TEXT", required=name == "reject")
        parser.set_defaults(func=_decide, action=name)
    run = actions.add_parser("run-rules", help="run the rules now; print how many were proposed")
    run.set_defaults(func=_run_rules)

    target = commands.add_parser("target", help="reduction targets (整改目标)")
    verbs = target.add_subparsers(dest="target_command", metavar="<action>", required=True)
    shown = verbs.add_parser("list", help="targets of a period against actual")
    shown.add_argument("--period", metavar="P", help="2026-11 or 2026-Q4 (default: this month)")
    shown.add_argument("--json", action="store_true")
    shown.set_defaults(func=_targets)
    put = verbs.add_parser("set", help="set a target (permission 维护…整改目标)")
    put.add_argument("--period", required=True, metavar="P", help="2026-11 or 2026-Q4")
    put.add_argument("--department", metavar="NAME")
    put.add_argument("--branch", metavar="NAME")
    put.add_argument("--measure", default="count", help="count, rate or reduction")
    put.add_argument("--target", required=True, metavar="N",
                     help="complaints (count) or a percentage (rate, reduction)")
    put.add_argument("--volume", metavar="N", help="business volume of the period (rate)")
    put.add_argument("--on-time", metavar="PERCENT", help="target on-time rate")
    put.set_defaults(func=_set_target)


def _json(row: RecordRow) -> dict:
    data = asdict(row)
    for key in ("proposed_at", "decided_at"):
        data[key] = iso_utc(data[key])
    for key in ("issued_on", "archived_on"):
        data[key] = data[key].isoformat() if data[key] else None
    for approval in data["approvals"]:
        approval["at"] = iso_utc(approval["at"])
    data.update(kind_label=row.kind_label, status_label=row.status_label)
    return data


def _line(r: RecordRow) -> str:
    amount = f" {r.amount_text}元" if r.amount_fen is not None else ""
    return (f"{r.number}  {r.status_label}  {r.kind_label}  {r.recipient}{amount}  "
            f"{r.facts[:40]}")


def _list(args) -> int:
    for value, known, name in ((args.status, STATUS_LABELS, "status"), (args.kind, KINDS, "kind")):
        if value and value not in known:
            raise CliError(f"{name}: expected one of {', '.join(known)}, got '{value}'")
    rows = records(args.actor, RecordFilter(status=args.status, kind=args.kind,
                                            waiting=args.waiting))
    if args.json:
        print(json.dumps([_json(r) for r in rows], ensure_ascii=False, indent=1))
    else:
        print("\n".join(_line(r) for r in rows) or "（没有记录）")
    return EXIT_OK


def _show(args) -> int:
    print(json.dumps(_json(record(args.id, args.actor)), ensure_ascii=False, indent=1))
    return EXIT_OK


def _propose(args) -> int:
    values = {"kind": args.kind, "staff": args.staff, "department": args.department,
              "carrier": args.carrier, "clause": args.clause, "facts": args.facts,
              "basis": args.basis, "measure": args.measure, "amount": args.amount,
              "goods_value": args.goods_value, "tickets": args.ticket}
    if args.clause is not None and not str(args.clause).isdigit():
        raise CliError(f"clause: expected the clause id (a number), got '{args.clause}'")
    print(json.dumps(_json(propose(values, args.actor)), ensure_ascii=False, indent=1))
    return EXIT_OK


def _decide(args) -> int:
    action = getattr(reward_approval, args.action)
    extra = (args.comment,) if args.action in ("approve", "reject") else ()
    row = action(args.id, args.actor, *extra)
    print(json.dumps({"number": row.number, "status": row.status,
                      "status_label": row.status_label}, ensure_ascii=False))
    return EXIT_OK


def _run_rules(args) -> int:
    require(args.actor, APPROVE_REWARDS)
    report = run_rules()
    print(json.dumps({"proposed": report.proposed, "more": report.more,
                      "failed": [{"rule": n, "error": e} for n, e in report.failed]},
                     ensure_ascii=False))
    return EXIT_PROBLEM if report.failed else EXIT_OK


def _targets(args) -> int:
    period = parse_period(args.period) if args.period else period_of(local_today(), "month")
    rows = [{"id": r.target.id, "scope": r.target.scope, "period": r.target.period.code,
             "target": r.target.target_text, "on_time_target": r.target.on_time_bp,
             "complaints": r.actual.complaints, "complaint_value": r.complaint_value,
             "on_time_rate": r.on_time_rate, "status": r.status,
             "status_label": TARGET_STATUS[r.status]} for r in results(period)]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        print("\n".join(f"{r['scope']}  {r['target']}  实际 {r['complaints']} 件  "
                        f"{r['status_label']}" for r in rows) or f"（{period.label}没有目标）")
    return EXIT_OK


def _set_target(args) -> int:
    target_id = save_target({"period": args.period, "department": args.department,
                             "branch": args.branch, "measure": args.measure,
                             "target": args.target, "volume": args.volume,
                             "on_time": args.on_time}, args.actor)
    print(json.dumps({"id": target_id, "period": args.period}, ensure_ascii=False))
    return EXIT_OK

