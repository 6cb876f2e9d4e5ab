"""The one-folder program and its .deb, built once per state of the sources: for the slow test
(tests/frozen) and bench/frozen_startup.py, which would otherwise spend minutes building again.

The key is a hash of everything that goes into the build (the program's modules, resources,
build.spec, packaging/linux, the name and version of every installed distribution, Python);
the build lives in ~/.cache/aftersales-desk-build/KEY/ (XDG_CACHE_HOME), older keys are
removed. A lock lets parallel runs wait for one build instead of each making its own. The
.deb here is uncompressed: the same files and control data as `make dist`'s, without its
2½ CPU minutes of xz.
"""
from __future__ import annotations

import fcntl
import hashlib
import importlib.util
import os
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
INPUTS = ("aftersales_desktop", "ui", "resources", "packaging/linux", "build.spec")
NOT_INPUTS = {"cached_build.py"}  # this file builds, it is not built
SKIP_SUFFIXES = {".pyc", ".pyo"}


def _make_deb():
    spec = importlib.util.spec_from_file_location("make_deb", HERE / "make_deb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def source_key() -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        base = ROOT / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            if (path.suffix in SKIP_SUFFIXES or "__pycache__" in path.parts
                    or path.name in NOT_INPUTS or path.name.endswith(".egg-info")):
                continue
            digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    for line in sorted({f"{d.metadata['Name']}={d.version}" for d in metadata.distributions()}):
        digest.update(line.encode() + b"\n")
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


def cache_root() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "aftersales-desk-build"


def cached_build() -> tuple[Path, Path, bool]:
    """(the one-folder program, the .deb, whether it was built now)."""
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    target = root / source_key()
    with (root / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        built_now = False
        if not (target / "done").exists():
            make_deb = _make_deb()
            shutil.rmtree(target, ignore_errors=True)
            app = make_deb.build_app(target / "dist", root / "work")
            make_deb.make_deb(app, target / "dist", compression="none")  # layout, not size
            (target / "done").write_text("ok\n")
            built_now = True
        for old in root.iterdir():
            if old.is_dir() and old.name not in {target.name, "work"}:
                shutil.rmtree(old, ignore_errors=True)
    app = target / "dist" / "aftersales"
    return app, next((target / "dist").glob("aftersales-desk_*_amd64.deb")), built_now


if __name__ == "__main__":
    app, deb, built = cached_build()
    print(app, deb, "built" if built else "cached")
