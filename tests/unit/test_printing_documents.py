"""Service record, exception and written reports, blank form, from the database."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.intake_layout import LABELS, SECTIONS
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.printing import documents
from aftersales_desktop.printing.service_record_pdf import ServiceRecordRenderer
from aftersales_desktop.services.service_record import service_record
from aftersales_desktop.services.ticket_list import exact_number
from tests.unit.pdf_checks import fonts, pages_text
from tests.unit.printing_helpers import COMPANY, build_office


def images_on(pdf: bytes) -> int:
    count = 0
    for page in PdfReader(BytesIO(pdf)).pages:
        objects = (page.get("/Resources") or {}).get("/XObject") or {}
        count += sum(1 for o in objects.values() if o.get_object().get("/Subtype") == "/Image")
    return count


def test_service_record_has_every_part_and_a_qr_code_that_opens_the_ticket(db):
    office = build_office()
    pdf = documents.ticket_pdf(office.quality, db.attachments_dir)
    text = "".join(pages_text(pdf))
    for part in (office.quality, "工单服务记录", "王芳", "139****5678", "TB20261101001", "电饭煲",
                 "MB-40", "收到的电饭煲外壳破损", "商品质量问题", "张伟", "客户资料", "购买信息",
                 "问题详情与物流", "证据（照片、视频）", "red.png", "首次回复客户", "受理了工单",
                 "把状态从已分派改为处理中", "回访记录", COMPANY):
        assert part in text, part
    assert images_on(pdf) == 1  # the photo's thumbnail
    assert all(fonts(pdf).values())
    page = pypdfium2.PdfDocument(pdf)[0].render(scale=3).to_pil()
    scanned = [code.text for code in zxingcpp.read_barcodes(page)]
    assert scanned == [office.quality] and exact_number(scanned[0]) == office.quality


@dataclass(frozen=True)
class Call:  # the shape of services.satisfaction.CallRecord (issue 6)
    kind: str
    attempt_no: int
    at: datetime
    staff_name: str
    reached: bool
    unreached_reason: str | None
    solved: bool | None
    resolution_score: int | None
    attitude_score: int | None
    satisfied: bool | None
    customer_words: str | None


def test_service_record_lists_the_callbacks(sqlite_db):
    office = build_office()
    calls = [Call("callback", 1, utcnow(), "陈静", False, "无人接听", None, None, None, None, None),
             Call("callback", 2, utcnow(), "陈静", True, None, True, 4, 5, True, "换的新锅很好用")]
    data = service_record(office.quality, callbacks=lambda ticket_id: calls)
    text = "".join(pages_text(ServiceRecordRenderer(data, COMPANY).render()))
    assert "回访第1次：未接通（无人接听）" in text
    assert "回访第2次：已接通，问题已解决，满意；解决4分，态度5分；客户原话：“换的新锅很好用”" in text


def test_exception_and_written_reports(db):
    office = build_office()
    text = "".join(pages_text(documents.exception_report_pdf(office.logistics)))
    for part in ("异常情况汇报表", office.logistics, "李雷", "138****8000", "SF1234567890", "顺丰速运",
                 "托运单TY-20261120-0099", "冰箱送到时外包装和门体严重变形", "已在十分钟内汇报",
                 "承运商装卸不当，门体受压变形", "同意上门换新，今天联系客户", "已约定明天上午送货换新",
                 "承运商装卸责任", "汇报人", "分公司经理"):
        assert part in text, part
    text = "".join(pages_text(documents.written_report_pdf(office.first_day, office.last_day)))
    assert "书面报告" in text and "共1份" in text and "大件家电须固定后运输" in text
    one = "".join(pages_text(documents.written_report_pdf(number=office.logistics.lower())))
    assert office.logistics in one
    with pytest.raises(ValidationError) as caught:
        documents.written_report_pdf(number=office.quality)
    assert caught.value.field == "number"
    with pytest.raises(NotFoundError):
        documents.exception_report_pdf(office.quality)


def test_blank_form_has_a_box_for_every_entry_field(sqlite_db):
    build_office(company=None)
    pdf = documents.blank_form_pdf(copies=2)
    pages = pages_text(pdf)
    assert len(pages) == 2
    for page in pages:
        for label in LABELS.values():
            assert label.replace(" ", "") in page, label
        for title in SECTIONS:
            assert title in page
        assert "24小时热线" in page and "物流配送问题" in page and "未设置单位名称" in page
    assert all(fonts(pdf).values())
    with pytest.raises(ValidationError) as caught:
        documents.blank_form_pdf(copies=0)
    assert caught.value.field == "copies"
