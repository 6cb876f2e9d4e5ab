"""空白受理单: the intake form on paper for when the power or network is down or on home visits,
with a box for every field of the 受理 screen in the same groups, typed in later."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table

from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES
from aftersales_desktop.domain.intake_layout import CALL_FIELDS, CALL_TITLE, EVIDENCE_TITLE, SECTIONS
from aftersales_desktop.printing.base import DocumentRenderer
from aftersales_desktop.printing.fonts import markup
from aftersales_desktop.printing.form_boxes import DigitBoxes, TickBoxes
from aftersales_desktop.printing.parts import DATE_BLANK, form_style, signature_lines
from aftersales_desktop.printing.styles import SHADE

WIDE = {"customer.phone", "channel", "category"}
ROW = 8 * mm


class BlankIntakeFormRenderer(DocumentRenderer):
    title = "客户投诉受理单（离线填写）"
    margins = (14 * mm, 14 * mm, 18 * mm, 14 * mm)

    def __init__(self, categories: list[str], company: str | None, copies: int = 1, **kwargs):
        super().__init__(company, **kwargs)
        self.categories = categories
        self.copies = copies

    def _value(self, key: str, kind: str):
        if key == "customer.phone":
            return DigitBoxes(11)
        choices = {"channel": list(CHANNELS.values()), "priority": list(PRIORITIES.values()),
                   "category": self.categories or ["（见分类表）"]}.get(key)
        if choices:
            return TickBoxes(choices)
        if kind == "gender":
            return TickBoxes(list(GENDERS.values()))
        if kind == "check":
            return TickBoxes(["是", "否"])
        if kind == "date":
            return Paragraph(markup(DATE_BLANK), self.styles["Value"])
        return ""

    def _group(self, title: str, spec, columns: int) -> list:
        """Short fields `columns` to a row; the description, the choices and the phone take a
        whole row each."""
        s, w = self.styles, self.frame_width
        label_w = 22 * mm
        rows, heights, spans, row = [], [], [], []

        def close_row():
            if row:
                rows.append(row + ["", ""] * (columns - len(row) // 2))
                heights.append(ROW)
                row.clear()

        for key, label, kind in spec:
            cells = [Paragraph(markup(label), s["Label"]), self._value(key, kind)]
            if kind == "text" or key in WIDE:
                close_row()
                spans.append(len(rows))
                rows.append(cells + ["", ""] * (columns - 1))
                heights.append(30 * mm if kind == "text" else None)
                continue
            row += cells
            if len(row) == 2 * columns:
                close_row()
        close_row()
        table = Table(rows, colWidths=[label_w, w / columns - label_w] * columns,
                      rowHeights=heights)
        extra = [("BACKGROUND", (c, i), (c, i), SHADE) for i in range(len(rows))
                 for c in range(0, 2 if i in spans else 2 * columns, 2)]
        extra += [cmd for i in spans for cmd in (("SPAN", (1, i), (-1, i)),
                                                 ("VALIGN", (0, i), (-1, i), "TOP"))]
        table.setStyle(form_style(extra))
        return [Paragraph(markup(title), s["Heading"]), table]

    def story(self) -> list:
        s, w = self.styles, self.frame_width
        story = []
        self.expected_pages = 2 * self.copies
        for copy in range(self.copies):
            self.job.step(copy, self.copies, "排版")
            head = Table([[Paragraph(markup(f"受理时间：{DATE_BLANK}____时____分"), s["Value"]),
                           Paragraph(markup("受理人："), s["Value"]),
                           Paragraph(markup("工单编号（录入后填写）："), s["Value"])]],
                         colWidths=[w * 0.45, w * 0.2, w * 0.35], rowHeights=[ROW])
            head.setStyle(form_style())
            story += [Paragraph(markup(self.title), s["DocTitle"]),
                      Paragraph(markup("停电、断网或上门服务时手工填写；恢复后请在“受理”界面逐项录入，"
                                       "并把工单编号写在右上角。"), s["DocSubtitle"]),
                      head, *self._group(CALL_TITLE, CALL_FIELDS, 2)]
            for title, spec in SECTIONS.items():
                story += self._group(title, spec, 3 if title != "问题详情与物流" else 2)
            story += [Paragraph(markup(EVIDENCE_TITLE), s["Heading"]),
                      TickBoxes(["照片", "视频", "单据复印件"]),
                      Paragraph(markup("数量及说明：" + "_" * 60), s["Value"]),
                      Spacer(1, 2 * mm),
                      signature_lines(["客户签字", "受理人签字", "录入人 / 日期"], s, w)]
            if copy < self.copies - 1:
                story.append(PageBreak())
        return story
