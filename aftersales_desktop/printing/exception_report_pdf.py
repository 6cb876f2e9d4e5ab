"""异常情况汇报表 (seed 004 6.3-1): the standard sheet of a logistics exception's information flow,
from receipt through the report to the superior, instructions, execution and follow-up."""
from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.printing.base import DocumentRenderer
from aftersales_desktop.printing.fonts import markup
from aftersales_desktop.printing.parts import box_table, field_grid, signature_lines, titled_listing
from aftersales_desktop.services.exception_report import ExceptionReportData

RULE_TEXT = {"met": "已在十分钟内汇报", "missed": "超过十分钟才汇报", "pending": "尚未汇报（十分钟内）"}


def when(value: datetime | None) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M") if value else ""


class ExceptionReportRenderer(DocumentRenderer):
    title = "异常情况汇报表"

    def __init__(self, data: ExceptionReportData, company: str | None, unmasked: bool = False,
                 **kwargs):
        super().__init__(company, **kwargs)
        self.data = data
        self.unmasked = unmasked

    def story(self) -> list:
        s, d, w = self.styles, self.data, self.frame_width
        phone = (d.customer_phone or "") if self.unmasked else mask_phone(d.customer_phone)
        rule = RULE_TEXT.get(d.ten_minute_rule, d.ten_minute_rule)
        story = [Paragraph(markup(self.title), s["DocTitle"]),
                 Paragraph(markup(f"工单编号 {d.number}"), s["DocSubtitle"]),
                 field_grid([("工单编号", d.number), ("客户", d.customer_name), ("电话", phone),
                             ("运单号", d.waybill), ("承运商", d.carrier),
                             ("相关单据", d.documents)], s, w),
                 Spacer(1, 3 * mm),
                 box_table([("事件经过", d.what_happened)], s, w),
                 Spacer(1, 3 * mm),
                 field_grid([("发生时间", when(d.occurred_at)),
                             ("接到信息时间", when(d.info_received_at)),
                             ("汇报时间", when(d.reported_at)), ("汇报对象", d.reported_to),
                             ("十分钟汇报", rule), ("归档日期", d.archived_on and
                                                   d.archived_on.strftime("%Y-%m-%d"))], s, w),
                 Spacer(1, 3 * mm),
                 box_table([("原因分析", d.cause_analysis), ("建议处理方案", d.proposed_solution)],
                           s, w)]
        story += self._section("上级处理意见", ["批示人", "批示时间", "处理意见", "执行人"],
                               [(i.by, when(i.at), i.text, i.executor) for i in d.instructions],
                               [0.14, 0.18, 0.54, 0.14])
        for title, entries in (("执行情况", d.execution), ("跟进记录", d.follow_ups),
                               ("客户沟通", d.customer_contacts)):
            story += self._section(title, ["时间", "人员", "内容"],
                                   [(when(e.at), e.staff_name, e.text) for e in entries],
                                   [0.18, 0.14, 0.68])
        story += [Spacer(1, 3 * mm),
                  box_table([("客户沟通", d.customer_communication), ("回访结果", d.callback_result),
                             ("责任认定", d.responsibility), ("奖罚决定", d.reward_penalty)], s, w),
                  Spacer(1, 8 * mm),
                  signature_lines(["汇报人", "客服经理", "分公司经理"], s, w)]
        return story

    def _section(self, title, header, rows, fractions) -> list:
        return titled_listing(title, header, rows, fractions, self.styles, self.frame_width)
