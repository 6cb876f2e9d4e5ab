"""Retention of personal data: closed tickets older than N years lose their person
(services.anonymise) by a job that reports what it did.

The setting `privacy.retention_years` is off until the company sets it (1–30 years): the
deletion cannot be undone, and how long records must be kept depends on the business (the
E-Commerce Law, art. 31, asks online sellers for at least three years after the transaction).
"Older" counts from the ticket's last change (a closed ticket changes when it is closed or
reopened), in Asia/Shanghai dates. Customers without any ticket (imported from a customer
file) are removed whole once their own last change is that old
(services.retention_customers). The job runs at the first start of the day after the daily
backup (ui.daily_jobs), from 设置 › 个人信息, and as `aftersales retention run`.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

from peewee import fn

from aftersales_desktop.domain.clock import day_start_utc, iso_utc, local_today, utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.settings_registry import setting
from aftersales_desktop.domain.permissions import ANONYMISE
from aftersales_desktop.services import audit, settings
from aftersales_desktop.services.anonymise import finish, remove_person, secrets_of
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.retention_customers import idle_customers
from aftersales_desktop.services.search_index import compact_after_anonymising
from aftersales_desktop.storage.models import Ticket, database
from aftersales_desktop.storage.models_privacy import TicketPrivacy
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

YEARS_KEY = "privacy.retention_years"
LAST_RUN_KEY = "privacy.retention_last_run"
MIN_YEARS, MAX_YEARS = setting(YEARS_KEY).low, setting(YEARS_KEY).high
BATCH = 50  # customers per round; each customer is one transaction


@dataclass(frozen=True)
class RetentionReport:
    years: int | None
    cutoff: str | None  # local date: closed tickets last changed before it
    due: int  # tickets found due
    tickets: int  # tickets anonymised (0 in a dry run)
    customers: int  # customers removed entirely
    files_removed: int
    dry_run: bool
    at: str
    idle: int = 0  # customers without tickets found due (each removed whole)

    def as_json(self) -> dict:
        return asdict(self)

    def text(self) -> Text:
        """The daily note / report line (a Text: the window shows it translated)."""
        if self.years is None:
            return Text(QT_TRANSLATE_NOOP("errors", "未设置保留期限：不自动删除个人信息。"))
        if self.dry_run:
            return Text(QT_TRANSLATE_NOOP("errors", "保留期限 {years} 年：{cutoff} 之前关闭的工单中有 "
                                          "{due} 张仍带有客户个人信息，将被匿名化{idle}。"),
                        years=self.years, cutoff=self.cutoff, due=self.due,
                        idle=self._idle_text(False))
        return Text(QT_TRANSLATE_NOOP("errors", "保留期限 {years} 年：已匿名化 {tickets} 张 {cutoff} "
                                      "之前关闭的工单，其中 {customers} 位客户的信息已全部删除{idle}，"
                                      "删除证据文件 {files} 个。"),
                    years=self.years, tickets=self.tickets, cutoff=self.cutoff,
                    customers=self.customers - self.idle, idle=self._idle_text(True),
                    files=self.files_removed)

    def _idle_text(self, done: bool) -> Text | str:
        if not self.idle:
            return ""
        if done:
            return Text(QT_TRANSLATE_NOOP("errors", "；另有 {idle} 位没有工单的客户（{cutoff} 之前导入、"
                                          "之后未再变更）已删除"), idle=self.idle, cutoff=self.cutoff)
        return Text(QT_TRANSLATE_NOOP("errors", "；另有 {idle} 位没有工单的客户（{cutoff} 之前导入、"
                                      "之后未再变更）将被删除"), idle=self.idle, cutoff=self.cutoff)


def retention_years() -> int | None:
    return settings.get(YEARS_KEY)


def set_retention_years(years: int | None, actor: str) -> int | None:
    """Set (or with None / 0 switch off) the retention period; audited."""
    if years is not None and (isinstance(years, bool) or not isinstance(years, int)):
        raise ValidationError("retention_years", QT_TRANSLATE_NOOP("errors", "保存期限应为 {MIN_YEARS} 到 {MAX_YEARS} 的整年数，填 0 表示不清理；收到 {years!r}"), MIN_YEARS=MIN_YEARS, MAX_YEARS=MAX_YEARS, years=years)
    settings.set_values({YEARS_KEY: years or ""}, actor, fields={YEARS_KEY: "retention_years"})
    return retention_years()


def cutoff_date(years: int, today: date | None = None) -> date:
    today = today or local_today()
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def _due(cutoff: datetime):
    return (Ticket.select(Ticket.id, Ticket.customer)
            .join(TicketPrivacy, on=(TicketPrivacy.id == Ticket.id))
            .where((Ticket.state == "closed") & (Ticket.updated_at < cutoff)
                   & TicketPrivacy.anonymised_at.is_null()))


def run_retention(actor: str | None = None, dry_run: bool = False,
                  today: date | None = None) -> RetentionReport:
    """Anonymise what the retention period says is due. `actor` None: the daily job of the
    program (no one signed in acts; the setting was made by someone allowed to); a person
    needs ANONYMISE."""
    staff_id = require(actor, ANONYMISE).id if actor is not None else None
    years = retention_years()
    now = utcnow()
    if years is None:
        return RetentionReport(None, None, 0, 0, 0, 0, dry_run, iso_utc(now))
    day = cutoff_date(years, today)
    cutoff = day_start_utc(day)
    due = _due(cutoff).count()
    idle = idle_customers(cutoff)
    tickets = customers = files = 0
    while not dry_run:
        batch = [c for c, in _due(cutoff).select(Ticket.customer).distinct()
                 .order_by(Ticket.customer).limit(BATCH).tuples()]
        if not batch:
            break
        for customer_id in batch:
            ids = [t for t, _ in _due(cutoff).where(Ticket.customer == customer_id).tuples()]
            done = _one_customer(customer_id, ids, staff_id)
            tickets += done[0]
            customers += done[1]
            files += done[2]
    for customer_id in [] if dry_run else idle:
        files += _idle_customer(customer_id, staff_id)
        customers += 1
    report = RetentionReport(years, day.isoformat(), due, tickets, customers, files, dry_run,
                             iso_utc(now), len(idle))
    if not dry_run:
        _record(report, staff_id)
        compact_after_anonymising()
    return report


def _one_customer(customer_id: int, ids: list[int], staff_id: int | None) -> tuple[int, int, int]:
    """(tickets, 1 when the whole customer went, files removed)."""
    with database.atomic():
        others = (Ticket.select(fn.COUNT(Ticket.id))
                  .join(TicketPrivacy, on=(TicketPrivacy.id == Ticket.id))
                  .where((Ticket.customer == customer_id) & Ticket.id.not_in(ids)
                         & TicketPrivacy.anonymised_at.is_null()).scalar())
        whole = others == 0
        work = remove_person(customer_id, None if whole else ids,
                             secrets_of(customer_id), staff_id)
    report = finish(work)
    return report.tickets, int(whole), report.files_removed


def _idle_customer(customer_id: int, staff_id: int | None) -> int:
    """Remove a customer without tickets whole; the files removed (none: files are tickets')."""
    with database.atomic():
        work = remove_person(customer_id, None, secrets_of(customer_id), staff_id)
        audit.record("anonymise", staff_id, entity="customer", entity_id=customer_id,
                     field="personal_data", new="客户个人信息已删除：保留期限已到，没有工单")
    return finish(work).files_removed


def _record(report: RetentionReport, staff_id: int | None) -> None:
    with database.atomic():
        settings.write_state(LAST_RUN_KEY, json.dumps(report.as_json(), ensure_ascii=False))
        if report.tickets or report.customers:
            audit.record("retention", staff_id, entity="setting", field=YEARS_KEY,
                         new=report.text())


def last_run() -> RetentionReport | None:
    value = settings.read_state(LAST_RUN_KEY)
    if not value:
        return None
    try:
        return RetentionReport(**json.loads(value))
    except (TypeError, ValueError):
        return None
