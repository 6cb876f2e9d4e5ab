"""A dashboard chart's numbers as a table — the screen's table and its Excel sheet are the same
rows — and the Excel export (needs 导出数据; written to the audit trail)."""
from __future__ import annotations

from pathlib import Path

from aftersales_desktop.domain.permissions import EXPORT
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.statistics import Chart, Dashboard, StatRow
from aftersales_desktop.services.xlsx_table import Sheet, write_workbook
from aftersales_desktop.storage.models import database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

HEADERS = (QT_TRANSLATE_NOOP("ChartPanel", "项目"), QT_TRANSLATE_NOOP("ChartPanel", "工单数"), QT_TRANSLATE_NOOP("ChartPanel", "占比（%）"), QT_TRANSLATE_NOOP("ChartPanel", "按时"), QT_TRANSLATE_NOOP("ChartPanel", "超时"), QT_TRANSLATE_NOOP("ChartPanel", "按时率（%）"), QT_TRANSLATE_NOOP("ChartPanel", "已回访"), QT_TRANSLATE_NOOP("ChartPanel", "满意"),
           QT_TRANSLATE_NOOP("ChartPanel", "满意率（%）"), QT_TRANSLATE_NOOP("ChartPanel", "平均处理时长（小时）"))
WIDTHS = (22, 10, 10, 8, 8, 12, 10, 8, 12, 20)


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def table_row(row: StatRow, total: int) -> tuple:
    hours = row.average_hours
    return (row.label, row.count, _percent(row.count / total) if total else None, row.on_time,
            row.late, _percent(row.on_time_rate), row.called, row.satisfied,
            _percent(row.satisfied_share), None if hours is None else round(hours, 1))


def chart_table(chart: Chart, total: StatRow) -> list[tuple]:
    """The chart's rows, then 合计 (every ticket of the period counts once in each chart)."""
    return [table_row(r, total.count) for r in chart.rows] + [table_row(total, total.count)]


def export_chart(actor: str, board: Dashboard, key: str, path: Path | str) -> int:
    """Write chart `key` of `board` to the workbook at `path`; returns the rows written."""
    staff = require(actor, EXPORT)
    chart = board.charts[key]
    title = f"{chart.title} {board.period.start:%Y%m%d}-{board.period.end:%Y%m%d}"
    count = write_workbook(path, [Sheet(title, HEADERS, chart_table(chart, board.total),
                                        WIDTHS)])
    with database.atomic():
        audit.record("export", staff.id, entity="statistics", field=key,
                     new=f"{chart.title}（{board.period.label}）→ {Path(path).name}")
    return count
