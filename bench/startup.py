"""Benchmark: time from process start to the first window painted, against a bare PySide6 window.

    python bench/startup.py [--db PATH|URL] [--runs K]

Each run is a new Python process on the offscreen platform; the clock starts before the
process is spawned. `startup_ms` stops at the first event-loop turn after the first paint of
a top-level window: what the user sees first (the main window's frame; the sign-in dialog
comes over it once the database is open). `startup_ready_ms` stops at the first turn after
the program is ready to work: database open, signed in (here as admin, without the dialog:
no one types a password), the first screen built and the demo-data check done. The program starts the way `aftersales` does (cli.main, no command) on --db (default:
the 1,000,000-ticket database of bench/list_search.py when it exists, else a fresh one).
The baseline of both is the bare window's first paint. The project's modules are compiled to
bytecode first, as in an installed program. Runs of the two alternate; medians.
JSON lines: {"metric", "value", "unit", "baseline", "ratio"}; the runs on stderr.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parents[1]
PAINTED, READY = "painted", "ready"
# Reports "painted" after the first paint of a top-level window; ends the process at once on
# "ready": on a new, empty database the program asks about demo data in a modal dialog.
_WATCH = f"""
import os
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
def _report(what):
    print(what, flush=True)
    if what == {READY!r}:
        os._exit(0)
class _FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, lambda: _report({PAINTED!r}))
        return False
_first_paint = _FirstPaint()
"""
BARE = _WATCH + f"""
from PySide6.QtWidgets import QMainWindow
app = QApplication([])
app.installEventFilter(_first_paint)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""
PROGRAM = _WATCH + f"""
import sys
import ui.app
make_app, offer_demo = ui.app.make_app, ui.app.offer_demo
def _make_app_watched(*args):
    app = make_app(*args)
    app.installEventFilter(_first_paint)
    return app
def _offer_then_report(window, settings):
    QTimer.singleShot(0, lambda: _report({READY!r}))
    return offer_demo(window, settings)
open_session = ui.app.open_session
def _open_signed_in_as_admin(window, args):  # after the first paint, like the real sign-in
    import ui.sign_in
    ui.sign_in.signed_in_login = lambda location, hint=None: "admin"  # no one types a password
    return open_session(window, args)
ui.app.make_app, ui.app.offer_demo = _make_app_watched, _offer_then_report
ui.app.open_session = _open_signed_in_as_admin
from aftersales_desktop.cli.main import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def once(script: str, args: list[str], env: dict, expect: tuple[str, ...]) -> list[float]:
    """Milliseconds from spawning the process to each of the `expect` lines."""
    started = perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, text=True)
    times = []
    for what in expect:
        line = child.stdout.readline()
        times.append((perf_counter() - started) * 1000)
        if line.strip() != what:
            child.kill()
            raise RuntimeError(f"startup run failed: expected {what!r}, got {line!r}")
    child.kill()  # the bare window waits in its event loop
    child.wait(timeout=120)
    return times


def figure(metric: str, value: float, baseline: float) -> str:
    return json.dumps({"metric": metric, "value": round(value, 1), "unit": "ms",
                       "baseline": round(baseline, 1), "ratio": round(value / baseline, 4)})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    # An installed program has its bytecode; PYTHONDONTWRITEBYTECODE would have every run
    # compile the project's modules again.
    for package in ("aftersales_desktop", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    with tempfile.TemporaryDirectory() as home:
        default = ROOT / "bench" / "out" / "list-1000000.sqlite3"
        db = args.db or (str(default) if default.exists() else str(Path(home) / "desk.sqlite3"))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
               "XDG_CONFIG_HOME": home, "PYTHONPATH": str(ROOT)}
        program_run = lambda: once(PROGRAM, [db], env, (PAINTED, READY))  # noqa: E731
        bare_run = lambda: once(BARE, [], env, (PAINTED,))  # noqa: E731
        program_run()  # creates a missing database; warms the file cache
        bare_run()
        program, bare = [], []
        for _ in range(args.runs):
            program.append(program_run())
            bare.append(bare_run()[0])
    painted = statistics.median(p for p, _ in program)
    ready = statistics.median(r for _, r in program)
    baseline = statistics.median(bare)
    print(f"database {db}; program painted/ready {[(round(p), round(r)) for p, r in program]}, "
          f"bare {[round(v) for v in bare]}", file=sys.stderr)
    print(figure("startup_ms", painted, baseline))
    print(figure("startup_ready_ms", ready, baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
