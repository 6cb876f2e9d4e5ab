"""Things a pen fills in: tick boxes with their options, and one box per digit."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from aftersales_desktop.printing.canvas_text import draw_text
from aftersales_desktop.printing.fonts import text_width
from aftersales_desktop.printing.styles import RULE

BOX = 3.2 * mm


def draw_boxes(canv, boxes) -> None:
    """Empty squares (x, y, side) to write or tick in."""
    canv.saveState()
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    for x, y, side in boxes:
        canv.rect(x, y, side, side, stroke=1, fill=0)
    canv.restoreState()


class TickBoxes(Flowable):
    """☐ option ☐ option … wrapped over as many lines as the width needs."""

    def __init__(self, options: list[str], size: float = 9, line: float = 6 * mm):
        super().__init__()
        self.options, self.size, self.line = options, size, line
        self._places: list[tuple[float, int, str]] = []

    def wrap(self, availWidth, availHeight):
        x, row, self._places = 0.0, 0, []
        for option in self.options:
            width = BOX + 1.5 * mm + text_width(option, self.size) + 4 * mm
            if x and x + width > availWidth:
                x, row = 0.0, row + 1
            self._places.append((x, row, option))
            x += width
        self.width, self.height = availWidth, (row + 1) * self.line
        return self.width, self.height

    def draw(self):
        boxes = []
        for x, row, option in self._places:
            y = self.height - (row + 1) * self.line + (self.line - BOX) / 2
            boxes.append((x, y, BOX))
            draw_text(self.canv, x + BOX + 1.5 * mm, y + 0.5, option, self.size)
        draw_boxes(self.canv, boxes)


class DigitBoxes(Flowable):
    """`count` boxes side by side, one digit each (a mobile number has 11)."""

    def __init__(self, count: int = 11, box: float = 5.5 * mm):
        super().__init__()
        self.count, self.box = count, box

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.count * self.box, self.box
        return self.width, self.height

    def draw(self):
        draw_boxes(self.canv, [(i * self.box, 0, self.box) for i in range(self.count)])
