"""异常情况汇报表 (seed 004 6.3-1) and 书面报告: record their own fields and assemble everything
the printed forms show. The report to the superior, the instructions, execution and follow-up
come from the ticket's escalations, so they are written down once."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services import audit
from aftersales_desktop.services.deadlines import mark_reported
from aftersales_desktop.services.escalation_views import EntryView, escalations_of
from aftersales_desktop.domain.permissions import ESCALATE
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.tickets import _load
from aftersales_desktop.storage.models import Customer, Staff, Ticket, database
from aftersales_desktop.storage.models_escalation import ExceptionReport, WrittenReport
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

REPORT_WITHIN = timedelta(minutes=10)
TEXT_FIELDS = ("what_happened", "documents", "customer_communication", "callback_result",
               "responsibility", "reward_penalty")
TIME_FIELDS = ("occurred_at", "info_received_at", "reported_at")
LABELS = {"what_happened": QT_TRANSLATE_NOOP("errors", "事件经过"), "occurred_at": QT_TRANSLATE_NOOP("errors", "发生时间"), "info_received_at": QT_TRANSLATE_NOOP("errors", "接到信息时间"),
          "reported_at": QT_TRANSLATE_NOOP("errors", "汇报时间"), "reported_to": QT_TRANSLATE_NOOP("errors", "汇报对象"), "documents": QT_TRANSLATE_NOOP("errors", "相关单据"),
          "customer_communication": QT_TRANSLATE_NOOP("errors", "客户沟通"), "callback_result": QT_TRANSLATE_NOOP("errors", "回访结果"),
          "responsibility": QT_TRANSLATE_NOOP("errors", "责任认定"), "reward_penalty": QT_TRANSLATE_NOOP("errors", "奖罚决定"), "archived_on": QT_TRANSLATE_NOOP("errors", "归档日期"),
          "cause": QT_TRANSLATE_NOOP("errors", "原因"), "measures": QT_TRANSLATE_NOOP("errors", "措施"), "lessons": QT_TRANSLATE_NOOP("errors", "经验教训")}


@dataclass(frozen=True)
class Instruction:
    by: str | None
    at: datetime | None
    text: str
    executor: str | None


@dataclass(frozen=True)
class ExceptionReportData:
    number: str
    customer_name: str | None
    customer_phone: str | None
    waybill: str | None
    carrier: str | None
    documents: str | None
    what_happened: str
    occurred_at: datetime | None
    info_received_at: datetime
    reported_at: datetime | None
    reported_to: str | None
    ten_minute_rule: str  # met, missed, pending
    cause_analysis: str | None
    proposed_solution: str | None
    instructions: tuple[Instruction, ...]
    execution: tuple[EntryView, ...]
    follow_ups: tuple[EntryView, ...]
    customer_communication: str | None
    customer_contacts: tuple[EntryView, ...]
    callback_result: str | None
    responsibility: str | None
    reward_penalty: str | None
    archived_on: date | None


@dataclass(frozen=True)
class WrittenReportData:
    number: str
    customer_name: str | None
    cause: str
    measures: str
    lessons: str
    written_at: datetime
    written_by: str


def ten_minute_rule(received: datetime, reported: datetime | None, now: datetime) -> str:
    if reported is not None:
        return "met" if reported - received <= REPORT_WITHIN else "missed"
    return "pending" if now - received <= REPORT_WITHIN else "missed"


def _time(field: str, value) -> datetime | None:
    if value in (None, "") or isinstance(value, datetime):
        return value or None
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "时间格式为 YYYY-MM-DD HH:MM")) from None


def _shown(field: str, value):
    """Audit values name staff by login."""
    if field == "reported_to" and value is not None:
        return Staff.get_by_id(value).login
    return value


def save_exception_report(number: str, values: dict, actor: str = "admin") -> ExceptionReportData:
    """Create or change the report's own fields (times are naive UTC); audited per field."""
    staff_id = require(actor, ESCALATE, ticket=number).id
    unknown = set(values) - {*TEXT_FIELDS, *TIME_FIELDS, "reported_to", "archived_on"}
    if unknown:
        raise ValidationError(sorted(unknown)[0], QT_TRANSLATE_NOOP("errors", "汇报表没有这一栏"))
    clean = {k: (str(v).strip() or None if v is not None else None)
             for k, v in values.items() if k in TEXT_FIELDS}
    clean.update({k: _time(k, v) for k, v in values.items() if k in TIME_FIELDS})
    if "reported_to" in values:
        row = Staff.get_or_none(Staff.login == values["reported_to"]) if values["reported_to"] \
            else None
        if values["reported_to"] and row is None:
            raise ValidationError("reported_to", QT_TRANSLATE_NOOP("errors", "没有这位人员"))
        clean["reported_to"] = row.id if row else None
    if "archived_on" in values:
        clean["archived_on"] = date.fromisoformat(str(values["archived_on"])) \
            if values["archived_on"] else None
    now = utcnow()
    with database.atomic():
        ticket = _load(number, lock=True)
        report = ExceptionReport.get_or_none(ExceptionReport.ticket == ticket.id)
        old = report.__data__ if report else {}
        merged = {**old, **clean}
        for field, what in (("what_happened", QT_TRANSLATE_NOOP("errors", "事件经过")),
                            ("info_received_at", QT_TRANSLATE_NOOP("errors", "接到信息的时间"))):
            if not merged.get(field):
                raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填写{what}"), what=what)
        if report is None:
            report_id = ExceptionReport.insert(ticket=ticket.id, created_at=now,
                                               created_by=staff_id, updated_at=now,
                                               **clean).execute()
        else:
            report_id = report.id
            ExceptionReport.update(updated_at=now, **clean).where(
                ExceptionReport.id == report.id).execute()
        if clean.get("reported_at"):
            mark_reported(ticket.id, clean["reported_at"])
        audit.record_changes({k: (_shown(k, old.get(k)), _shown(k, v))
                              for k, v in clean.items() if old.get(k) != v},
                             staff_id, ticket_id=ticket.id, entity="exception_report",
                             entity_id=report_id, at=now)
    return exception_report(number)


