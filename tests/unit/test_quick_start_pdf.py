"""The clerk's quick start (docs/guide/zh/快速上手.md) prints on exactly one A4 page."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.unit.pdf_checks import fonts, page_sizes, pages_text

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("quick_start_pdf",
                                                  ROOT / "tools" / "quick_start_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()
SOURCE = tool.SOURCE.read_text(encoding="utf-8")


def test_the_quick_start_is_one_a4_page_with_embedded_fonts():
    pdf = tool.render()
    assert len(page_sizes(pdf)) == 1
    width, height = page_sizes(pdf)[0]
    assert (round(width), round(height)) == (595, 842)  # A4 portrait in points
    used = fonts(pdf)
    assert used and all(used.values()), used  # every font embedded
    assert {name.split("+")[-1] for name in used} == {"DroidSansFallback", "Roboto-Regular"}
    text = pages_text(pdf)[0]
    for words in ("快速上手", "Ctrl+N", "Ctrl+F", "F5", "Ctrl+D", "第1页/共1页"):
        assert words in text, words


def test_all_ten_daily_tasks_are_on_the_page():
    items = [kind for kind, _ in tool.blocks(SOURCE) if kind == "item"]
    assert len(items) == 10
    text = pages_text(tool.render())[0]
    for _, (number, item) in (b for b in tool.blocks(SOURCE) if b[0] == "item"):
        title = item.split("**")[1]
        assert title in text, (number, title)


def test_a_longer_quick_start_no_longer_fits():
    assert len(page_sizes(tool.render(SOURCE + "\n" + SOURCE))) == 2


def test_every_character_has_a_glyph_in_the_bundled_fonts():
    assert tool.missing_glyphs(SOURCE) == set()
    assert tool.missing_glyphs("点 ← 返回列表，按 ↑") == {"←", "↑"}


def test_rendering_leaves_reportlabs_line_breaking_as_it_was():
    from reportlab.platypus import paragraph

    before = paragraph.ALL_CANNOT_START
    tool.render()
    assert paragraph.ALL_CANNOT_START == before
    assert "；" in tool.NO_LINE_START
