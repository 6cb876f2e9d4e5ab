"""Satisfaction from the callbacks (seed 001 数据分析, 003 statistics): per ticket for the printed
complaint register, every call of one ticket for its service record, and averages by handler,
department, category or period for statistics.

Only calls that reached the customer carry scores; "latest" means the latest such call, callback
or revisit. Periods and day bounds are Asia/Shanghai dates.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from peewee import JOIN, Case, fn

from aftersales_desktop.domain.callback_rules import TASK_KINDS, task_label
from aftersales_desktop.domain.clock import SHANGHAI, to_local
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.satisfaction_days import answers, day_sums
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.storage.models import Category, Department, Staff, Ticket
from aftersales_desktop.storage.models_callback import CallbackAttempt, CallbackTask
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term, Text

GROUPS = {"all": "全部", "handler": "处理人", "department": "部门", "category": "类别",
          "day": "日", "week": "周", "month": "月"}
PERIODS = ("day", "week", "month")
_CHUNK = 500
Attempt = CallbackAttempt
HANDLER = Staff.alias("handler")


@dataclass(frozen=True)
class Satisfaction:
    ticket_id: int
    kind: str  # callback, revisit
    resolution_score: int  # 1–5
    attitude_score: int  # 1–5
    solved: bool
    satisfied: bool
    at: datetime  # naive UTC
    customer_words: str | None
    staff_name: str


@dataclass(frozen=True)
class CallRecord:
    """One call made, for the ticket's service record and the callback screen."""
    task_id: int
    kind: str
    revisit_days: int | None
    attempt_no: int
    max_attempts: int
    at: datetime  # naive UTC
    staff_name: str
    reached: bool
    unreached_reason: str | None
    solved: bool | None
    resolution_score: int | None
    attitude_score: int | None
    satisfied: bool | None
    customer_words: str | None
    note: str | None

    @property
    def kind_label(self) -> str:
        return task_label(self.kind, self.revisit_days)

    def result_text(self) -> Text:
        """"满意：处理结果 4 分，服务态度 5 分，问题已解决" or "未接通（无人接听）"."""
        if not self.reached:
            return Text(QT_TRANSLATE_NOOP("errors", "未接通（{reason}）"), reason=self.unreached_reason)
        verdict = QT_TRANSLATE_NOOP("errors", "满意") if self.satisfied else \
            QT_TRANSLATE_NOOP("errors", "不满意")
        solved = QT_TRANSLATE_NOOP("errors", "问题已解决") if self.solved else \
            QT_TRANSLATE_NOOP("errors", "问题未解决")
        return Text(QT_TRANSLATE_NOOP("errors", "{verdict}：处理结果 {resolution} 分，服务态度 "
                                      "{attitude} 分，{solved}"),
                    verdict=Term("errors", verdict), resolution=self.resolution_score,
                    attitude=self.attitude_score, solved=Term("errors", solved))


@dataclass(frozen=True)
class SummaryRow:
    key: str | None  # login, department name, category code, "2026-11-23", "2026-W48", "2026-11"
    label: str
    count: int  # calls that reached the customer
    avg_resolution: float
    avg_attitude: float
    satisfied_share: float  # 0–1
    solved_share: float


def satisfaction_for_tickets(ticket_ids) -> dict[int, Satisfaction]:
    """The latest reached call of each ticket that has one (tickets without are left out)."""
    ids = sorted(set(ticket_ids))
    found: dict[int, Satisfaction] = {}
    for start in range(0, len(ids), _CHUNK):
        query = (Attempt.select(Attempt, CallbackTask.kind, Staff.name)
                 .join(CallbackTask).switch(Attempt).join(Staff)
                 .where(Attempt.reached & Attempt.ticket.in_(ids[start:start + _CHUNK]))
                 .order_by(Attempt.ticket, Attempt.at, Attempt.id))
        for a in query:
            found[a.ticket_id] = Satisfaction(
                a.ticket_id, a.task.kind, a.resolution_score, a.attitude_score, a.solved,
                a.satisfied, a.at, a.customer_words, a.staff.name)
    return found


def callbacks_for_ticket(ticket_id: int) -> list[CallRecord]:
    """Every call of the ticket, callbacks and revisits, in the order they were made."""
    query = (Attempt.select(Attempt, CallbackTask, Staff.name)
             .join(CallbackTask).switch(Attempt).join(Staff)
             .where(Attempt.ticket == ticket_id).order_by(Attempt.at, Attempt.id))
    return [CallRecord(a.task_id, a.task.kind, a.task.revisit_days, a.attempt_no,
                       a.task.max_attempts, a.at, a.staff.name, a.reached, a.unreached_reason,
                       a.solved, a.resolution_score, a.attitude_score, a.satisfied,
                       a.customer_words, a.note) for a in query]


def _bounds(start_day: date, end_day: date) -> tuple[datetime, datetime]:
    if end_day < start_day:
        raise ValidationError("end_day", QT_TRANSLATE_NOOP("errors", "结束日期不能早于开始日期"))

    def utc(day: date) -> datetime:
        local = datetime.combine(day, time(0), tzinfo=SHANGHAI)
        return local.astimezone(timezone.utc).replace(tzinfo=None)
    return utc(start_day), utc(end_day + timedelta(days=1))


