"""书面报告 (seed 004 6.1): after an exception is handled, its cause, measures and lessons, circulated
company-wide. One report or all of a period, each with room for the reader's signature."""
from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from aftersales_desktop.printing.base import DocumentRenderer
from aftersales_desktop.printing.exception_report_pdf import when
from aftersales_desktop.printing.fonts import markup
from aftersales_desktop.printing.parts import box_table, field_grid, signature_lines
from aftersales_desktop.services.exception_report import WrittenReportData


class WrittenReportRenderer(DocumentRenderer):
    title = "书面报告"

    def __init__(self, reports: list[WrittenReportData], company: str | None,
                 period: tuple[date, date] | None = None, **kwargs):
        super().__init__(company, **kwargs)
        self.reports = reports
        self.period = period

    def story(self) -> list:
        s, w = self.styles, self.frame_width
        if self.period:
            scope = f"撰写日期 {self.period[0]:%Y-%m-%d} 至 {self.period[1]:%Y-%m-%d}，共 {len(self.reports)} 份"
        else:
            scope = "、".join(r.number for r in self.reports)
        story = [Paragraph(markup(self.title), s["DocTitle"]),
                 Paragraph(markup(scope + "　（全公司通报，请学习经验与教训）"), s["DocSubtitle"])]
        if not self.reports:
            story.append(Paragraph(markup("所选期间没有书面报告。"), s["Body"]))
        self.expected_pages = max(1, len(self.reports))
        for index, r in enumerate(self.reports, 1):
            self.job.step(index, len(self.reports), "整理数据")
            story += [CondPageBreak(70 * mm),
                      Paragraph(markup(f"{index}. 工单 {r.number}"), s["Heading"]),
                      field_grid([("工单编号", r.number), ("客户", r.customer_name),
                                  ("撰写人", r.written_by), ("撰写时间", when(r.written_at))], s, w),
                      Spacer(1, 2 * mm),
                      box_table([("原因", r.cause), ("措施", r.measures), ("经验教训", r.lessons)],
                                s, w),
                      Spacer(1, 4 * mm)]
        story.append(KeepTogether([Spacer(1, 6 * mm),
                                   signature_lines(["通报人", "审阅人", "日期"], s, w)]))
        return story