def exception_report(number: str, now: datetime | None = None) -> ExceptionReportData:
    ticket = Ticket.get_or_none(Ticket.number == number)
    report = ticket and ExceptionReport.get_or_none(ExceptionReport.ticket == ticket.id)
    if not report:
        raise NotFoundError(f"ticket {number} has no exception report")
    customer = Customer.get_by_id(ticket.customer_id)
    escalations = escalations_of(number)
    first = escalations[0] if escalations else None
    reported_at = report.reported_at or (first.created_at if first else None)
    reported_to = (Staff.get_by_id(report.reported_to_id).name if report.reported_to_id
                   else first.receiver_text if first else None)
    entries = [e for view in escalations for e in view.entries]
    return ExceptionReportData(
        number, customer.name, customer.phone, ticket.waybill, ticket.carrier,
        report.documents or ticket.consignment_docs, report.what_happened, report.occurred_at,
        report.info_received_at, reported_at, reported_to,
        ten_minute_rule(report.info_received_at, reported_at, now or utcnow()),
        first.cause_analysis if first else None, first.proposed_solution if first else None,
        tuple(Instruction(v.instructed_by, v.instructed_at, v.instructions, v.executor_name)
              for v in escalations if v.instructions),
        tuple(e for e in entries if e.kind == "execution"),
        tuple(e for e in entries if e.kind == "follow_up"),
        report.customer_communication, tuple(e for e in entries if e.kind == "customer"),
        report.callback_result, report.responsibility, report.reward_penalty, report.archived_on)


def write_report(number: str, cause: str, measures: str, lessons: str,
                 actor: str = "admin") -> WrittenReportData:
    """The 书面报告 after the exception is handled: cause, measures, lessons (one per ticket)."""
    staff_id = require(actor, ESCALATE, ticket=number).id
    texts = {}
    for field, value in (("cause", cause), ("measures", measures), ("lessons", lessons)):
        texts[field] = (value or "").strip()
        if not texts[field]:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填写{value1}"), value1=LABELS[field])
    now = utcnow()
    with database.atomic():
        ticket = _load(number, lock=True)
        if WrittenReport.select().where(WrittenReport.ticket == ticket.id).exists():
            raise ValidationError("number", QT_TRANSLATE_NOOP("errors", "这张工单已有书面报告"))
        report_id = WrittenReport.insert(ticket=ticket.id, written_at=now, written_by=staff_id,
                                         **texts).execute()
        for field, text in texts.items():
            audit.record("report", staff_id, ticket_id=ticket.id, entity="written_report",
                         entity_id=report_id, field=field, new=text, at=now)
    return written_reports(number=number)[0]


def written_reports(start: datetime | None = None, end: datetime | None = None,
                    number: str | None = None) -> list[WrittenReportData]:
    """Written reports in [start, end) (naive UTC), oldest first, for company-wide circulation."""
    query = WrittenReport.select(WrittenReport, Ticket).join(Ticket)
    if start:
        query = query.where(WrittenReport.written_at >= start)
    if end:
        query = query.where(WrittenReport.written_at < end)
    if number:
        query = query.where(Ticket.number == number)
    rows = list(query.order_by(WrittenReport.written_at, WrittenReport.id))
    people = {s.id: s.name for s in Staff.select().where(
        Staff.id.in_({r.written_by_id for r in rows} or {0}))}
    customers = {c.id: c.name for c in Customer.select().where(
        Customer.id.in_({r.ticket.customer_id for r in rows} or {0}))}
    return [WrittenReportData(r.ticket.number, customers.get(r.ticket.customer_id), r.cause,
                              r.measures, r.lessons, r.written_at, people[r.written_by_id])
            for r in rows]
