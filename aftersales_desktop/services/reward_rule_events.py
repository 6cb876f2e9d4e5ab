"""What each reward and penalty rule looks for (services.reward_rule_run runs them): the causes
since the rule was switched on, at most LOOKBACK back, each as a Proposal with its cause key —
a ticket (a carrier's exception, a missed ten-minute report), a handler's month of satisfied
callbacks, a target whose period has closed."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.rewards import CARRIER, DEPARTMENT, STAFF, KINDS, clause_amount
from aftersales_desktop.domain.targets import period_of
from aftersales_desktop.services.carriers import clause_for
from aftersales_desktop.services.escalation_chain import head_level, level_of
from aftersales_desktop.services.reward_rules import RuleRow
from aftersales_desktop.services.satisfaction import satisfaction_summary
from aftersales_desktop.services.target_actuals import facts_of, results
from aftersales_desktop.services.targets import targets
from aftersales_desktop.storage.connection import current_location
from aftersales_desktop.storage.models import Carrier, Category, Staff, Ticket
from aftersales_desktop.storage.models_rewards import RewardRecord, RewardRecordTicket
from aftersales_desktop.storage.models_sla import TicketDeadlineRow

LOOKBACK = timedelta(days=92)


@dataclass(frozen=True)
class Proposal:
    cause_key: str
    cause_at: datetime
    columns: dict
    ticket_ids: tuple[int, ...] = ()


def _base(rule: RuleRow) -> dict:
    kind = KINDS[rule.kind]
    return {"kind": kind.code, "measure": rule.measure or kind.measure, "basis": rule.basis,
            "amount_fen": rule.amount_fen if kind.recipient != CARRIER else None}


def window_start(rule: RuleRow, now: datetime) -> datetime:
    return max(rule.active_from, now - LOOKBACK)


def _not_proposed(ticket_column, rule: RuleRow):
    """Tickets this rule has not proposed for yet (a second check: the unique index)."""
    done = (RewardRecordTicket.select(RewardRecordTicket.ticket)
            .join(RewardRecord, on=(RewardRecordTicket.record == RewardRecord.id))
            .where(RewardRecord.rule == rule.id))
    return ticket_column.not_in(done)


def carrier_exceptions(rule: RuleRow, now: datetime) -> list[Proposal]:
    """A carrier's exception of the rule's sub-category → the clause of its agreement."""
    category = Category.get_or_none(Category.code == rule.subcategory_code)
    if category is None:
        return []
    carriers = {c.name: c for c in Carrier.select().where(Carrier.retired_at.is_null())}
    clauses = {c.id: clause_for(c.id, rule.subcategory_code) for c in carriers.values()}
    query = (Ticket.select(Ticket.id, Ticket.number, Ticket.carrier, Ticket.received_at,
                           Ticket.description, Ticket.waybill)
             .where((Ticket.subcategory == category.id)
                    & (Ticket.received_at >= window_start(rule, now))
                    & Ticket.carrier.is_null(False) & (Ticket.state != "rejected")
                    & _not_proposed(Ticket.id, rule)))
    out = []
    for t in query:
        carrier = carriers.get((t.carrier or "").strip())
        clause = clauses.get(carrier.id) if carrier else None
        if clause is None:
            continue
        waybill = f"，运单 {t.waybill}" if t.waybill else ""
        facts = f"工单 {t.number}（{category.name}{waybill}）：{t.description}"
        out.append(Proposal(f"ticket:{t.id}", t.received_at, {
            **_base(rule), "recipient_kind": CARRIER, "carrier": carrier.id,
            "clause": clause.id, "facts": facts[:2000], "basis": clause.basis(carrier.agreement_no),
            "amount_fen": clause_amount(clause.amount_fen, clause.percent_bp, clause.cap_fen,
                                        None)}, (t.id,)))
    return out


def missed_reports(rule: RuleRow, now: datetime) -> list[Proposal]:
    """A logistics exception not reported within ten minutes → whoever took the information."""
    D = TicketDeadlineRow
    rows = (D.select(D.ticket, D.due_at, D.met_at, Ticket.number, Ticket.created_by,
                     Ticket.description)
            .join(Ticket)
            .where((D.kind == "report") & (D.due_at >= window_start(rule, now))
                   & (D.due_at <= now) & (D.met_at.is_null() | (D.met_at > D.due_at))
                   & _not_proposed(D.ticket, rule)).tuples())
    out = []
    for ticket_id, due_at, met_at, number, taker, description in rows:
        when = "至今未汇报" if met_at is None else f"{to_local(met_at):%m-%d %H:%M} 才汇报"
        facts = (f"工单 {number} 物流异常：须在 {to_local(due_at):%m-%d %H:%M} 前向主管"
                 f"及项目负责人汇报，{when}，超过十分钟汇报时限。{description}")
        out.append(Proposal(f"ticket:{ticket_id}", due_at, {
            **_base(rule), "recipient_kind": STAFF, "staff": taker, "facts": facts[:2000]},
            (ticket_id,)))
    return out


_ENDED_MONTHS: dict[tuple, list] = {}  # (database, month) → its satisfaction by handler


def _by_handler(month) -> list:
    """Calls are dated when they are made, so a month that has ended no longer changes: it is
    read once per database in this process."""
    try:
        key = (current_location().target, month)
    except RuntimeError:  # the database was opened without open_database: no cache
        return satisfaction_summary("handler", month.start, month.end - timedelta(days=1))
    if key not in _ENDED_MONTHS:
        _ENDED_MONTHS[key] = satisfaction_summary("handler", month.start,
                                                  month.end - timedelta(days=1))
    return _ENDED_MONTHS[key]


def satisfied_callbacks(rule: RuleRow, now: datetime) -> list[Proposal]:
    """A handler whose tickets had at least `threshold` satisfied callbacks in a month that has
    ended (services.satisfaction: calls that reached the customer, credited to the ticket's
    handler) → the rule's reward."""
    today, since = to_local(now).date(), to_local(window_start(rule, now)).date()
    month, out = period_of(today, "month").previous, []
    people = dict(Staff.select(Staff.login, Staff.id).tuples())
    while since < month.end:
        for row in _by_handler(month):
            satisfied = round(row.count * row.satisfied_share)
            if row.key not in people or satisfied < (rule.threshold or 1):
                continue
            facts = (f"{month.label}处理的工单回访满意 {satisfied} 次（回访接通 {row.count} 次，"
                     f"满意率 {row.satisfied_share:.0%}），达到 {rule.threshold} 次的标准。")
            out.append(Proposal(f"{row.key}:{month.code}",
                                datetime.combine(month.end, datetime.min.time()),
                                {**_base(rule), "recipient_kind": STAFF,
                                 "staff": people[row.key], "facts": facts}))
        month = month.previous
    return out


