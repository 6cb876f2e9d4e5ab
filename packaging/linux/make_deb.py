"""`make dist`: the one-folder program (build.spec) wrapped into dist/aftersales-desk_V_amd64.deb.

    .venv/bin/python packaging/linux/make_deb.py [--out DIR] [--app DIR] [--work DIR]

--app: wrap a folder already built instead of running PyInstaller. --maintainer (else
$DEB_MAINTAINER, else DEFAULT_MAINTAINER): the Maintainer field and changelog signature, "Name
<mail@host>" of whoever ships the package. Layout of the package:
/opt/aftersales-desk/ (the folder), /usr/bin/aftersales (a link to it), the menu entry
/usr/share/applications/aftersales-desk.desktop, icons under /usr/share/icons/hicolor/.
Removing or purging the package leaves every user's data (~/.local/share/AfterSalesDesk/).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from email.utils import formatdate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE, PREFIX = "aftersales-desk", "opt/aftersales-desk"
ICON_SIZES = (48, 128, 256)
# A placeholder that is a valid address (lintian's bogus-mail-host wants a dotted host) but
# reaches nobody (.invalid, RFC 2606): whoever ships the package puts their own.
DEFAULT_MAINTAINER = "AfterSales Desk packager <packager@aftersales-desk.invalid>"


def maintainer(given: str | None = None) -> str:
    """`given`, else $DEB_MAINTAINER, else the placeholder; checked as "Name <user@host.tld>"."""
    value = (given or os.environ.get("DEB_MAINTAINER") or DEFAULT_MAINTAINER).strip()
    if not re.fullmatch(r"[^<>@\n]+ <[^<>@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+>", value):
        raise SystemExit(f"maintainer: expected \"Name <user@host.tld>\", got {value!r}")
    return value


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def version() -> str:
    text = (ROOT / "aftersales_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


def build_app(dist: Path, work: Path) -> Path:
    """Run PyInstaller on build.spec; the one-folder program is dist/aftersales/."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work),
                    str(ROOT / "build.spec")], check=True, cwd=ROOT)
    return dist / "aftersales"


def _write(path: Path, text: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    path.chmod(mode)


def _gzip(text: str) -> bytes:
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def stage(app: Path, tree: Path, ver: str, packager: str) -> None:
    """Lay out the package's files under `tree` (DEBIAN/ included)."""
    shutil.copytree(app, tree / PREFIX, symlinks=True)
    for path in [tree / PREFIX, *(tree / PREFIX).rglob("*")]:  # dpkg-deb keeps the modes
        if not path.is_symlink():  # libraries are not programs: 0644 (lintian)
            library = ".so" in path.name
            executable = path.is_dir() or (os.access(path, os.X_OK) and not library)
            path.chmod(0o755 if executable else 0o644)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "aftersales").symlink_to(f"/{PREFIX}/aftersales")
    share = tree / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(HERE / "aftersales-desk.desktop", share / "applications" / f"{PACKAGE}.desktop")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{PACKAGE}.png"
        target.parent.mkdir(parents=True)
        shutil.copy(icons / f"aftersales-desk-{size}.png", target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy(icons / "aftersales-desk.svg", scalable / f"{PACKAGE}.svg")
    doc = share / "doc" / PACKAGE
    _write(doc / "copyright", (HERE / "copyright").read_text(encoding="utf-8"))
    _write(doc / "changelog.gz", _gzip(
        f"{PACKAGE} ({ver}) unstable; urgency=medium\n\n"
        "  * Built from the project's sources (make dist).\n\n"
        f" -- {packager}  {formatdate()}\n"))
    _write(share / "man" / "man1" / "aftersales.1.gz",
           _gzip((HERE / "aftersales.1").read_text(encoding="utf-8")))
    _write(share / "lintian" / "overrides" / PACKAGE,
           (HERE / "lintian-overrides").read_text(encoding="utf-8"))
    for path in [share, *share.rglob("*")]:
        if path.is_dir():
            path.chmod(0o755)
        elif not path.is_symlink():
            path.chmod(0o644)


def control(tree: Path, ver: str, depends: list[str], packager: str) -> None:
    installed_kb = sum(p.lstat().st_size for p in tree.rglob("*") if not p.is_dir()) // 1024
    debian = tree / "DEBIAN"
    debian.mkdir(mode=0o755)
    template = (HERE / "control").read_text(encoding="utf-8")
    _write(debian / "control", template.format(
        version=ver, maintainer=packager, installed_size=installed_kb,
        depends=", ".join(depends)))
    _write(debian / "postrm", (HERE / "postrm").read_text(encoding="utf-8"), 0o755)
    sums = []
    for path in sorted(tree.rglob("*")):
        if path.is_file() and not path.is_symlink() and debian not in path.parents:
            digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's md5sums format
            sums.append(f"{digest}  {path.relative_to(tree).as_posix()}\n")
    _write(debian / "md5sums", "".join(sums))


def make_deb(app: Path, out: Path, compression: str = "xz", packager: str | None = None) -> Path:
    """Wrap the one-folder program `app` into OUT/aftersales-desk_V_amd64.deb. xz (level 6)
    is what every dpkg reads and the smallest (55 MB); it costs 2½ CPU minutes, so the
    slow test wraps the same tree with "none" (dpkg -x reads either)."""
    system_libs = _load("system_libs")
    packager = maintainer(packager)
    ver = version()
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{ver}_amd64.deb"
    with tempfile.TemporaryDirectory(prefix="aftersales-deb-") as tmp:
        tree = Path(tmp) / "root"
        tree.mkdir(mode=0o755)
        stage(app, tree, ver, packager)
        control(tree, ver, system_libs.depends(tree / PREFIX), packager)
        level = ["-z6"] if compression == "xz" else []
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", *level, "--build",
                        str(tree), str(deb)], check=True, stdout=subprocess.DEVNULL)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--app", type=Path, help="an existing one-folder build to wrap")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--compression", choices=("xz", "gzip", "none"), default="xz")
    parser.add_argument("--maintainer", metavar='"NAME <MAIL>"',
                        help="the Maintainer field (default: $DEB_MAINTAINER, else a placeholder)")
    args = parser.parse_args(argv)
    packager = maintainer(args.maintainer)  # a bad address stops before minutes of building
    app = args.app or build_app(args.out, args.work)
    deb = make_deb(app, args.out, args.compression, packager)
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
