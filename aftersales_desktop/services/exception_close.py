"""Seed 004 6.1: "异常情况处理完毕后 → 书面报告" — an exception closes only with its written report.

An exception is a ticket with an exception report (异常情况汇报表), or any ticket in the logistics
category: seed 004 section 5 defines 异常情况 as the abnormal events of the operation from the
order on (late dispatch, incidents on the way, late arrival or delivery, damage and shortage,
returned documents late or lost), which is the logistics category of the taxonomy. Rejected
tickets are not closed, so they need no report.

Kept apart from exception_report.py, which imports services.tickets: transition() calls this.
"""
from __future__ import annotations

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.storage.models import Category, Ticket
from aftersales_desktop.storage.models_escalation import ExceptionReport, WrittenReport
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

LOGISTICS = "logistics"


def is_exception(ticket: Ticket) -> bool:
    if ExceptionReport.select().where(ExceptionReport.ticket == ticket.id).exists():
        return True
    return ticket.category_id is not None and Category.select().where(
        (Category.id == ticket.category_id) & (Category.code == LOGISTICS)).exists()


def check_can_close(ticket: Ticket) -> None:
    """Raise ValidationError("written_report") when an exception has no written report yet."""
    if is_exception(ticket) and not WrittenReport.select().where(
            WrittenReport.ticket == ticket.id).exists():
        raise ValidationError("written_report",
                              QT_TRANSLATE_NOOP("errors", "异常情况须先提交书面报告（原因、措施、经验教训）才能结案"))
