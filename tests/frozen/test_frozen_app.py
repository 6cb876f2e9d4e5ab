"""The installed program as a person gets it: the one-folder PyInstaller build (build.spec) and
its .deb (packaging/linux/make_deb.py), built once per state of the sources
(packaging/linux/cached_build.py: minutes the first time, nothing after).

The frozen program runs offscreen against a fresh data directory: the window starts, a ticket
is created and the register printed through the frozen command line, the window opens on
that database; the .deb is unpacked with `dpkg -x` and its layout checked."""
from __future__ import annotations

import configparser
import importlib.util
import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from tests.conftest import create_pg_schema, drop_pg_schema, require_pg
from tests.unit.pdf_checks import fonts, pages_text

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Kefu-2026!"
TICKET = {"channel": "wechat", "received_at": "2026-11-22T09:30:00+08:00",
          "customer": {"name": "王芳", "phone": "13912345678"},
          "order": {"number": "TB2026110101", "product": "电饭煲"},
          "problem": {"description": "外壳破损，无法加热"}, "category": "logistics"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "linux" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build():
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed: the .deb cannot be built here")
    app, deb, _ = _load("cached_build").cached_build()
    return app, deb


@pytest.fixture
def frozen(build, tmp_path):
    """Run the frozen `aftersales` with a home, a data directory and a database of its own."""
    app, _ = build
    data = tmp_path / "data"
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PYTHON", "AFTERSALES_", "VIRTUAL_ENV"))}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "share"), QT_QPA_PLATFORM="offscreen",
               AFTERSALES_DATA=str(data), AFTERSALES_DB=str(data / "aftersales.sqlite3"),
               AFTERSALES_NO_SCHEDULER="1")

    def run(*args, password=None, check=True):
        done = subprocess.run([str(app / "aftersales"), *args], cwd=tmp_path, text=True,
                              capture_output=True, timeout=120,
                              env={**env, **({"AFTERSALES_PASSWORD": password} if password
                                             else {})})
        if check:
            assert done.returncode == 0, done.stderr[-2000:]
        return done
    run.db = data / "aftersales.sqlite3"
    return run


def _stages(done) -> list[dict]:
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def test_the_frozen_program_creates_a_ticket_prints_the_register_and_opens_the_window(
        frozen, tmp_path):
    init = json.loads(frozen("init").stdout)
    assert init["engine"] == "sqlite" and init["schema_version"] > 0
    first = _stages(frozen("--report-startup", "--screenshot", str(tmp_path / "first.png")))
    dialogs = [s["dialog"] for s in first if s["stage"] == "dialog"]
    assert dialogs == ["SetupDialog"]  # the first-run setup; "painted" before or after it

    _set_up_administrator(frozen.db, single_user=False)
    (tmp_path / "ticket.json").write_text(json.dumps(TICKET, ensure_ascii=False), "utf-8")
    refused = frozen("ticket", "create", "--json", "ticket.json", password="wrong", check=False)
    assert refused.returncode == 4  # argon2 checks the password inside the frozen program
    number = json.loads(frozen("ticket", "create", "--json", "ticket.json",
                               password=PASSWORD).stdout)["number"]
    frozen("print", "register", "--from", "2026-11-01", "--to", "2026-11-30", "-o", "reg.pdf",
           password=PASSWORD)
    register = (tmp_path / "reg.pdf").read_bytes()
    assert number in "".join(pages_text(register)) and "客户投诉登记表" in pages_text(register)[0]
    assert any("DroidSansFallback" in name and embedded
               for name, embedded in fonts(register).items())
    frozen("print", "ticket", number, "-o", "ticket.pdf", password=PASSWORD)  # with its QR code
    assert number in "".join(pages_text((tmp_path / "ticket.pdf").read_bytes()))

    _set_up_administrator(frozen.db, single_user=True)
    shot = tmp_path / "ready.png"
    stages = _stages(frozen("--report-startup", "--screenshot", str(shot)))
    assert [s["stage"] for s in stages] == ["painted", "ready"]
    ready = stages[-1]
    assert ready["login"] == "admin" and ready["platform"] == "offscreen"
    assert "Droid Sans Fallback" in ready["fonts"] and "自动备份已完成" in ready["status"]
    assert _png_size(shot)[0] >= 800


