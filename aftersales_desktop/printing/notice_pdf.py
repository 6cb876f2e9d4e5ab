"""奖罚通知书: one notice for a staff member or an outsourced carrier, with the facts and their
tickets, the rule or agreement clause applied, the measure, approval boxes and the seal area."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from aftersales_desktop.printing.base import DocumentRenderer
from aftersales_desktop.printing.canvas_text import draw_text
from aftersales_desktop.printing.fonts import markup
from aftersales_desktop.printing.notice_data import KINDS, RewardPenaltyNotice
from aftersales_desktop.printing.parts import DATE_BLANK, box_table, signature_boxes, signature_lines
from aftersales_desktop.printing.styles import GREY


def _day(value) -> str:
    return f"{value.year}年{value.month}月{value.day}日" if value else DATE_BLANK


class SealArea(Flowable):
    """A dashed circle where the company seal goes, with the company name and date beside it."""

    def __init__(self, company: str | None, issued_on, size: float = 38 * mm):
        super().__init__()
        self.company, self.issued_on, self.size = company, issued_on, size

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return availWidth, self.size

    def draw(self):
        c, r = self.canv, self.size / 2
        cx = self.width - r - 4 * mm
        c.saveState()
        c.setStrokeColor(GREY)
        c.setDash(3, 2)
        c.circle(cx, r, r - 1)
        c.restoreState()
        draw_text(c, cx, r - 2, "（盖章处）", 8, "center", GREY)
        draw_text(c, cx - r - 6 * mm, r + 4 * mm, self.company or "", 10.5, "right")
        draw_text(c, cx - r - 6 * mm, r - 4 * mm, _day(self.issued_on), 10.5, "right")


class RewardPenaltyNoticeRenderer(DocumentRenderer):
    def __init__(self, notice: RewardPenaltyNotice, company: str | None, **kwargs):
        super().__init__(company, **kwargs)
        self.notice = notice
        self.title = notice.title

    def _recipient(self) -> str:
        n = self.notice
        if n.recipient_kind == "carrier":  # staff: name (department)
            agreement = f"，运输协议 {n.agreement_no}" if n.agreement_no else ""
            return f"{n.recipient}（外协承运商{agreement}）"
        if n.recipient_kind == "department":
            return f"{n.recipient}（团队）"
        return f"{n.recipient}（{n.department}）" if n.department else n.recipient

    def story(self) -> list:
        s, n, w = self.styles, self.notice, self.frame_width
        number = Paragraph(markup(f"编号：{n.number}"), s["CellRight"])
        verb = "予以奖励" if n.kind == "reward" else "予以处罚"
        tickets = "、".join(n.ticket_numbers) or "—"
        lead = (f"致 {self._recipient()}：<br/>"
                f"经核查，现就以下事实{verb}，特此通知。")
        rows = [("通知对象", self._recipient()),
                ("奖罚类别", KINDS[n.kind]), ("涉及工单", tickets), ("事实经过", n.facts),
                ("依据（制度条款 / 运输协议条款）", n.basis), ("奖罚措施", n.measure),
                ("金额", n.amount_text() or "（无金额）"),
                ("提议人", f"{n.proposer or ''}　{_day(n.proposed_on) if n.proposed_on else ''}"),
                ("生效日期", _day(n.effective_on or n.issued_on))]
        approvals = [("提议人", n.proposer, None, _day(n.proposed_on) if n.proposed_on else None)]
        approvals += [(a.role, a.name, a.opinion, _day(a.approved_on) if a.approved_on else None)
                      for a in n.approvals]
        return [Paragraph(markup(self.title), s["DocTitle"]), number, Spacer(1, 4 * mm),
                Paragraph(_lead_markup(lead), s["Body"]), Spacer(1, 3 * mm),
                box_table(rows, s, w, label_width=0.24), Spacer(1, 5 * mm),
                Paragraph(markup("审批"), s["Heading"]),
                signature_boxes(approvals, s, w),
                Spacer(1, 6 * mm),
                KeepTogether([SealArea(self.company, n.issued_on), Spacer(1, 6 * mm),
                              signature_lines(["被通知人签收", "日期"], s, w)])]


def _lead_markup(text: str) -> str:
    return "<br/>".join(markup(line) for line in text.split("<br/>"))
