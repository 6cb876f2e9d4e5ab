"""The English translation: complete, placeholders kept, compiled .qm up to date, and no
Chinese text in ui/ that lupdate cannot see (outside tr()/translate()/label()/the marker)."""
from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.ts_file import entries, load, placeholders, unfinished
from tools.update_translations import QM, TS, tool

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u3400-\u9fff]")
TRANSLATING = {"tr", "translate", "label", "QT_TRANSLATE_NOOP"}


def test_every_english_entry_is_translated():
    tree = load(TS)
    assert unfinished(tree) == []
    assert len([e for e in entries(tree) if e.kind not in ("vanished", "obsolete")]) > 1000


def test_translations_keep_the_placeholders():
    lost = [(e.context, e.source, t) for e in entries(load(TS)) if e.kind != "vanished"
            for t in e.translations if placeholders(e.source) != placeholders(t)]
    assert lost == []


def test_no_english_translation_is_left_chinese():
    chinese = [(e.context, e.source) for e in entries(load(TS)) if e.kind != "vanished"
               and any(HAN.search(t) for t in e.translations)
               and not _example_of_chinese_data(e.source)]
    assert chinese == []


def _example_of_chinese_data(source: str) -> bool:
    """Keyword and category name examples, the calendar file's keywords and the values and
    headers an imported Excel file must have stay Chinese."""
    return any(word in source for word in ("如 破损", "冷链温控异常", "放假,春节", "放假 或 上班",
                                           "是 或 否", "男 或 女", "客户姓名 或 姓名",
                                           "手机号 或 电话"))


@pytest.mark.skipif(shutil.which(tool("pyside6-lrelease")) is None
                    and not Path(tool("pyside6-lrelease")).exists(), reason="no lrelease")
def test_committed_qm_is_compiled_from_the_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run tools/update_translations.py"


def _untranslatable(path: Path) -> list[str]:
    """Chinese string literals of `path` that are neither a docstring nor an argument of a
    translating call (f-strings inside tr() count as untranslatable)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                seen.add(id(first.value))
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in TRANSLATING:
                seen |= {id(a) for a in node.args if isinstance(a, ast.Constant)}
    # lupdate does not look into f-strings: a tr() inside one is invisible to it
    in_fstring = {id(n) for j in ast.walk(tree) if isinstance(j, ast.JoinedStr)
                  for n in ast.walk(j)}
    return [f"{path.name}:{n.lineno}: {n.value[:40]!r}" for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and (id(n) not in seen or id(n) in in_fstring) and HAN.search(n.value)]


# Chinese that is compared with data or shown as the language's own name, not translated
ALLOWED = {"language.py": {"简体中文"}, "entry_form.py": {"证据"}, "entry_screen.py": {
    "来电与问题", "客户资料", "购买信息", "问题详情与物流", "证据"},
    "printing_screen.py": {"读取数据", "整理数据", "排版"}, "callback_texts.py": {"超时"},
    "ticket_list_screen.py": {" · 有更新"}, "chart_panel.py": {"年"},
    "labels.py": {"(\\d+)(分钟|小时|个工作小时|个工作日)", "分钟", "小时", "个工作小时", "个工作日"}}


def test_ui_has_no_chinese_outside_the_translation_calls():
    found = []
    for path in sorted((ROOT / "ui").glob("*.py")):
        allowed = ALLOWED.get(path.name, set())
        found += [f for f in _untranslatable(path)
                  if not any(repr(a)[:41] in f for a in allowed)]
    assert found == [], "\n".join(found)


def test_the_check_finds_an_f_string_in_tr(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('class A:\n    def f(self, n):\n        return self.tr(f"共 {n} 张")\n'
                   '    def g(self):\n        return "未翻译"\n'
                   '    def h(self):\n        return f"<b>{self.tr(\'看不见\')}</b>"\n',
                   encoding="utf-8")
    assert len(_untranslatable(bad)) == 4  # the f-string's two parts, the bare literal, the tr


def test_the_domain_marker_needs_no_qt():
    from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

    assert QT_TRANSLATE_NOOP("states", "已受理") == "已受理"
    assert "PySide6" not in (ROOT / "aftersales_desktop/domain/i18n.py").read_text()
    assert sys.modules.get("aftersales_desktop.domain.i18n") is not None
