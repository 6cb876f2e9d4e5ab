"""The register's row grid at size, without a database: every row once, the header on every
page, Chinese wrapped as ReportLab's CJK rules allow, progress and cancel."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.printing.base import RenderCancelled, RenderJob
from aftersales_desktop.printing.canvas_text import wrap_lines
from aftersales_desktop.printing.fonts import register_fonts, text_width
from aftersales_desktop.printing.register_pdf import ComplaintRegisterRenderer
from aftersales_desktop.services.complaint_register import RegisterData, RegisterFilter, RegisterRow
from tests.unit.pdf_checks import fonts, pages_text

TEXT = "客户反映快递显示已签收，但没有收到包裹。电饭煲外壳破损，无法正常加热；运单SF1234567890"


def register_of(count: int) -> RegisterData:
    rows = tuple(RegisterRow(i, f"SH20261122-{i:04d}", datetime(2026, 11, 22, 9, 30, tzinfo=SHANGHAI),
                             "王芳", "139****5678", "微信", "物流配送问题/商品破损",
                             TEXT[: 20 + i % 40], "张伟", ("met", "missed", "open", None)[i % 4],
                             "已关闭", str(1 + i % 5)) for i in range(count))
    return RegisterData(RegisterFilter(date(2026, 11, 1), date(2026, 11, 30)),
                        (("受理日期", "2026-11-01 至 2026-11-30"),), rows, False,
                        {"已关闭": count}, {"物流配送问题": count}, {"按时": count // 4})


def test_every_row_once_and_the_header_on_every_page():
    pdf = ComplaintRegisterRenderer(register_of(600), "示例公司").render()
    pages = pages_text(pdf)
    assert len(pages) > 10
    body = [p for p in pages if "SH20261122-" in p]
    assert all("工单编号受理时间客户电话" in p for p in body)  # the header row repeats
    text = "".join(pages)
    assert all(text.count(f"SH20261122-{i:04d}") == 1 for i in range(600))
    assert all(f"第{n}页/共{len(pages)}页" in pages[n - 1] for n in range(1, len(pages) + 1))
    assert "投诉总数600张" in pages[-1] and all(fonts(pdf).values())


def test_lines_fit_and_no_line_starts_with_closing_punctuation():
    register_fonts()
    lines = wrap_lines(TEXT * 2, 120, 7.5)
    assert len(lines) > 3 and "".join(lines) == TEXT * 2
    assert all(text_width(line, 7.5) <= 120.01 for line in lines)
    assert not any(line[0] in "，。；、）" for line in lines)
    assert wrap_lines("第一行\n第二行", 500, 7.5) == ("第一行", "第二行")


def test_progress_is_reported_and_cancel_stops_the_render():
    seen = []
    job = RenderJob(lambda done, total, what: seen.append((done, total, what)))
    ComplaintRegisterRenderer(register_of(300), None).render(job)
    pages = [s for s in seen if s[2] == "排版"]
    assert len(pages) >= 5 and pages[-1][0] <= pages[-1][1]

    def cancel_on_third_page(done, total, what):
        if what == "排版" and done == 3:
            job.cancel()

    job = RenderJob(cancel_on_third_page)
    with pytest.raises(RenderCancelled):
        ComplaintRegisterRenderer(register_of(300), None).render(job)
