"""内部监督抽查 (seed 000: the internal audit group's spot checks): a random sample of the
tickets closed in a period, reviewed one by one (合格/不合格, findings, reviewer).

The sample is drawn from the closed tickets (closed in the period: a transition to 'closed'
in the audit trail, and closed still), optionally of one category and handling department,
ordered by id, with `random.Random(seed).sample`; the seed is stored, so the same seed on the
same tickets draws the same sample. Drawing and reviewing need 内部监督抽查 and are audited."""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import JOIN, SQL, Case, fn

from aftersales_desktop.domain.clock import day_start_utc, utcnow
from aftersales_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import SPOT_CHECK
from aftersales_desktop.domain.stat_periods import make_period
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.storage.models import AuditEvent, Category, Department, Staff, Ticket, \
    database
from aftersales_desktop.storage.models_spot_check import SpotCheck, SpotCheckItem
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

RESULTS = {"pass": "合格", "fail": "不合格"}
MAX_SAMPLE = 200
MAX_FINDINGS = 2000
# literal, so SQLite can use the partial index audit_event_closed (migration_v12)
_CLOSING = SQL("action = 'transition' AND field = 'state' AND new_value = 'closed'")
Reviewer = Staff.alias("reviewer")
Handler = Staff.alias("handler")


@dataclass(frozen=True)
class SpotCheckRow:
    id: int
    number: str
    period_start: date
    period_end: date
    category: str | None  # name
    department: str | None
    sample_size: int  # tickets drawn
    population: int  # closed tickets they were drawn from
    seed: int
    note: str | None
    created_by: str  # name
    created_at: datetime  # naive UTC
    reviewed: int
    failed: int


@dataclass(frozen=True)
class SpotItemRow:
    id: int
    spot_check_id: int
    position: int
    ticket_number: str
    category: str | None
    department: str | None
    handler: str | None
    description: str
    result: str | None  # pass, fail; None: not reviewed yet
    findings: str | None
    reviewer: str | None
    reviewed_at: datetime | None
    version: int

    @property
    def result_label(self) -> str:
        return RESULTS.get(self.result, "待评定")


def _closing_events(start: date, end: date):
    return (AuditEvent.select(AuditEvent.ticket).where(
        _CLOSING & (AuditEvent.at >= day_start_utc(start))
        & (AuditEvent.at < day_start_utc(end + timedelta(days=1)))))


def _category_id(code: str | None) -> int | None:
    if not code:
        return None
    row = Category.get_or_none((Category.code == code) & Category.parent.is_null())
    if row is None:
        raise ValidationError("category", QT_TRANSLATE_NOOP("errors", "没有这个类别：{code}"), code=code)
    return row.id


def _department_id(name: str | None) -> int | None:
    if not name:
        return None
    row = Department.get_or_none(Department.name == name)
    if row is None:
        raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "没有这个部门：{name}"), name=name)
    return row.id


def closed_population(staff, start: date, end: date, category_id: int | None = None,
                      department_id: int | None = None) -> list[int]:
    """Ids of the tickets closed in the period (and closed still) that `staff` sees."""
    query = Ticket.select(Ticket.id).where(
        (Ticket.state == "closed") & Ticket.id.in_(_closing_events(start, end)))
    if category_id is not None:
        query = query.where(Ticket.category == category_id)
    if department_id is not None:
        query = query.where(Ticket.department == department_id)
    return [i for i, in scoped(query, staff).order_by(Ticket.id).tuples()]


def _size(value) -> int:
    try:
        size = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError("size", QT_TRANSLATE_NOOP("errors", "抽查数量请填写整数")) from None
    if not 1 <= size <= MAX_SAMPLE:
        raise ValidationError("size", QT_TRANSLATE_NOOP("errors", "抽查数量应在 1 到 {MAX_SAMPLE} 之间"), MAX_SAMPLE=MAX_SAMPLE)
    return size


def _next_number(year: int) -> str:
    prefix = f"NJ{year}-"
    last = (SpotCheck.select(fn.MAX(SpotCheck.number))
            .where(SpotCheck.number.startswith(prefix)).scalar())
    return f"{prefix}{int(last[len(prefix):]) + 1 if last else 1:04d}"


def draw_sample(actor: str, start: date | None, end: date | None, size, category: str | None = None,
                department: str | None = None, seed: int | None = None,
                note: str | None = None) -> SpotCheckRow:
    """Draw and keep a sample of `size` closed tickets (fewer when fewer were closed)."""
    staff = require(actor, SPOT_CHECK)
    period = make_period(start, end)
    size = _size(size)
    category_id, department_id = _category_id(category), _department_id(department)
    population = closed_population(staff, period.start, period.end, category_id, department_id)
    if not population:
        raise ValidationError("from", QT_TRANSLATE_NOOP("errors", "这个期间没有符合条件的已关闭工单可以抽查"))
    seed = secrets.randbits(31) if seed is None else int(seed)
    chosen = random.Random(seed).sample(population, min(size, len(population)))
    now = utcnow()
    with database.atomic():
        number = _next_number(period.end.year)
        check_id = SpotCheck.insert(
            number=number, period_start=period.start, period_end=period.end,
            category=category_id, department=department_id, sample_size=len(chosen),
            population=len(population), seed=seed, note=(note or "").strip() or None,
            created_by=staff.id, created_at=now).execute()
        SpotCheckItem.insert_many(
            [{"spot_check": check_id, "ticket": ticket_id, "position": i}
             for i, ticket_id in enumerate(chosen, start=1)]).execute()
        audit.record("draw", staff.id, entity="spot_check", entity_id=check_id, field="sample",
                     new=f"{number}：{period.label} 已关闭 {len(population)} 张中抽取 "
                         f"{len(chosen)} 张（随机种子 {seed}）", at=now)
    return spot_check(actor, check_id)


