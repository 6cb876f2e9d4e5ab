"""Bring the English translation up to date with the source strings, then compile it.

Run: .venv/bin/python tools/update_translations.py [--fill tools/translations_en.tsv] [--check]

1. pyside6-lupdate reads ui/*.py and the aftersales_desktop modules that mark labels with
   QT_TRANSLATE_NOOP (aftersales_desktop/domain/i18n.py) into resources/translations/
   aftersales_en.ts: new strings arrive "unfinished", translated ones are kept, strings no
   longer in the code are marked "vanished" (kept for reuse, not compiled).
2. --fill FILE: entries still unfinished whose Chinese source is in FILE (tab-separated:
   source, English; or context, source, English) get that English (reviewed word list).
3. pyside6-lrelease compiles the .ts into aftersales_en.qm (committed, loaded at start).
Then translate what is left in Qt Linguist (`.venv/bin/pyside6-linguist <the .ts>`) or in the
.ts itself and run this again. --check only reports the unfinished count (exit 1 if any).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.ts_file import fill, load, save, unfinished  # noqa: E402

TS = ROOT / "resources" / "translations" / "aftersales_en.ts"
QM = TS.with_suffix(".qm")
MARKER = "QT_TRANSLATE_NOOP("


def sources() -> list[str]:
    """ui/*.py and every aftersales_desktop module using the label marker."""
    files = sorted(ROOT.glob("ui/*.py"))
    files += sorted(p for p in (ROOT / "aftersales_desktop").rglob("*.py")
                    if p.name != "i18n.py" and MARKER in p.read_text(encoding="utf-8"))
    return [str(p.relative_to(ROOT)) for p in files]


def tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def lupdate() -> None:
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-tr-function-alias", "translate+=label",
                    "-source-language", "zh_CN", "-target-language", "en",
                    *sources(), "-ts", str(TS)], cwd=ROOT, check=True)


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    """Compile into a new file and rename it over the old one: a running program has the old
    .qm mapped into memory, and rewriting it in place would crash that program."""
    fresh = qm.with_suffix(".qm.new")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)],
                   cwd=ROOT, check=True)
    fresh.replace(qm)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="tab-separated reviewed translations")
    parser.add_argument("--check", action="store_true", help="only count unfinished entries")
    args = parser.parse_args(argv)
    if not args.check:
        TS.parent.mkdir(parents=True, exist_ok=True)
        lupdate()
        if args.fill:
            tree = load(TS)
            print(f"filled {fill(tree, args.fill)} entries from {args.fill}")
            save(tree, TS)
            lupdate()  # once more: the file in lupdate's own layout, so diffs stay small
        lrelease()
    left = unfinished(load(TS))
    for context, source in left:
        print(f"unfinished: [{context}] {source}")
    print(f"{len(left)} unfinished in {TS.relative_to(ROOT)}")
    return 1 if left and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
