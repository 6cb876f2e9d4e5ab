"""客户投诉登记表 (seed 004 6.2-2): the tickets received in a date range, with filters, as plain
rows for the printed register, and the totals of its last page."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peewee import JOIN, Case, fn

from aftersales_desktop.domain.channels import CHANNELS
from aftersales_desktop.domain.clock import day_start_utc, to_local, utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.domain.states import STATE_LABELS, parse_state
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.storage.models import Branch, Category, Customer, Department, Staff, Ticket
from aftersales_desktop.storage.models_sla import TicketDeadlineRow
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

SubCategory = Category.alias("sub")
DEADLINE_LABELS = {"met": "按时", "missed": "超时", "open": "未到期"}
SUMMARY_CHARS = 70
# ticket ids → each ticket's latest callback answer (issue 6, 回访): a 1–5 score, or a record
# with resolution_score and attitude_score (1–5) as services.satisfaction will hand over
SatisfactionSource = Callable[[list[int]], dict[int, object]]


@dataclass(frozen=True)
class RegisterFilter:
    date_from: date
    date_to: date
    category: str | None = None  # top-level code
    department: str | None = None  # name
    branch: str | None = None  # the ticket's route or branch (线路/网点)
    state: str | None = None  # code or label
    viewer: str | None = None  # staff login: only the tickets they see (services.scoping)


@dataclass(frozen=True)
class RegisterRow:
    id: int
    number: str
    received_at: datetime  # Shanghai
    customer: str
    phone: str
    channel: str
    category: str
    summary: str
    handler: str
    deadline: str | None  # met, missed, open; None without deadlines
    outcome: str
    satisfaction: str = ""


@dataclass(frozen=True)
class RegisterData:
    filter: RegisterFilter
    conditions: tuple[tuple[str, str], ...]  # (label, value) as printed
    rows: tuple[RegisterRow, ...]
    unmasked: bool = False
    by_state: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_deadline: dict[str, int] = field(default_factory=dict)
    satisfaction_count: int = 0
    satisfaction_mean: float | None = None


def check_filter(f: RegisterFilter) -> RegisterFilter:
    """The filter with the state as a code; ValidationError naming the field otherwise."""
    if f.date_to < f.date_from:
        raise ValidationError("to", QT_TRANSLATE_NOOP("errors", "结束日期早于开始日期"))
    if f.category and not Category.select().where(
            (Category.code == f.category) & Category.parent.is_null()).exists():
        raise ValidationError("category", QT_TRANSLATE_NOOP("errors", "没有投诉类别 '{f_category}'"), f_category=f.category)
    if f.department and not Department.select().where(Department.name == f.department).exists():
        raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "没有部门 '{f_department}'"), f_department=f.department)
    state = parse_state(f.state) if f.state else None
    return RegisterFilter(f.date_from, f.date_to, f.category or None, f.department or None,
                          (f.branch or "").strip() or None, state, f.viewer)


def _conditions(f: RegisterFilter) -> tuple[tuple[str, str], ...]:
    category = Category.get(Category.code == f.category).name if f.category else "全部"
    return (("受理日期", f"{f.date_from:%Y-%m-%d} 至 {f.date_to:%Y-%m-%d}"), ("投诉类别", category),
            ("部门", f.department or "全部"), ("线路/网点", f.branch or "全部"),
            ("状态", STATE_LABELS[f.state] if f.state else "全部"))


def _query(f: RegisterFilter, *columns):
    query = (Ticket.select(*columns)
             .join(Customer, on=(Ticket.customer == Customer.id))
             .join(Category, JOIN.LEFT_OUTER, on=(Ticket.category == Category.id), src=Ticket)
             .join(SubCategory, JOIN.LEFT_OUTER, on=(Ticket.subcategory == SubCategory.id),
                   src=Ticket)
             .join(Staff, JOIN.LEFT_OUTER, on=(Ticket.assignee == Staff.id), src=Ticket)
             .join(Department, JOIN.LEFT_OUTER, on=(Ticket.department == Department.id),
                   src=Ticket)
             .where((Ticket.received_at >= day_start_utc(f.date_from))
                    & (Ticket.received_at < day_start_utc(f.date_to + timedelta(days=1)))))
    for column, value in ((Category.code, f.category), (Department.name, f.department),
                          (Ticket.branch, f.branch), (Ticket.state, f.state)):
        if value:
            query = query.where(column == value)
    return scoped(query, acting(f.viewer)) if f.viewer else query


def _deadlines(f: RegisterFilter, now: datetime) -> dict[int, str]:
    """Per ticket: missed when any deadline was met late or is past due, open when one is still
    running, met when all were met in time. Summed up in SQL: no timestamps cross over."""
    d = TicketDeadlineRow
    late = fn.MAX(Case(None, ((fn.COALESCE(d.met_at, now) > d.due_at, 1),), 0))
    running = fn.MAX(Case(None, ((d.met_at.is_null(), 1),), 0))
    query = (d.select(d.ticket, late, running)
             .where(d.ticket.in_(_query(f, Ticket.id)) & d.due_at.is_null(False))
             .group_by(d.ticket))
    return {ticket_id: "missed" if missed else ("open" if still else "met")
            for ticket_id, missed, still in query.tuples()}


def _summary(text: str) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= SUMMARY_CHARS else flat[:SUMMARY_CHARS - 1] + "…"


def _outcome(state: str, reason: str | None) -> str:
    label = STATE_LABELS.get(state, state)
    return f"{label}：{_summary(reason)[:24]}" if reason and state in ("rejected", "reopened") \
        else label


def _number(value) -> float | None:
    """The score a callback answer counts with: its resolution score, or the plain number."""
    value = getattr(value, "resolution_score", value)
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _score(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "resolution_score"):
        return f"解决{value.resolution_score} 态度{value.attitude_score}"
    return f"{value:g}" if _number(value) is not None else str(value)


def register_data(f: RegisterFilter, unmasked: bool = False,
                  satisfaction: SatisfactionSource | None = None,
                  now: datetime | None = None) -> RegisterData:
    """The register rows, oldest first, of the tickets `f.viewer` sees. Phones are masked
    (138****5678) unless `unmasked`: printing.documents checks who may print them in full."""
    f = check_filter(f)
    now = now or utcnow()
    deadlines = _deadlines(f, now)
    query = _query(f, Ticket.id, Ticket.number, Ticket.received_at, Customer.name,
                   Customer.phone, Ticket.channel, Category.name, SubCategory.name,
                   Ticket.description, Staff.name, Ticket.state, Ticket.state_reason)
    raw = list(query.order_by(Ticket.received_at, Ticket.id).tuples())
    scores = satisfaction([r[0] for r in raw]) if satisfaction and raw else {}
    rows = []
    for (tid, number, received, name, phone, channel, cat, sub, text, handler, state,
         reason) in raw:
        rows.append(RegisterRow(
            tid, number, to_local(received), name or "", (phone or "") if unmasked else mask_phone(phone),
            CHANNELS.get(channel, channel), "/".join(p for p in (cat, sub) if p) or "未分类",
            _summary(text), handler or "", deadlines.get(tid), _outcome(state, reason),
            _score(scores.get(tid))))
    numeric = [n for n in map(_number, scores.values()) if n is not None]
    return RegisterData(
        f, _conditions(f), tuple(rows), unmasked,
        dict(Counter(STATE_LABELS.get(r[10], r[10]) for r in raw).most_common()),
        dict(Counter(r.category.split("/")[0] for r in rows).most_common()),
        dict(Counter(DEADLINE_LABELS.get(r.deadline, "无时限") for r in rows).most_common()),
        len([v for v in scores.values() if v is not None]),
        sum(numeric) / len(numeric) if numeric else None)


def branch_names() -> list[str]:
    """The branches a register can be narrowed to: those set up, then those tickets name."""
    names = [b.name for b in Branch.select(Branch.name).order_by(Branch.name)]
    used = (Ticket.select(Ticket.branch).where(Ticket.branch.is_null(False))
            .distinct().order_by(Ticket.branch).limit(200))
    return names + [t.branch for t in used if t.branch not in names]
