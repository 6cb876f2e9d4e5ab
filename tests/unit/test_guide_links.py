"""The user guide's links lead somewhere, and every screen is documented.

Every image or file link in docs/guide/**/*.md (and README.md) points to an existing file (and
a `#heading` to a heading of that page); every PNG in docs/screenshots/ and docs/printing/ is
shown in the Chinese guide and in the English one, so a new screen without documentation fails.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "guide"
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)
CODE = re.compile(r"`[^`\n]*`")
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*$", re.MULTILINE)


def prose(text: str) -> str:
    """The Markdown without code blocks and inline code (links there are examples)."""
    return CODE.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as '-'."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    return {slug(h) for h in HEADING.findall(prose(page.read_text(encoding="utf-8")))}


def links(page: Path) -> list[tuple[str, Path | None, str]]:
    """(as written, the file it points to or None for the page itself, anchor) of each local
    link of `page`."""
    found = []
    for target in LINK.findall(prose(page.read_text(encoding="utf-8"))):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # http:, mailto: …
            continue
        path, _, anchor = unquote(target).partition("#")
        found.append((target, (page.parent / path).resolve() if path else None, anchor))
    return found


def broken(page: Path) -> list[str]:
    problems = []
    for written, path, anchor in links(page):
        if path is not None and not path.exists():
            problems.append(f"{page.name}: {written}: no such file")
        elif anchor and (path or page).suffix == ".md" and anchor not in anchors(path or page):
            problems.append(f"{page.name}: {written}: no heading #{anchor}")
    return problems


def shown_names(folder: Path) -> set[str]:
    """File names of the images the pages under `folder` show."""
    return {path.name for page in folder.rglob("*.md") for _, path, _ in links(page)
            if path is not None and path.suffix == ".png"}


def undocumented(pictures: list[Path], guide: Path) -> list[str]:
    shown = shown_names(guide)
    return sorted(p.name for p in pictures if p.name not in shown)


PAGES = sorted(GUIDE.rglob("*.md")) + [ROOT / "README.md"]
PICTURES = sorted((ROOT / "docs" / "screenshots").glob("*.png")) + sorted(
    (ROOT / "docs" / "printing").glob("*.png"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_points_to_an_existing_file_and_heading(page):
    assert broken(page) == []


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_screenshot_is_in_the_guide(language):
    assert len(PICTURES) > 60
    assert undocumented(PICTURES, GUIDE / language) == []


def test_the_chinese_guide_has_every_chapter_its_index_lists():
    index = GUIDE / "zh" / "README.md"
    chapters = {path for _, path, _ in links(index) if path is not None and path.suffix == ".md"
                and path.parent == index.parent}
    assert chapters == set((GUIDE / "zh").glob("*.md")) - {index}
    english = {path for _, path, _ in links(GUIDE / "en" / "README.md")
               if path is not None and path.suffix == ".md" and path.parent == GUIDE / "en"}
    assert len(english) == len(chapters)


def test_the_checks_find_a_broken_link_and_an_undocumented_screen(tmp_path):
    (tmp_path / "shots").mkdir()
    shots = [tmp_path / "shots" / name for name in ("01_a.png", "02_b.png")]
    for shot in shots:
        shot.write_bytes(b"png")
    page = tmp_path / "guide" / "章.md"
    page.parent.mkdir()
    page.write_text("# 第一章\n\n## 受理（Ctrl+N）\n\n![a](../shots/01_a.png)\n"
                    "[missing](../shots/03_c.png) [self](#受理ctrln) [bad](#没有) "
                    "`![code](../nowhere.png)` [web](https://example.com/x.png)\n",
                    encoding="utf-8")
    assert broken(page) == ["章.md: ../shots/03_c.png: no such file",
                            "章.md: #没有: no heading #没有"]
    assert undocumented(shots, page.parent) == ["02_b.png"]


def test_the_english_guide_shows_the_english_screenshots():
    """Where docs/screenshots/en/ has the English rendering of a screen, the English guide
    shows that one, not the Chinese (tools/screenshots.py --lang en)."""
    english = ROOT / "docs" / "screenshots" / "en"
    chinese_shown = sorted({path.name for page in (GUIDE / "en").rglob("*.md")
                            for _, path, _ in links(page)
                            if path is not None and path.suffix == ".png"
                            and path.parent == english.parent and (english / path.name).exists()})
    assert chinese_shown == []
    assert len(list(english.glob("*.png"))) >= len(PICTURES) - len(list(
        (ROOT / "docs" / "printing").glob("*.png")))
