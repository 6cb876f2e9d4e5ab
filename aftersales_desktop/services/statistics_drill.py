"""From a dashboard number to the ticket list's filter that lists exactly its tickets."""
from __future__ import annotations

from datetime import date

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term, Text
from aftersales_desktop.domain.stat_periods import week_days
from aftersales_desktop.services.statistics import CHART_TITLES, Dashboard, StatRow
from aftersales_desktop.services.statistics_dims import Drill
from aftersales_desktop.services.ticket_list import TicketFilter


def drill_filter(board: Dashboard, key: str, row: StatRow | None) -> tuple[TicketFilter, str]:
    """The filter and the line the list shows above it, for row `row` of chart `key`
    (None: the chart's 合计, every ticket of the period)."""
    start, end, drill = board.period.start, board.period.end, None
    if row is not None and key == "day":
        start = end = date.fromisoformat(row.key)
    elif row is not None and key == "week":
        start, end = week_days(row.key, board.period)
    elif row is not None:
        drill = Drill(key, row.key, board.now)
    what = Text(QT_TRANSLATE_NOOP("statistics", "全部工单")) if row is None else Text(
        QT_TRANSLATE_NOOP("statistics", "{chart}：{row}"), chart=Term("ChartPanel", CHART_TITLES[key]),
        row=row.label)
    caption = Text(QT_TRANSLATE_NOOP("statistics", "统计 · {what} · 受理日期 {start} — {end}"),
                   what=what, start=start.isoformat(), end=end.isoformat())
    return TicketFilter(viewer=board.viewer, date_from=start, date_to=end, drill=drill), caption