def test_the_frozen_program_exports_excel_and_opens_the_statistics_charts(frozen, tmp_path):
    """openpyxl for the export, Qt Charts (PySide6-Addons) for 统计: both inside the build."""
    from openpyxl import load_workbook

    frozen("init")
    _set_up_administrator(frozen.db, single_user=False)
    (tmp_path / "ticket.json").write_text(json.dumps(TICKET, ensure_ascii=False), "utf-8")
    number = json.loads(frozen("ticket", "create", "--json", "ticket.json",
                               password=PASSWORD).stdout)["number"]
    exported = json.loads(frozen("export", "tickets", "-o", "tickets.xlsx",
                                 password=PASSWORD).stdout)
    assert exported["rows"] == 1
    cells = [str(c) for row in load_workbook(tmp_path / "tickets.xlsx").active.values
             for c in row if c is not None]
    assert number in cells

    _set_up_administrator(frozen.db, single_user=True)
    settings = tmp_path / "config" / "AfterSalesDesk" / "AfterSalesDesk.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[main]\narea=statistics\n", encoding="utf-8")  # the last screen seen
    shot = tmp_path / "statistics.png"
    stages = _stages(frozen("--report-startup", "--screenshot", str(shot)))
    assert [s["stage"] for s in stages] == ["painted", "ready"]
    assert stages[-1]["area"] == "statistics"  # its 看板 tab draws with QtCharts
    assert _png_size(shot)[0] >= 800


def test_the_frozen_program_opens_a_postgresql_database(frozen):
    require_pg()
    schema, url = create_pg_schema()
    try:
        init = json.loads(frozen("--db", url, "init").stdout)  # psycopg and its libpq inside
        assert init["engine"] == "postgresql" and init["schema_version"] > 0
    finally:
        drop_pg_schema(schema)


def test_the_deb_installs_the_program_its_menu_entry_and_icons(build, tmp_path):
    app, deb = build
    fields = {name: _deb_field(deb, name) for name in ("Package", "Architecture", "Depends")}
    assert fields["Package"] == "aftersales-desk" and fields["Architecture"] == "amd64"
    for package in ("libc6 (>=", "libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0",
                    "libfontconfig1", "libgl1"):
        assert package in fields["Depends"]
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    launcher = root / "usr" / "bin" / "aftersales"
    assert os.readlink(launcher) == "/opt/aftersales-desk/aftersales"
    assert os.access(root / "opt" / "aftersales-desk" / "aftersales", os.X_OK)
    desktop = root / "usr" / "share" / "applications" / "aftersales-desk.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name"] == "售后工单台" and section["Name[en]"] == "AfterSales Desk"
    assert section["Exec"].split()[0] == "aftersales" and section["Icon"] == "aftersales-desk"
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                                 text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout
    icons = root / "usr" / "share" / "icons" / "hicolor"
    for size in (48, 128, 256):
        assert _png_size(icons / f"{size}x{size}" / "apps" / "aftersales-desk.png") == (size, size)
    assert (icons / "scalable" / "apps" / "aftersales-desk.svg").read_text().startswith("<svg")
    inside = [p.relative_to(root).as_posix() for p in root.rglob("*")]
    assert not [p for p in inside if "pytest" in p or "hypothesis" in p or "/tests/" in p]
    assert (root / "opt/aftersales-desk/_internal/resources/fonts/NOTICE.txt").exists()
    modules = _frozen_modules(app / "aftersales")
    assert not {m for m in modules if m.split(".")[0] in {"pytest", "_pytest", "pytestqt",
                                                           "hypothesis", "tests", "pypdf"}}
    assert {"ui.startup_report", "holidays.countries.china", "psycopg", "argon2", "openpyxl",
            "pypdfium2", "reportlab.graphics.barcode.qr"} <= modules


def test_removing_the_package_keeps_the_users_data(build, tmp_path):
    _, deb = build
    control = tmp_path / "control"
    subprocess.run(["dpkg-deb", "-e", str(deb), str(control)], check=True)
    data = tmp_path / "home" / ".local" / "share" / "AfterSalesDesk"
    data.mkdir(parents=True)
    (data / "aftersales.sqlite3").write_bytes(b"the user's tickets")
    for action in ("remove", "purge"):
        done = subprocess.run(["sh", str(control / "postrm"), action], capture_output=True,
                              text=True, env={**os.environ, "HOME": str(tmp_path / "home")})
        assert done.returncode == 0, done.stderr
    assert (data / "aftersales.sqlite3").read_bytes() == b"the user's tickets"
    assert "~/.local/share/AfterSalesDesk/" in done.stdout  # purge says where the data stays
    assert subprocess.run(["sh", str(control / "postrm"), "nonsense"],
                          capture_output=True).returncode == 1


def _set_up_administrator(db: Path, single_user: bool) -> None:
    """What the administrator does in the window: set a password (first run), switch on
    single-user mode (设置 › 人员与角色)."""
    from aftersales_desktop.services import auth
    from aftersales_desktop.storage.connection import open_database

    handle, _ = open_database(str(db))
    try:
        if single_user:
            auth.set_single_user("admin", True)
        else:
            auth.setup_administrator(PASSWORD)
    finally:
        handle.close()


def _deb_field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                          check=True).stdout.strip()


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def _frozen_modules(executable: Path) -> set[str]:
    """The module names in the program's PYZ archive (PyInstaller's own reader)."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(executable))
    names = set()
    for name in archive.toc:
        if name.endswith(".pyz") or name == "PYZ.pyz" or name.startswith("PYZ"):
            names |= set(archive.open_embedded_archive(name).toc)
    return names
