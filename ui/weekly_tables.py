"""The tables of the 客诉分析例会 page: a breakdown against the previous week and the four-week
average (this week above the average in red), missed time limits, escalations, satisfaction."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.printing.weekly_pack_pdf import change_text
from aftersales_desktop.services.weekly_counts import CompareRow
from aftersales_desktop.services.weekly_pack import WeeklyPack
from ui.labels import QT_TRANSLATE_NOOP

ABOVE = QColor("#c62828")
BREAKDOWNS = (("by_category", QT_TRANSLATE_NOOP("WeeklySections", "按投诉类别")), ("by_department", QT_TRANSLATE_NOOP("WeeklySections", "按处理部门")),
              ("by_branch", QT_TRANSLATE_NOOP("WeeklySections", "按线路/网点")), ("by_carrier", QT_TRANSLATE_NOOP("WeeklySections", "按承运商")))
COMPARE_HEADERS = (QT_TRANSLATE_NOOP("WeeklySections", "名称"), QT_TRANSLATE_NOOP("WeeklySections", "本周"), QT_TRANSLATE_NOOP("WeeklySections", "上周"), QT_TRANSLATE_NOOP("WeeklySections", "增减"), QT_TRANSLATE_NOOP("WeeklySections", "前四周平均"))
OVERDUE_HEADERS = (QT_TRANSLATE_NOOP("WeeklySections", "工单编号"), QT_TRANSLATE_NOOP("WeeklySections", "类别"), QT_TRANSLATE_NOOP("WeeklySections", "部门"), QT_TRANSLATE_NOOP("WeeklySections", "处理人"), QT_TRANSLATE_NOOP("WeeklySections", "时限"), QT_TRANSLATE_NOOP("WeeklySections", "到期"), QT_TRANSLATE_NOOP("WeeklySections", "完成"), QT_TRANSLATE_NOOP("WeeklySections", "状态"))
ESCALATED_HEADERS = (QT_TRANSLATE_NOOP("WeeklySections", "工单编号"), QT_TRANSLATE_NOOP("WeeklySections", "类别"), QT_TRANSLATE_NOOP("WeeklySections", "升级时间"), QT_TRANSLATE_NOOP("WeeklySections", "上报至"), QT_TRANSLATE_NOOP("WeeklySections", "紧急程度"), QT_TRANSLATE_NOOP("WeeklySections", "状态"), QT_TRANSLATE_NOOP("WeeklySections", "原因分析"))
SATISFACTION_HEADERS = (QT_TRANSLATE_NOOP("WeeklySections", "范围"), QT_TRANSLATE_NOOP("WeeklySections", "接通次数"), QT_TRANSLATE_NOOP("WeeklySections", "处理结果均分"), QT_TRANSLATE_NOOP("WeeklySections", "服务态度均分"), QT_TRANSLATE_NOOP("WeeklySections", "满意率"), QT_TRANSLATE_NOOP("WeeklySections", "问题解决率"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("WeeklyTables", text)


def fill(table: QTableWidget, rows, numeric=(), red: set[int] = frozenset()) -> None:
    """`rows` of texts; columns in `numeric` right-aligned; row indexes in `red` in red."""
    table.setRowCount(len(rows))
    for index, texts in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(str(text))
            item.setToolTip(str(text))
            if column in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if index in red:
                item.setForeground(QBrush(ABOVE))
            table.setItem(index, column, item)


def fill_compare(table: QTableWidget, rows: list[CompareRow], total: CompareRow | None) -> None:
    texts = [(r.label, r.this_week, r.previous_week, change_text(r), f"{r.average:.2f}")
             for r in rows]
    red = {i for i, r in enumerate(rows) if r.this_week > r.average and r.this_week > 0}
    if total is not None and rows:
        texts.append((QCoreApplication.translate("WeeklyTables", "合计"), total.this_week, total.previous_week, change_text(total),
                      f"{total.average:.2f}"))
    fill(table, texts, numeric=(1, 2, 3, 4), red=red)


def _when(value) -> str:
    return to_local(value).strftime("%m-%d %H:%M") if value else "—"


def fill_overdue(table: QTableWidget, pack: WeeklyPack) -> None:
    fill(table, [(r.number, r.category or "—", r.department or "—", r.handler or "—",
                  r.limit_label, _when(r.due_at), _when(r.met_at) if r.met_at else QCoreApplication.translate("WeeklyTables", "未完成"),
                  r.state_label) for r in pack.overdue])


def fill_escalated(table: QTableWidget, pack: WeeklyPack) -> None:
    fill(table, [(r.number, r.category or "—", _when(r.at), r.to_title, r.urgency_label,
                  r.status_label, r.reason) for r in pack.escalated])


def fill_satisfaction(table: QTableWidget, pack: WeeklyPack) -> None:
    sat = pack.satisfaction
    rows = [(QCoreApplication.translate("WeeklyTables", label), r) for label, r in ((QT_TRANSLATE_NOOP("WeeklyTables", "本周"), sat.this_week), (QT_TRANSLATE_NOOP("WeeklyTables", "上周"), sat.previous_week))
            if r]
    rows += [(QCoreApplication.translate("WeeklyTables", "本周 · %1").replace("%1", r.label), r) for r in sat.by_category]
    fill(table, [(label, r.count, f"{r.avg_resolution:.2f}", f"{r.avg_attitude:.2f}",
                  f"{r.satisfied_share * 100:.1f}%", f"{r.solved_share * 100:.1f}%")
                 for label, r in rows], numeric=(1, 2, 3, 4, 5))
