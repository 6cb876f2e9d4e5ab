"""Benchmark: time from process start to the main window shown, against a bare PySide6 window.

    python bench/startup.py [--db PATH|URL] [--runs K]

Each run is a new Python process on the offscreen platform; the clock starts before the
process is spawned and stops when it reports the first event-loop turn after show().
The program starts the way `aftersales` does (cli.main, no command) on --db (default:
the 1,000,000-ticket database of bench/list_search.py when it exists, else a fresh one).
Runs of the two alternate; medians. One JSON line: {"metric", "value", "unit", "baseline", "ratio"}.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from time import perf_counter

ROOT = Path(__file__).resolve().parents[1]
SHOWN = "shown"
# Ends the process at once once reported: on a new, empty database the program asks whether
# to add demo data in a modal dialog that quit() would not end.
_QUIT_WHEN_SHOWN = f"""
import os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
def _shown():
    print({SHOWN!r}, flush=True)
    os._exit(0)
"""
BARE = _QUIT_WHEN_SHOWN + """
from PySide6.QtWidgets import QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, _shown)
app.exec()
"""
PROGRAM = _QUIT_WHEN_SHOWN + """
import sys
import ui.app
offer_demo = ui.app.offer_demo
def _offer_then_report(window, settings):
    QTimer.singleShot(0, _shown)
    return offer_demo(window, settings)
ui.app.offer_demo = _offer_then_report
import ui.sign_in
ui.sign_in.signed_in_login = lambda location, hint=None: "admin"  # no one to type a password
from aftersales_desktop.cli.main import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def once(script: str, args: list[str], env: dict) -> float:
    started = perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    elapsed = (perf_counter() - started) * 1000
    child.wait(timeout=120)
    if line.strip() != SHOWN or child.returncode != 0:
        raise RuntimeError(f"startup run failed (exit {child.returncode}): {line!r}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        default = ROOT / "bench" / "out" / "list-1000000.sqlite3"
        db = args.db or (str(default) if default.exists() else str(Path(home) / "desk.sqlite3"))
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": home,
               "XDG_CONFIG_HOME": home, "PYTHONPATH": str(ROOT)}
        once(PROGRAM, [db], env)  # creates a missing database; warms the file cache
        once(BARE, [], env)
        program, bare = [], []
        for _ in range(args.runs):
            program.append(once(PROGRAM, [db], env))
            bare.append(once(BARE, [], env))
    value, baseline = statistics.median(program), statistics.median(bare)
    print(f"database {db}; program runs {[round(v) for v in program]}, "
          f"bare {[round(v) for v in bare]}", file=sys.stderr)
    print(json.dumps({"metric": "startup_ms", "value": round(value, 1), "unit": "ms",
                      "baseline": round(baseline, 1), "ratio": round(value / baseline, 4)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
