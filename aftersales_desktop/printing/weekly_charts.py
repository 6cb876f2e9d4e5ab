"""The charts of the weekly meeting pack, drawn by ReportLab's own graphics
(reportlab.graphics.charts): grouped bars this week / previous week / four-week average, and
horizontal bars of the top causes. Labels are drawn run by run like canvas_text (Droid Sans
Fallback for Chinese, Roboto for the Latin letters and digits it lacks), so no label shows
boxes."""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors

from aftersales_desktop.printing.fonts import LATIN, runs, text_width
from aftersales_desktop.services.weekly_counts import CompareRow

SERIES = (("本周", colors.HexColor("#1f5f99")), ("上周", colors.HexColor("#8fb3d9")),
          ("前四周平均", colors.HexColor("#c9a227")))
LABEL_SIZE = 7.5


def text_group(x: float, y: float, text: str, size: float, anchor: str = "start",
               color=colors.black) -> Group:
    """`text` at baseline `y` as one String per font run; `anchor` start, middle or end."""
    width = text_width(text, size)
    x -= {"start": 0, "middle": width / 2, "end": width}[anchor]
    group = Group()
    for font, piece in runs(text):
        group.add(String(x, y, piece, fontName=font, fontSize=size, fillColor=color))
        x += text_width(piece, size)
    return group


def _short(text: str, width: float, size: float) -> str:
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _axis(chart, top: float) -> None:
    step = max(1, int(top / 5) + (1 if top % 5 else 0)) if top > 5 else 1
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step * 5, step * (int(top / step) + 1)) if top else 5
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")


def _legend(drawing: Drawing, x: float, y: float) -> None:
    for label, colour in SERIES:
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(text_group(x + 11, y, label, 8))
        x += 20 + text_width(label, 8)


def comparison_chart(rows: list[CompareRow], width: float, height: float = 190) -> Drawing:
    """Grouped bars per row (e.g. per category): this week, previous week, 4-week average."""
    drawing = Drawing(width, height, initialFontName=LATIN)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 42, width - 44, height - 70
    chart.data = [[r.this_week for r in rows] or [0], [r.previous_week for r in rows] or [0],
                  [round(r.average, 2) for r in rows] or [0]]
    for index, (_, colour) in enumerate(SERIES):
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
    chart.groupSpacing, chart.barSpacing = 8, 1
    chart.categoryAxis.categoryNames = [""] * max(1, len(rows))
    chart.categoryAxis.labels.fontName = LATIN
    chart.barLabelFormat = lambda v: f"{v:g}" if v else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = LATIN, 6.5
    chart.barLabels.nudge = 6
    _axis(chart, max([max(series) for series in chart.data] + [0]))
    drawing.add(chart)
    slot = chart.width / max(1, len(rows))
    for index, row in enumerate(rows):
        label = _short(row.label, slot - 4, LABEL_SIZE)
        drawing.add(text_group(chart.x + slot * (index + 0.5), chart.y - 12, label, LABEL_SIZE,
                               "middle"))
    _legend(drawing, chart.x, height - 14)
    return drawing


def causes_chart(rows: list[CompareRow], width: float) -> Drawing:
    """Horizontal bars of this week's count per cause, largest on top."""
    label_width = 150
    bar = 14
    height = max(60, 30 + bar * len(rows))
    drawing = Drawing(width, height, initialFontName=LATIN)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 6, 20
    chart.width, chart.height = width - label_width - 20, height - 30
    chart.data = [[r.this_week for r in reversed(rows)] or [0]]
    chart.bars[0].fillColor, chart.bars[0].strokeColor = SERIES[0][1], None
    chart.categoryAxis.categoryNames = [""] * max(1, len(rows))
    chart.categoryAxis.labels.fontName = LATIN
    chart.barLabelFormat = lambda v: f"{v:g}" if v else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = LATIN, 6.5
    chart.barLabels.nudge = 8
    _axis(chart, max(chart.data[0] + [0]))
    drawing.add(chart)
    slot = chart.height / max(1, len(rows))
    for index, row in enumerate(reversed(rows)):
        label = _short(row.label, label_width - 4, LABEL_SIZE)
        drawing.add(text_group(chart.x - 4, chart.y + slot * (index + 0.5) - 2.5, label,
                               LABEL_SIZE, "end"))
    return drawing
