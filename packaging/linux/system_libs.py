"""Which shared libraries the .deb takes from the system rather than from the build machine.

PyInstaller copies every library the program links, the build machine's X11, xcb, fontconfig,
GLib, CUPS … included. Those must match the desktop they run on (its X server, its fonts.conf,
its print server), so the Linux build leaves them out (build.spec) and the package's Depends
names them (packaging/linux/make_deb.py). Bundled stay: Qt, Python and the wheels' own
libraries, and SQLite — the database engine the tests ran with, whatever the system's is.

Loaded by file path (build.spec, make_deb.py): a folder named `packaging` is no Python package
here, it would hide the `packaging` library PyInstaller imports.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
KEEP_BUNDLED = {"libsqlite3.so.0"}
# Qt's GTK platform theme drags in GTK, Pango, Cairo and ATK; UOS (DDE) and Kylin (UKUI) are
# Qt desktops, and Qt's own Fusion style and dialogs serve GNOME well enough.
DROP_PLUGINS = {"libqgtk3.so"}

# soname → the Depends entry that brings it on Debian 12+, Ubuntu 22.04+ and the Debian-based
# UOS / Kylin releases built on them; "a | at64": Ubuntu 24.04's 64-bit time_t rename.
SONAME_PACKAGES = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6", "librt.so.1": "libc6", "libutil.so.1": "libc6",
    "libresolv.so.2": "libc6", "ld-linux-x86-64.so.2": "libc6",
    "libstdc++.so.6": "libstdc++6", "libgcc_s.so.1": "libgcc-s1",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0",
    "libdrm.so.2": "libdrm2",
    "libX11.so.6": "libx11-6", "libX11-xcb.so.1": "libx11-xcb1", "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1", "libXau.so.6": "libxau6", "libXdmcp.so.6": "libxdmcp6",
    "libxcb.so.1": "libxcb1", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6",
    "libharfbuzz.so.0": "libharfbuzz0b", "libpng16.so.16": "libpng16-16 | libpng16-16t64",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0 | libglib2.0-0t64",
    "libgobject-2.0.so.0": "libglib2.0-0 | libglib2.0-0t64",
    "libgio-2.0.so.0": "libglib2.0-0 | libglib2.0-0t64",
    "libgmodule-2.0.so.0": "libglib2.0-0 | libglib2.0-0t64",
    "libgthread-2.0.so.0": "libglib2.0-0 | libglib2.0-0t64",
    "libcups.so.2": "libcups2 | libcups2t64", "libsystemd.so.0": "libsystemd0",
    "libssl.so.3": "libssl3 | libssl3t64", "libcrypto.so.3": "libssl3 | libssl3t64",
    "libffi.so.8": "libffi8", "libz.so.1": "zlib1g", "libbz2.so.1.0": "libbz2-1.0",
    "liblzma.so.5": "liblzma5", "libzstd.so.1": "libzstd1", "libexpat.so.1": "libexpat1",
    "libuuid.so.1": "libuuid1", "libreadline.so.8": "libreadline8 | libreadline8t64",
    "libtinfo.so.6": "libtinfo6", "libncursesw.so.6": "libncursesw6",
    "libjpeg.so.62": "libjpeg62-turbo | libjpeg62", "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libkrb5.so.3": "libkrb5-3", "libk5crypto.so.3": "libk5crypto3",
    "libcom_err.so.2": "libcom-err2", "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}


def is_system_library(dest: str, source: str) -> bool:
    """A TOC entry of PyInstaller's binaries that the .deb takes from the system."""
    name = Path(dest).name
    if name in DROP_PLUGINS:
        return True
    return (source.startswith(SYSTEM_DIRS) and "/" not in dest.replace("\\", "/")
            and name not in KEEP_BUNDLED)


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _readelf(path: Path, option: str) -> str:
    return subprocess.run(["readelf", option, "--wide", str(path)], capture_output=True,
                          text=True, check=True).stdout


def missing_sonames(folder: Path) -> dict[str, list[str]]:
    """soname → the bundled files that need it, for every soname the bundle does not hold."""
    elves = elf_files(folder)
    bundled = {p.name for p in folder.rglob("*")}
    missing: dict[str, list[str]] = {}
    for path in elves:
        for soname in re.findall(r"\(NEEDED\).*\[(.+?)\]", _readelf(path, "-d")):
            if soname not in bundled:
                missing.setdefault(soname, []).append(str(path.relative_to(folder)))
    return missing


def glibc_needed(folder: Path) -> str:
    """The newest GLIBC_x.y symbol version any bundled file asks for."""
    versions = set()
    for path in elf_files(folder):
        versions.update(re.findall(r"Name: GLIBC_([0-9.]+)", _readelf(path, "-V")))
    return max(versions, key=lambda v: tuple(int(p) for p in v.split(".")))


def depends(folder: Path) -> list[str]:
    """The Depends entries of the bundle; a soname not in SONAME_PACKAGES stops the build, so a
    new dependency (a Qt update, a new module) is named here before a package ships without it."""
    missing = missing_sonames(folder)
    unknown = {name: users for name, users in missing.items() if name not in SONAME_PACKAGES}
    if unknown:
        raise SystemExit("no Debian package known for: " + "; ".join(
            f"{name} (needed by {', '.join(users[:3])})" for name, users in sorted(unknown.items())))
    packages = {SONAME_PACKAGES[name] for name in missing}
    packages.discard("libc6")
    return [f"libc6 (>= {glibc_needed(folder)})"] + sorted(packages)
