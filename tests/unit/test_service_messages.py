"""Every message a service raises or builds for the window is a marked template with named
values (aftersales_desktop/domain/errors.py, i18n.Text), so the window can translate it; the
Chinese text itself (CLI, audit) is unchanged."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term, Text
from tools.ts_file import entries, load
from tools.update_translations import TS

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u3400-\u9fff]")
# call → index of its message argument
RAISERS = {"ValidationError": 1, "PermissionDenied": 2, "AuthenticationError": 0,
           "_refuse": None, "refuse_scope": 1}
NOT_SHOWN = {"个"}  # stripped from a unit's label (个工作日 → 工作日), not shown itself
TIMELINES = ("timeline.py", "clock_timeline.py", "callback_timeline.py",
             "escalation_timeline.py", "audit_words.py", "audit_log.py")


def _marked(node) -> str | None:
    """The template of a QT_TRANSLATE_NOOP("errors", "…") call, else None."""
    if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
        return node.args[1].value
    return None


def _module_marks(tree) -> set[str]:
    """Module-level names bound to a marked text (WRONG = QT_TRANSLATE_NOOP(…))."""
    return {t.id for n in tree.body if isinstance(n, ast.Assign) and _marked(n.value)
            for t in n.targets if isinstance(t, ast.Name)}


def _fields(template: str) -> set[str]:
    return {name.split("!")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def unmarked_messages(path: Path) -> list[str]:
    """Raises whose message is not a marked template (or whose values do not match its
    {names}); a message passed on unchanged (a parameter, exc.template) is fine."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    marks = _module_marks(tree)
    params = {a.arg for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
              for a in n.args.args + n.args.posonlyargs}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in RAISERS:
            continue
        index = RAISERS[name] if name != "_refuse" else len(node.args) - 2 if len(
            node.args) == 4 else 1
        if index is None or len(node.args) <= index:
            continue
        message = node.args[index]
        kwargs = {k.arg for k in node.keywords}
        branches = [message.body, message.orelse] if isinstance(message, ast.IfExp) else [message]
        for branch in branches:
            template = _marked(branch)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if template is not None:
                if None not in kwargs and _fields(template) != kwargs:
                    found.append(f"{where}: values {sorted(kwargs)} for {template!r}")
            elif isinstance(branch, ast.Name) and (branch.id in marks or branch.id in params):
                continue
            elif isinstance(branch, ast.Attribute) and branch.attr == "template":
                continue
            else:
                found.append(f"{where}: {ast.get_source_segment(source, branch)[:60]}")
    return found


def test_every_service_message_is_a_marked_template():
    found = []
    for path in sorted((ROOT / "aftersales_desktop").rglob("*.py")):
        found += unmarked_messages(path)
    assert found == [], "\n".join(found)


def test_the_scan_finds_an_unmarked_message(tmp_path):
    bad = ROOT / "aftersales_desktop" / "_scan_probe.py"
    try:
        bad.write_text('def f(x):\n    raise ValidationError("a", f"不对 {x}")\n'
                       'def g(x):\n    raise ValidationError("a", QT_TRANSLATE_NOOP("errors", '
                       '"不对 {x}"), y=x)\n'
                       'def h(x):\n    raise ValidationError("a", "不对")\n', encoding="utf-8")
        assert len(unmarked_messages(bad)) == 3
    finally:
        bad.unlink()


def test_timeline_and_audit_words_have_no_unmarked_chinese():
    """The sentences of the ticket timeline and the audit log are Text templates: no Chinese
    f-string, and every Chinese literal is marked."""
    found = []
    for name in TIMELINES:
        path = ROOT / "aftersales_desktop" / "services" / name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body and \
                    isinstance(node.body[0], ast.Expr):
                inside.add(id(node.body[0].value))
            if _marked(node) is not None:
                inside |= {id(a) for a in node.args}
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and any(
                    isinstance(v, ast.Constant) and HAN.search(v.value) for v in node.values):
                found.append(f"{name}:{node.lineno}: f-string")
            elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and HAN.search(node.value) and id(node) not in inside
                  and node.value not in NOT_SHOWN):
                found.append(f"{name}:{node.lineno}: {node.value[:30]!r}")
    assert found == [], "\n".join(found)


def test_the_chinese_message_is_filled_and_the_template_kept():
    error = ValidationError("login", QT_TRANSLATE_NOOP("errors", "登录名“{login_}”已被使用"),
                            login_="clerk1")
    assert error.message == "登录名“clerk1”已被使用" and str(error) == "login: 登录名“clerk1”已被使用"
    assert error.template == "登录名“{login_}”已被使用" and error.params == {"login_": "clerk1"}
    roles = [Term("permissions", "客服专员"), Term("permissions", "系统管理员")]
    listed = ValidationError("role", "请选择角色：{roles}", roles=roles)
    assert listed.message == "请选择角色：客服专员、系统管理员"
    denied = PermissionDenied("clerk1", "classify", "{name}没有权限", None, name="李娜")
    assert denied.message == "李娜没有权限" and denied.field == "permission"
    line = Text("{who} 受理了工单", who="李娜")
    assert line == "李娜 受理了工单" and line.startswith("李娜") and line.template


def test_every_template_is_in_the_translation_with_its_names():
    """The English of each errors/timeline template names the same {values}."""
    bad = [(e.source, t) for e in entries(load(TS)) if e.context in ("errors", "timeline")
           and e.kind != "vanished" for t in e.translations if _fields(e.source) != _fields(t)]
    assert bad == []


# Marked texts of aftersales_desktop without a Chinese character that are allowed, with why.
NOT_CHINESE = {}
LETTERS = re.compile(r"[A-Za-z]")


def english_templates(path: Path) -> list[str]:
    """Marked texts whose words (outside the {names}) are not Chinese: they would show in
    English to a Chinese user. Pure layouts of values ("{a}；{b}", "{problem}") are fine."""
    source = path.read_text(encoding="utf-8")
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "QT_TRANSLATE_NOOP"
                and len(node.args) == 2 and isinstance(node.args[1], ast.Constant)):
            text = node.args[1].value
            words = re.sub(r"\{[^{}]*\}", "", text)
            if LETTERS.search(words) and not HAN.search(words) and text not in NOT_CHINESE:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    return found


def test_every_marked_text_is_chinese():
    found = []
    for path in sorted((ROOT / "aftersales_desktop").rglob("*.py")):
        found += english_templates(path)
    assert found == [], "\n".join(found)


def test_the_scan_finds_an_english_template():
    bad = ROOT / "aftersales_desktop" / "_scan_probe_en.py"
    try:
        bad.write_text('A = QT_TRANSLATE_NOOP("errors", "expected {x}")\n'
                       'B = QT_TRANSLATE_NOOP("errors", "{a}；{b}")\n'
                       'C = QT_TRANSLATE_NOOP("errors", "应为 {x}")\n', encoding="utf-8")
        assert len(english_templates(bad)) == 1
    finally:
        bad.unlink()