def department_head(department_id: int | None, branch_id: int | None) -> int | None:
    """The head of the department's escalation chain (or its first supervisor); for a branch
    without a department, its branch manager."""
    if department_id is not None:
        level = head_level(department_id)
        if level is not None:
            chain_level = level_of(department_id, level)
            if chain_level.staff_login:
                return Staff.get(Staff.login == chain_level.staff_login).id
            role = chain_level.role
        else:
            role = "supervisor"
        row = (Staff.select(Staff.id).where((Staff.department == department_id)
                                            & (Staff.role == role) & Staff.active)
               .order_by(Staff.login).first())
        return row.id if row else None
    if branch_id is not None:
        row = (Staff.select(Staff.id).where((Staff.branch == branch_id) & Staff.active
                                            & (Staff.role == "branch_manager"))
               .order_by(Staff.login).first())
        return row.id if row else None
    return None


def head_login(department_id: int | None, branch_id: int | None) -> str | None:
    staff_id = department_head(department_id, branch_id)
    return Staff.select(Staff.login).where(Staff.id == staff_id).scalar() if staff_id else None


def closed_targets(rule: RuleRow, now: datetime) -> list[Proposal]:
    """A target whose period has ended achieved (target_achieved) or missed (target_missed)."""
    want = "achieved" if rule.event == "target_achieved" else "missed"
    today = to_local(now).date()
    since = to_local(window_start(rule, now)).date()
    rows = [t for t in targets() if since < t.period.end <= today]
    out = []
    for result in results(rows=rows, today=today, now=now):
        t = result.target
        if result.status != want:
            continue
        team = KINDS[rule.kind].recipient == DEPARTMENT
        recipient = ({"recipient_kind": DEPARTMENT, "department": t.department_id} if team
                     else {"recipient_kind": STAFF,
                           "staff": department_head(t.department_id, t.branch_id)})
        if recipient.get("department", recipient.get("staff")) is None:
            continue
        out.append(Proposal(f"target:{t.id}", datetime.combine(t.period.end, datetime.min.time()),
                            {**_base(rule), **recipient, "facts": facts_of(result)}))
    return out


