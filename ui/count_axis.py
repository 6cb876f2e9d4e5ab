"""The value axis of the dashboard's charts: whole numbers only, each tick a different number.

QValueAxis.applyNiceNumbers() on a small maximum (1, 2, 3) gives fractional ticks that the
"%d" format prints twice ("0, 0, 1, 1"); here the step is a whole 1, 2 or 5 × 10ⁿ and the top a
multiple of it."""
from __future__ import annotations

import math

from PySide6.QtCharts import QValueAxis

MAX_TICKS = 6  # intervals


def count_range(maximum: float, headroom: float) -> tuple[int, int]:
    """(top, step) for counts up to `maximum` with `headroom` (1.15: room for the bar labels)."""
    wanted = max(maximum * headroom, 1)
    step = 1
    while math.ceil(wanted / step) > MAX_TICKS:
        step = _next_step(step)
    return step * math.ceil(wanted / step), step


def _next_step(step: int) -> int:
    """1, 2, 5, 10, 20, 50, …"""
    power = 10 ** int(math.log10(step))
    lead = step // power
    return (2 if lead == 1 else 5 if lead == 2 else 10) * power


def count_axis(maximum: float, headroom: float) -> QValueAxis:
    top, step = count_range(maximum, headroom)
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, top)
    axis.setTickCount(top // step + 1)
    return axis
