"""The dashboard's value axes show whole, distinct numbers (seen: "0, 0, 1, 1" for a maximum of 1)."""
from __future__ import annotations

import pytest

from ui.count_axis import MAX_TICKS, count_axis, count_range


@pytest.mark.parametrize("maximum", [0, 1, 2, 3, 5, 7, 9, 10, 13, 48, 99, 100, 999, 370_246])
@pytest.mark.parametrize("headroom", [1.1, 1.15])
def test_ticks_are_distinct_whole_numbers_above_the_maximum(maximum, headroom):
    top, step = count_range(maximum, headroom)
    assert step >= 1 and top % step == 0
    assert top >= maximum * headroom
    assert 1 <= top // step <= MAX_TICKS
    assert str(step).strip("0") in ("1", "2", "5")
    ticks = [step * i for i in range(top // step + 1)]
    assert len(set(ticks)) == len(ticks)


def test_axis_of_a_maximum_of_one(qtbot):
    axis = count_axis(1, 1.15)
    assert (axis.min(), axis.max()) == (0, 2)
    assert axis.tickCount() == 3
