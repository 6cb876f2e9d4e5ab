"""Each printable document from the database to PDF bytes: read its data through the services,
render it. The CLI and the 打印 screen call these (the screen on a worker thread).

`actor` prints: only tickets they see (services.scoping), their name as 打印人, and full
personal data only with `unmasked` and the permission 打印完整个人信息 (refused otherwise, and the
refusal audited); a full print is an audit event like a reveal on screen."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from aftersales_desktop.domain.clock import day_start_utc
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import PRINT_UNMASKED
from aftersales_desktop.printing.base import RenderJob
from aftersales_desktop.printing.blank_form_pdf import BlankIntakeFormRenderer
from aftersales_desktop.printing.exception_report_pdf import ExceptionReportRenderer
from aftersales_desktop.printing.notice_data import RewardPenaltyNotice
from aftersales_desktop.printing.notice_pdf import RewardPenaltyNoticeRenderer
from aftersales_desktop.printing.register_pdf import ComplaintRegisterRenderer
from aftersales_desktop.printing.service_record_pdf import ServiceRecordRenderer
from aftersales_desktop.printing.weekly_pack_pdf import WeeklyPackRenderer
from aftersales_desktop.printing.written_report_pdf import WrittenReportRenderer
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.company import company_name
from aftersales_desktop.services.complaint_register import RegisterFilter, register_data
from aftersales_desktop.services.exception_report import exception_report, written_reports
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import acting, require, require_visible
from aftersales_desktop.services.satisfaction import callbacks_for_ticket, satisfaction_for_tickets
from aftersales_desktop.services.reward_notice import notice_for
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.services.service_record import service_record
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.services.weekly_pack import weekly_pack
from aftersales_desktop.storage.models import Ticket, database

DOCUMENTS = {"register": QT_TRANSLATE_NOOP("documents", "客户投诉登记表"), "ticket": QT_TRANSLATE_NOOP("documents", "工单服务记录"),
             "exception-report": QT_TRANSLATE_NOOP("documents", "异常情况汇报表"), "written-report": QT_TRANSLATE_NOOP("documents", "书面报告"),
             "blank-form": QT_TRANSLATE_NOOP("documents", "空白受理单"), "notice": QT_TRANSLATE_NOOP("documents", "奖罚通知书"), "weekly": QT_TRANSLATE_NOOP("documents", "客诉分析例会资料")}
MAX_COPIES = 50


def _job(job: RenderJob | None) -> RenderJob:
    job = job or RenderJob()
    job.step(0, 0, "读取数据")
    return job


def _printer(actor: str, unmasked: bool, what: str, number: str | None = None) -> StaffRow:
    """Who prints; with `unmasked`, their permission checked and the full print audited."""
    staff = acting(actor)
    if number is not None:
        require_visible(staff, number)
    if unmasked:
        require(actor, PRINT_UNMASKED)
        ticket_id = Ticket.select(Ticket.id).where(Ticket.number == number).scalar() \
            if number else None
        with database.atomic():
            audit.record("print_unmasked", staff.id, entity="ticket" if ticket_id else "print",
                         entity_id=ticket_id, field="contact", new=f"{what}（完整个人信息）")
    return staff


def register_pdf(f: RegisterFilter, job: RenderJob | None = None, actor: str = "admin",
                 unmasked: bool = False) -> bytes:
    job = _job(job)
    staff = _printer(actor, unmasked, f"{DOCUMENTS['register']} {f.date_from} 至 {f.date_to}")
    data = register_data(replace(f, viewer=staff.login), unmasked=unmasked,
                         satisfaction=satisfaction_for_tickets)
    return ComplaintRegisterRenderer(data, company_name(), printed_by=staff.name).render(job)


def ticket_pdf(number: str, attachments_dir: Path | None, job: RenderJob | None = None,
               actor: str = "admin", unmasked: bool = False) -> bytes:
    job, number = _job(job), _number(number)
    staff = _printer(actor, unmasked, f"{DOCUMENTS['ticket']} {number}", number)
    data = service_record(number, attachments_dir, unmasked=unmasked,
                          callbacks=callbacks_for_ticket)
    return ServiceRecordRenderer(data, company_name(), printed_by=staff.name).render(job)


def exception_report_pdf(number: str, job: RenderJob | None = None, actor: str = "admin",
                         unmasked: bool = False) -> bytes:
    job, number = _job(job), _number(number)
    staff = _printer(actor, unmasked, f"{DOCUMENTS['exception-report']} {number}", number)
    data = exception_report(number)
    return ExceptionReportRenderer(data, company_name(), unmasked=unmasked,
                                   printed_by=staff.name).render(job)


def written_report_pdf(date_from: date | None = None, date_to: date | None = None,
                       number: str | None = None, job: RenderJob | None = None,
                       actor: str = "admin") -> bytes:
    """The written reports of a period (by the date written, Shanghai), or of one ticket,
    of the tickets `actor` sees."""
    job = _job(job)
    if number:
        number = _number(number)
        staff = _printer(actor, False, DOCUMENTS["written-report"], number)
        reports, period = written_reports(number=number), None
        if not reports:
            raise ValidationError("number", QT_TRANSLATE_NOOP("errors", "工单 {number} 还没有书面报告"), number=number)
    else:
        if date_from is None or date_to is None:
            raise ValidationError("from", QT_TRANSLATE_NOOP("errors", "请给出撰写日期范围或工单编号"))
        if date_to < date_from:
            raise ValidationError("to", QT_TRANSLATE_NOOP("errors", "结束日期早于开始日期"))
        staff = _printer(actor, False, DOCUMENTS["written-report"])
        reports = written_reports(day_start_utc(date_from),
                                  day_start_utc(date_to + timedelta(days=1)))
        seen = {n for n, in scoped(Ticket.select(Ticket.number).where(
            Ticket.number.in_([r.number for r in reports] or [""])), staff).tuples()}
        reports = [r for r in reports if r.number in seen]
        period = (date_from, date_to)
    return WrittenReportRenderer(reports, company_name(), period,
                                 printed_by=staff.name).render(job)


def blank_form_pdf(copies: int = 1, job: RenderJob | None = None, actor: str = "admin") -> bytes:
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError("copies", QT_TRANSLATE_NOOP("errors", "份数应在 1 到 {MAX_COPIES} 之间"), MAX_COPIES=MAX_COPIES)
    job = _job(job)
    staff = acting(actor)
    names = [c.name for c in active_categories()]
    return BlankIntakeFormRenderer(names, company_name(), copies,
                                   printed_by=staff.name).render(job)


def notice_pdf(notice: RewardPenaltyNotice, job: RenderJob | None = None,
               printed_by: str | None = None) -> bytes:
    """A notice from its data (notice_record_pdf reads it from a record, with its checks)."""
    return RewardPenaltyNoticeRenderer(notice, company_name(),
                                       printed_by=printed_by).render(_job(job))


def notice_record_pdf(ref, job: RenderJob | None = None, actor: str = "admin") -> bytes:
    """The 奖罚通知书 of an approved, issued or archived record (id or number) `actor` sees."""
    job = _job(job)
    staff = acting(actor)
    return notice_pdf(notice_for(ref, actor), job, printed_by=staff.name)


def weekly_pack_pdf(week, job: RenderJob | None = None, actor: str = "admin") -> bytes:
    """客诉分析例会资料 of `week` ('2026-W47'), of the tickets `actor` sees."""
    job = _job(job)
    pack = weekly_pack(week, actor, progress=lambda done, total, _: job.step(done, total,
                                                                            "读取数据"))
    return WeeklyPackRenderer(pack, company_name(), printed_by=pack.viewer_name).render(job)


def _number(text: str) -> str:
    number = (text or "").strip().upper()
    if not number:
        raise ValidationError("number", QT_TRANSLATE_NOOP("errors", "请填写工单编号，如 SH20261122-0007"))
    return number
