"""The domain package imports no Qt (house rule: Qt lives in ui/)."""
import pkgutil
import subprocess
import sys
from pathlib import Path

import aftersales_desktop

ROOT = Path(aftersales_desktop.__file__).parent


def test_no_module_mentions_pyside():
    offenders = [str(p) for p in ROOT.rglob("*.py") if "PySide6" in p.read_text(encoding="utf-8")]
    assert offenders == []


def test_importing_every_module_loads_no_qt():
    names = [m.name for m in pkgutil.walk_packages([str(ROOT)], "aftersales_desktop.")
             if not m.name.endswith("__main__")]
    code = ("import importlib, sys\n"
            f"for name in {names!r}: importlib.import_module(name)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(names) > 10
