"""No printed line starts with Chinese closing punctuation: the register grid's splitter and
Paragraph's wordWrap='CJK' both move the mark back to the line before."""
from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from aftersales_desktop.printing.canvas_text import wrap_lines
from aftersales_desktop.printing.fonts import char_width, register_fonts
from aftersales_desktop.printing.line_breaks import NO_LINE_START
from aftersales_desktop.printing.styles import stylesheet

SIZE = 10.0


@pytest.fixture(autouse=True)
def fonts():
    register_fonts()


def _text(mark: str) -> str:
    # the eleventh character is the mark: at a width of ten characters it would start line two
    return "客户反映商品破损严重" + mark + "要求尽快退款并补偿运费损失"


@pytest.mark.parametrize("mark", list("，；：！？）》、。"))
def test_grid_lines_never_start_with_closing_punctuation(mark):
    width = char_width("客", SIZE) * 10 + 0.01
    lines = wrap_lines(_text(mark), width, SIZE)
    assert len(lines) >= 2
    assert not any(line[:1] in NO_LINE_START for line in lines)
    assert "".join(lines) == _text(mark)


@pytest.mark.parametrize("mark", list("，；：！？）》"))
def test_paragraph_lines_never_start_with_closing_punctuation(mark):
    style = next(s for s in stylesheet().byName.values() if getattr(s, "wordWrap", None) == "CJK")
    style = style.clone("probe", fontSize=SIZE, leading=SIZE * 1.4)
    para = Paragraph(_text(mark), style)
    para.wrap(char_width("客", SIZE) * 10 + 0.01, 1000)
    lines = ["".join(getattr(w, "text", w) if not isinstance(w, tuple) else w[1]
                     for w in line.words) if hasattr(line, "words") else "".join(line[1])
             for line in para.blPara.lines]
    assert len(lines) >= 2
    assert "".join(lines) == _text(mark)
    assert not any(line[:1] in NO_LINE_START for line in lines)