def _period(at: datetime, group_by: str) -> tuple[str, str]:
    day = to_local(at).date()
    if group_by == "day":
        return day.isoformat(), day.isoformat()
    if group_by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", f"{year}年第{week}周"
    return f"{day.year}-{day.month:02d}", f"{day.year}年{day.month}月"


def _row(key, label, count, res_sum, att_sum, satisfied, solved) -> SummaryRow:
    return SummaryRow(key, label, count, round(res_sum / count, 2), round(att_sum / count, 2),
                      round(satisfied / count, 4), round(solved / count, 4))


def _reached(columns, low: datetime, high: datetime, kind: str | None, viewer=None):
    """Reached calls in [low, high) with the ticket's handler, department and category; with
    `viewer` (a StaffRow) only calls about the tickets they see (services.scoping)."""
    query = (Attempt.select(*columns)
             .join(Ticket, on=(Attempt.ticket == Ticket.id))
             .join(HANDLER, JOIN.LEFT_OUTER, on=(Ticket.assignee == HANDLER.id))
             .join(Department, JOIN.LEFT_OUTER,
                   on=(fn.COALESCE(Ticket.department, HANDLER.department) == Department.id))
             .join(Category, JOIN.LEFT_OUTER, on=(Ticket.category == Category.id))
             .where(Attempt.reached & (Attempt.at >= low) & (Attempt.at < high)))
    if kind:
        query = query.join(CallbackTask, on=(Attempt.task == CallbackTask.id)).where(
            CallbackTask.kind == kind)
    return scoped(query, viewer)


def _yes(column):
    return fn.SUM(Case(None, [(column == True, 1)], 0))  # noqa: E712 (SQL, not Python)


def satisfaction_summary(group_by: str, start_day: date, end_day: date,
                         kind: str | None = None, viewer=None) -> list[SummaryRow]:
    """Reached calls from `start_day` to `end_day` (inclusive) grouped by `group_by` (GROUPS);
    `kind` "callback" or "revisit" counts only those; `viewer` (a StaffRow): only about the
    tickets they see. Groups largest first, periods in order."""
    if group_by not in GROUPS:
        raise ValidationError("group_by", QT_TRANSLATE_NOOP("errors", "请从以下选项中选择：{value1}"), value1=', '.join(GROUPS))
    if kind not in (None, *TASK_KINDS):
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "请从以下选项中选择，或留空：{value1}"), value1=', '.join(TASK_KINDS))
    low, high = _bounds(start_day, end_day)
    if group_by in PERIODS:
        columns = (Attempt.at, Attempt.resolution_score, Attempt.attitude_score,
                   Attempt.satisfied, Attempt.solved)
        return _by_period(_reached(columns, low, high, kind, viewer).order_by(Attempt.at), group_by)
    if answers(group_by, kind, viewer):  # every ticket: from the per-day sums
        rows = day_sums(group_by, start_day, end_day)
    else:
        rows = _live_sums(group_by, low, high, kind, viewer)
    if group_by == "all":
        return [_row(None, GROUPS["all"], *rows[0][1:])] if rows else []
    names = _names(group_by)
    out = [_row(k, names(k), *rest) for k, *rest in rows]
    return sorted(out, key=lambda r: (-r.count, r.key or ""))


def _live_sums(group_by: str, low: datetime, high: datetime, kind: str | None,
               viewer) -> list[tuple]:
    """(key, calls, resolution sum, attitude sum, satisfied, solved) read from the calls."""
    sums = (fn.COUNT(Attempt.id), fn.SUM(Attempt.resolution_score),
            fn.SUM(Attempt.attitude_score), _yes(Attempt.satisfied), _yes(Attempt.solved))
    if group_by == "all":
        count, *rest = _reached(sums, low, high, kind, viewer).tuples().get()
        return [(None, count, *rest)] if count else []
    key = {"handler": HANDLER.login, "category": Category.code,
           "department": Department.name}[group_by]
    return list(_reached((key, *sums), low, high, kind, viewer).group_by(key).tuples())


def _names(group_by: str):
    if group_by == "handler":
        names = dict(Staff.select(Staff.login, Staff.name).tuples())
        return lambda key: names.get(key, "（未分派）")
    if group_by == "category":
        names = dict(Category.select(Category.code, Category.name).tuples())
        return lambda key: names.get(key, "（未分类）")
    return lambda key: key or "（无部门）"


def _by_period(query, group_by: str) -> list[SummaryRow]:
    sums: dict[str, list] = {}
    for at, resolution, attitude, satisfied, solved in query.tuples():
        key, label = _period(at, group_by)
        acc = sums.setdefault(key, [label, 0, 0, 0, 0, 0])
        for i, value in enumerate((1, resolution, attitude, satisfied, solved), start=1):
            acc[i] += int(value)
    return [_row(key, *values) for key, values in sums.items()]
