"""客户投诉登记表: A4 landscape, the header row on every page, totals and signatures at the end."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from aftersales_desktop.printing.base import DocumentRenderer
from aftersales_desktop.printing.fonts import markup
from aftersales_desktop.printing.grid import RowGrid
from aftersales_desktop.printing.parts import box_table, signature_lines
from aftersales_desktop.services.complaint_register import DEADLINE_LABELS, RegisterData

HEADER = ["工单编号", "受理时间", "客户", "电话", "受理渠道", "投诉类别", "问题摘要", "处理人",
          "时限", "处理结果", "回访满意度"]
FRACTIONS = [0.105, 0.07, 0.065, 0.08, 0.065, 0.10, 0.255, 0.06, 0.045, 0.095, 0.06]


class ComplaintRegisterRenderer(DocumentRenderer):
    title = "客户投诉登记表"
    landscape = True
    margins = (12 * mm, 12 * mm, 18 * mm, 14 * mm)

    def __init__(self, data: RegisterData, company: str | None, **kwargs):
        super().__init__(company, **kwargs)
        self.data = data

    def _cells(self):
        for r in self.data.rows:
            yield (r.number, r.received_at.strftime("%Y-%m-%d\n%H:%M"), r.customer, r.phone,
                   r.channel, r.category, r.summary, r.handler,
                   DEADLINE_LABELS.get(r.deadline, "—"), r.outcome, r.satisfaction or "—")

    def story(self) -> list:
        s = self.styles
        conditions = "　".join(f"{label}：{value}" for label, value in self.data.conditions)
        privacy = "电话完整显示" if self.data.unmasked else "电话已隐去中间四位"
        head = [Paragraph(markup(self.title), s["DocTitle"]),
                Paragraph(markup(f"{conditions}　共 {len(self.data.rows)} 张　{privacy}"),
                          s["DocSubtitle"])]
        grid = RowGrid(HEADER, list(self._cells()), FRACTIONS, s["RegisterCell"],
                       s["RegisterHead"], warn={8: {"超时"}},
                       progress=lambda done, total: self.job.step(done, total, "整理数据"))
        frame = self.frame_height
        self.expected_pages = grid.pages_estimate(self.frame_width, frame - 22 * mm, frame) + 1
        return [*head, grid, Spacer(1, 5 * mm), KeepTogether(self._totals())]

    def _totals(self) -> list:
        s, d = self.styles, self.data
        total = len(d.rows)
        met, missed = d.by_deadline.get("按时", 0), d.by_deadline.get("超时", 0)
        rate = f"{met / (met + missed):.1%}" if met + missed else "—"
        satisfaction = (f"{d.satisfaction_mean:.2f}（{d.satisfaction_count} 次回访）"
                        if d.satisfaction_mean is not None else "暂无回访评分")

        def listing(counts: dict[str, int]) -> str:
            return "　".join(f"{k} {v}" for k, v in counts.items()) or "—"

        rows = [("投诉总数", f"{total} 张"), ("按状态", listing(d.by_state)),
                ("按类别", listing(d.by_category)),
                ("时限", f"{listing(d.by_deadline)}　按时率 {rate}"),
                ("回访满意度（平均）", satisfaction)]
        table: Table = box_table(rows, s, self.frame_width, label_width=0.16)
        return [Paragraph(markup("合计"), s["Heading"]), table, Spacer(1, 8 * mm),
                signature_lines(["制表人", "审核人", "日期"], s, self.frame_width)]
