"""客诉分析例会资料 (seed 004 6.2-4): one week's complaints against the previous week and the
four-week average, with charts, the top causes, missed time limits and escalations,
satisfaction, this week's countermeasures and the check of the earlier ones, and room for the
signatures of the meeting."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text
from aftersales_desktop.printing.base import DocumentRenderer
from aftersales_desktop.printing.fonts import markup
from aftersales_desktop.printing.parts import signature_lines, titled_listing
from aftersales_desktop.printing.weekly_charts import causes_chart, comparison_chart
from aftersales_desktop.services.weekly_pack import WeeklyPack
from aftersales_desktop.services.weekly_counts import CompareRow

COMPARE = ("本周", "上周", "增减", "前四周平均")


def change_text(row: CompareRow) -> str:
    return f"+{row.change}" if row.change > 0 else str(row.change)


def _compare_rows(rows: list[CompareRow], total: CompareRow | None = None) -> list[tuple]:
    out = [(r.label, r.this_week, r.previous_week, change_text(r), f"{r.average:.2f}")
           for r in rows]
    if total is not None and rows:
        out.append(("合计", total.this_week, total.previous_week, change_text(total),
                    f"{total.average:.2f}"))
    return out


def section(*args) -> list:
    """A titled listing that starts on the next page when less than 40 mm are left, so that a
    heading never stays alone at the foot of a page."""
    return [CondPageBreak(40 * mm), *titled_listing(*args)]


def _when(value) -> str:
    return to_local(value).strftime("%m-%d %H:%M") if value else "—"


def _share(value: float) -> str:
    return f"{value * 100:.1f}%"


class WeeklyPackRenderer(DocumentRenderer):
    title = "客诉分析例会资料"

    def __init__(self, pack: WeeklyPack, company: str | None, **kwargs):
        super().__init__(company, **kwargs)
        self.pack = pack
        self.expected_pages = 3

    def _summary(self) -> str:
        """The week in three sentences (also shown by the window, translated there)."""
        p, t = self.pack, self.pack.total
        counts = Text(QT_TRANSLATE_NOOP("statistics", "本周受理客诉 {this_week} 件，上周 {previous} 件"
                                                      "（{change}），前四周平均 {average} 件；超时未办结的"
                                                      "时限 {overdue} 项，升级事项 {escalated} 项。"),
                      this_week=t.this_week, previous=t.previous_week, change=change_text(t),
                      average=f"{t.average:.2f}", overdue=p.overdue_total,
                      escalated=p.escalated_total)
        s = p.satisfaction.this_week
        calls = Text(QT_TRANSLATE_NOOP("statistics", "本周回访接通 {count} 次，满意率 {share}，处理结果"
                                                     "平均 {score} 分。"),
                     count=s.count, share=_share(s.satisfied_share),
                     score=f"{s.avg_resolution:.2f}") if s else \
            Text(QT_TRANSLATE_NOOP("statistics", "本周没有接通的回访。"))
        late = sum(1 for r in p.carried_actions if r.status == "late")
        actions = Text(QT_TRANSLATE_NOOP("statistics", "本周布置对策 {new} 项；以前布置、本周检查 "
                                                       "{carried} 项，其中逾期未完成 {late} 项。"),
                       new=len(p.new_actions), carried=len(p.carried_actions), late=late)
        return Text("{counts}{calls}{actions}", counts=counts, calls=calls, actions=actions)

    def story(self) -> list:
        s, w, p = self.styles, self.frame_width, self.pack
        as_of = "（本周尚未结束，数据截至 " + p.as_of.isoformat() + "）" if not p.complete else ""
        story = [Paragraph(markup(self.title), s["DocTitle"]),
                 Paragraph(markup(f"{p.week.label}　{p.week.code}{as_of}　制表：{p.viewer_name}"),
                           s["DocSubtitle"]),
                 Paragraph(markup(self._summary()), s["Body"]),
                 Paragraph(markup("一、按投诉类别（本周 / 上周 / 前四周平均）"), s["Heading"]),
                 comparison_chart(p.by_category, w)]
        fractions = (0.40, 0.15, 0.15, 0.15, 0.15)
        story += titled_listing("各类别件数", ("类别", *COMPARE),
                                _compare_rows(p.by_category, p.total), fractions, s, w)
        self.job.step(1, 4, "整理数据")
        story += [CondPageBreak(60 * mm),
                  Paragraph(markup(f"二、主要原因（本周前 {len(p.top_causes)} 位）"),
                            s["Heading"])]
        if p.top_causes:
            story.append(causes_chart(p.top_causes, w))
        story += titled_listing("各原因件数（问题细分）", ("原因", *COMPARE),
                                _compare_rows(p.top_causes), fractions, s, w)
        for title, rows in (("三、按处理部门", p.by_department), ("四、按线路/网点", p.by_branch),
                            ("五、按承运商", p.by_carrier)):
            story += section(title, (title[2:].lstrip("按"), *COMPARE),
                                    _compare_rows(rows, p.total), fractions, s, w)
        self.job.step(2, 4, "整理数据")
        story += section(
            f"六、本周超时未办结的时限（共 {p.overdue_total} 项"
            f"{'，列出前 ' + str(len(p.overdue)) + ' 项' if p.overdue_total > len(p.overdue) else ''}）",
            ("工单编号", "类别", "部门", "处理人", "时限", "到期", "完成", "状态"),
            [(r.number, r.category or "—", r.department or "—", r.handler or "—", r.limit_label,
              _when(r.due_at), _when(r.met_at) if r.met_at else "未完成", r.state_label)
             for r in p.overdue], (0.17, 0.14, 0.11, 0.1, 0.1, 0.13, 0.13, 0.12), s, w)
        story += section(
            f"七、本周升级事项（共 {p.escalated_total} 项）",
            ("工单编号", "类别", "升级时间", "上报至", "紧急程度", "状态", "原因分析"),
            [(r.number, r.category or "—", _when(r.at), r.to_title, r.urgency_label,
              r.status_label, r.reason) for r in p.escalated],
            (0.17, 0.13, 0.12, 0.12, 0.09, 0.1, 0.27), s, w)
        story += self._satisfaction()
        self.job.step(3, 4, "整理数据")
        story += section(
            "九、本周例会布置的对策（整改措施）",
            ("序号", "对策", "责任人", "完成期限", "类别", "部门"),
            [(i, r.text, r.owner_name, r.deadline.isoformat(), r.category or "—",
              r.department or "—") for i, r in enumerate(p.new_actions, 1)],
            (0.06, 0.44, 0.12, 0.13, 0.13, 0.12), s, w)
        story += section(
            "十、上周及以前布置的对策落实情况",
            ("布置周", "对策", "责任人", "完成期限", "完成日期", "状态"),
            [(r.week.code, r.text, r.owner_name, r.deadline.isoformat(),
              r.done_on.isoformat() if r.done_on and r.status == "done" else "—",
              r.status_label) for r in p.carried_actions],
            (0.12, 0.40, 0.12, 0.12, 0.12, 0.12), s, w)
        story.append(KeepTogether([
            Spacer(1, 6 * mm),
            Paragraph(markup("参加人员：运作项目主管、运作经理、客服经理、单位负责人、客服专员"),
                      s["Note"]),
            signature_lines(["主持人", "记录人", "日期"], s, w)]))
        return story

    def _satisfaction(self) -> list:
        sat = self.pack.satisfaction
        rows = [(label, r.count, f"{r.avg_resolution:.2f}", f"{r.avg_attitude:.2f}",
                 _share(r.satisfied_share), _share(r.solved_share))
                for label, r in (("本周", sat.this_week), ("上周", sat.previous_week)) if r]
        rows += [(f"本周 · {r.label}", r.count, f"{r.avg_resolution:.2f}",
                  f"{r.avg_attitude:.2f}", _share(r.satisfied_share), _share(r.solved_share))
                 for r in sat.by_category]
        return section("八、客户满意度（回访接通的电话）",
                              ("范围", "接通次数", "处理结果均分", "服务态度均分", "满意率",
                               "问题解决率"), rows, (0.3, 0.14, 0.14, 0.14, 0.14, 0.14),
                              self.styles, self.frame_width)
