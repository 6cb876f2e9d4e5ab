"""Benchmark: the installed program's start, against a bare PySide6 window built the same way.

    python bench/frozen_startup.py [--runs K]

The program is the one-folder PyInstaller build of build.spec and its .deb
(packaging/linux/cached_build.py: built once per state of the sources). The baseline is a
bare QMainWindow script built one-folder by PyInstaller in the same run. Each run is a new
process on the offscreen platform, the clock started before it is spawned:
- `frozen_startup_ms`: to the first event-loop turn after the main window's first paint
  (`aftersales --report-startup` prints {"stage": "painted"});
- `frozen_ready_ms`: in the same run, to the program ready to work ({"stage": "ready"}:
  database open, signed in — single-user mode, nobody types a password — first screen built,
  the day's backup done); against the same bare window's first paint.
Both on a database with one ticket (a new one would stop at the first-run setup dialog).
- `deb_size_mb`: the .deb as `make dist` makes it (xz), against the bare window's folder
  packed the same way (tar, xz level 6).
Runs of the program and the bare window alternate; medians. JSON lines as bench/run.py.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: print('{"stage": "painted"}', flush=True))
        return False
app = QApplication(sys.argv[:1])
first_paint = FirstPaint()
app.installEventFilter(first_paint)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""


def _load(name: str):
    path = ROOT / "packaging" / "linux" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_bare(work: Path) -> Path:
    script = work / "bare_window.py"
    script.write_text(BARE, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir",
                    "--log-level", "ERROR", "--distpath", str(work / "dist"),
                    "--workpath", str(work / "build"), "--specpath", str(work), str(script)],
                   check=True)
    return work / "dist" / "bare_window" / "bare_window"


def once(command: list[str], env: dict, stages: tuple[str, ...]) -> list[float]:
    """Milliseconds from spawning `command` to its JSON line of each of `stages`."""
    started = perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True,
                             stderr=subprocess.DEVNULL)
    times, wanted = [], list(stages)
    try:
        for line in child.stdout:
            if line.startswith("{") and json.loads(line)["stage"] == wanted[0]:
                times.append((perf_counter() - started) * 1000)
                wanted.pop(0)
                if not wanted:
                    return times
        raise RuntimeError(f"{command[0]} ended without reaching {wanted[0]!r}")
    finally:
        child.kill()
        child.wait(timeout=60)


def prepare_ready_database(path: Path) -> None:
    """One ticket, an administrator in single-user mode: the window opens without a dialog."""
    from aftersales_desktop.services import auth
    from aftersales_desktop.services.tickets import create_ticket
    from aftersales_desktop.storage.connection import open_database

    handle, _ = open_database(str(path))
    auth.setup_administrator("Bench-2026!", single_user=True)
    create_ticket({"channel": "hotline", "customer": {"name": "王芳", "phone": "13912345678"},
                   "problem": {"description": "外壳破损"}})
    handle.close()


def figure(metric: str, value: float, unit: str, baseline: float) -> str:
    return json.dumps({"metric": metric, "value": round(value, 1), "unit": unit,
                       "baseline": round(baseline, 1), "ratio": round(value / baseline, 3)})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    started = perf_counter()
    app, _, built = _load("cached_build").cached_build()
    print(f"program {'built' if built else 'from the cache'} in {perf_counter() - started:.0f} s",
          file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="aftersales-frozen-bench-") as tmp:
        work = Path(tmp)
        bare = build_bare(work)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AFTERSALES_", "PYTHON"))}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=tmp, XDG_CONFIG_HOME=tmp,
                   AFTERSALES_NO_SCHEDULER="1", AFTERSALES_DATA=str(work / "data"))
        ready_env = {**env, "AFTERSALES_DB": str(work / "ready.sqlite3")}
        os.environ["AFTERSALES_DATA"] = str(work / "data")
        prepare_ready_database(work / "ready.sqlite3")
        program = [str(app / "aftersales"), "--report-startup"]
        runs = {"painted": [], "ready": [], "bare": []}
        for warm_up in (True,) + (False,) * args.runs:
            painted, ready = once(program, ready_env, ("painted", "ready"))
            base, = once([str(bare)], env, ("painted",))
            if not warm_up:
                runs["painted"].append(painted)
                runs["ready"].append(ready)
                runs["bare"].append(base)
        print("runs (ms): " + "; ".join(f"{k} {[round(v) for v in vs]}"
                                        for k, vs in runs.items()), file=sys.stderr)
        baseline = statistics.median(runs["bare"])
        print(figure("frozen_startup_ms", statistics.median(runs["painted"]), "ms", baseline))
        print(figure("frozen_ready_ms", statistics.median(runs["ready"]), "ms", baseline),
              flush=True)
        # the sizes last: xz takes minutes of CPU
        packed = work / "bare.tar.xz"
        subprocess.run(["tar", "-cf", str(packed), "-I", "xz -6", "-C", str(bare.parent.parent),
                        "bare_window"], check=True)
        deb = _load("make_deb").make_deb(app, work / "deb", "xz")
        print(figure("deb_size_mb", deb.stat().st_size / 1e6, "MB", packed.stat().st_size / 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main())
