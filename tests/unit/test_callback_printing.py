"""The printed register shows each ticket's latest callback scores; the printed service record
lists every call: satisfaction from services.satisfaction, both engines."""
from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.printing import documents
from aftersales_desktop.services.callbacks import record_call
from aftersales_desktop.services.complaint_register import RegisterFilter
from aftersales_desktop.services.resolution import resolve_ticket
from tests.unit.pdf_checks import pages_text

from .callback_helpers import HAPPY, NO_ANSWER, add_callback_crew, open_task, ticket_in_progress


def test_register_and_service_record_carry_the_callbacks(db):
    add_callback_crew()
    number = ticket_in_progress()
    resolve_ticket(number, "exchange", "已换新机", actor="zhang")
    record_call(open_task(number).id, NO_ANSWER, actor="sun")
    record_call(open_task(number).id, HAPPY, actor="sun")
    today = local_today()
    register = "".join(pages_text(documents.register_pdf(RegisterFilter(today, today))))
    assert "解决5态度4" in register and "5.00（1次回访）" in register
    record = "".join(pages_text(documents.ticket_pdf(number, db.attachments_dir)))
    assert "回访第1次：未接通（无人接听）" in record
    assert "回访第2次：已接通，问题已解决，满意" in record
    assert "客户原话：“换了新的，用着挺好”" in record