def _checks_query():
    reviewed = fn.SUM(Case(None, [(SpotCheckItem.result.is_null(False), 1)], 0))
    failed = fn.SUM(Case(None, [(SpotCheckItem.result == "fail", 1)], 0))
    return (SpotCheck.select(SpotCheck, Category.name.alias("category_name"),
                             Department.name.alias("department_name"),
                             Staff.name.alias("creator"), reviewed.alias("reviewed"),
                             failed.alias("failed"))
            .join(Category, JOIN.LEFT_OUTER, on=(SpotCheck.category == Category.id))
            .switch(SpotCheck).join(Department, JOIN.LEFT_OUTER,
                                    on=(SpotCheck.department == Department.id))
            .switch(SpotCheck).join(Staff, on=(SpotCheck.created_by == Staff.id))
            .switch(SpotCheck).join(SpotCheckItem, JOIN.LEFT_OUTER,
                                    on=(SpotCheckItem.spot_check == SpotCheck.id))
            .group_by(SpotCheck.id, Category.name, Department.name, Staff.name))


def _check_row(r: dict) -> SpotCheckRow:
    return SpotCheckRow(r["id"], r["number"], r["period_start"], r["period_end"],
                        r["category_name"], r["department_name"], r["sample_size"],
                        r["population"], r["seed"], r["note"], r["creator"], r["created_at"],
                        int(r["reviewed"] or 0), int(r["failed"] or 0))


def spot_checks(actor: str) -> list[SpotCheckRow]:
    """Every spot check, newest first."""
    require(actor, SPOT_CHECK)
    query = _checks_query().order_by(SpotCheck.created_at.desc(), SpotCheck.id.desc())
    return [_check_row(r) for r in query.dicts()]


def spot_check(actor: str, check_id: int) -> SpotCheckRow:
    require(actor, SPOT_CHECK)
    row = _checks_query().where(SpotCheck.id == check_id).dicts().first()
    if row is None:
        raise NotFoundError(f"spot check {check_id} does not exist")
    return _check_row(row)


def spot_items(actor: str, check_id: int) -> list[SpotItemRow]:
    """The sampled tickets of a spot check in the order drawn, with their reviews."""
    require(actor, SPOT_CHECK)
    query = (SpotCheckItem.select(
        SpotCheckItem, Ticket.number, Ticket.description, Category.name.alias("category_name"),
        Department.name.alias("department_name"), Handler.name.alias("handler_name"),
        Reviewer.name.alias("reviewer_name"))
        .join(Ticket, on=(SpotCheckItem.ticket == Ticket.id))
        .join(Category, JOIN.LEFT_OUTER, on=(Ticket.category == Category.id))
        .switch(Ticket).join(Department, JOIN.LEFT_OUTER, on=(Ticket.department == Department.id))
        .switch(Ticket).join(Handler, JOIN.LEFT_OUTER, on=(Ticket.assignee == Handler.id))
        .switch(SpotCheckItem).join(Reviewer, JOIN.LEFT_OUTER,
                                    on=(SpotCheckItem.reviewer == Reviewer.id))
        .where(SpotCheckItem.spot_check == check_id).order_by(SpotCheckItem.position))
    return [SpotItemRow(r["id"], r["spot_check"], r["position"], r["number"],
                        r["category_name"], r["department_name"], r["handler_name"],
                        r["description"], r["result"], r["findings"], r["reviewer_name"],
                        r["reviewed_at"], r["version"]) for r in query.dicts()]


def parse_result(value) -> str:
    text = str(value or "").strip()
    for code, label in RESULTS.items():
        if text in (code, label):
            return code
    raise ValidationError("result", QT_TRANSLATE_NOOP("errors", "请选择评定结果：合格或不合格"))


def record_review(actor: str, item_id: int, result, findings: str | None,
                  expect_version: int | None = None) -> SpotItemRow:
    """Record (or correct) the review of one sampled ticket; findings are required for 不合格."""
    staff = require(actor, SPOT_CHECK)
    result = parse_result(result)
    findings = (findings or "").strip()
    if result == "fail" and len(findings) < 2:
        raise ValidationError("findings", QT_TRANSLATE_NOOP("errors", "评定为不合格时请写明发现的问题"))
    if len(findings) > MAX_FINDINGS:
        raise ValidationError("findings", QT_TRANSLATE_NOOP("errors", "发现的问题最多 {MAX_FINDINGS} 字"), MAX_FINDINGS=MAX_FINDINGS)
    with database.atomic():
        item = SpotCheckItem.get_or_none(SpotCheckItem.id == item_id)
        if item is None:
            raise NotFoundError(f"spot check item {item_id} does not exist")
        number = Ticket.get_by_id(item.ticket_id).number
        if expect_version is not None and item.version != expect_version:
            raise ConflictError(number, expect_version, item.version)
        now = utcnow()
        changed = (SpotCheckItem.update(result=result, findings=findings or None,
                                        reviewer=staff.id, reviewed_at=now,
                                        version=SpotCheckItem.version + 1)
                   .where((SpotCheckItem.id == item.id)
                          & (SpotCheckItem.version == item.version)).execute())
        if not changed:  # another desk saved between the read and the write
            raise ConflictError(number, item.version, item.version + 1)
        for name, old, new in (("result", item.result, result),
                               ("findings", item.findings, findings or None)):
            audit.record("spot_review", staff.id, ticket_id=item.ticket_id,
                         entity="spot_check_item", entity_id=item.id, field=name, old=old,
                         new=new, at=now)
    return next(r for r in spot_items(actor, item.spot_check_id) if r.id == item.id)
