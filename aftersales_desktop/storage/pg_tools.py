"""Running PostgreSQL's client tools (pg_dump, pg_restore, psql) for backups and restores:
finding them, waiting for them while a watch may cancel a lock wait, and their errors."""
from __future__ import annotations

import shutil
import subprocess

from aftersales_desktop.storage.backup import BackupError


def find_tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        raise BackupError(f"{name} not found; install the PostgreSQL client tools "
                          "(e.g. apt install postgresql-client) and put them on PATH")
    return exe


def wait_watched(proc: subprocess.Popen, watch=None, also: tuple = ()) -> tuple[str, str]:
    """(stdout, stderr) of `proc` once it ends, calling `watch` four times a second meanwhile;
    interrupted, `proc` and the processes `also` are killed (mid-transaction: the server
    rolls back)."""
    try:
        while True:
            try:
                return proc.communicate(timeout=0.25)
            except subprocess.TimeoutExpired:
                if watch:
                    watch()
    except BaseException:
        for other in (proc, *also):
            other.kill()
            other.wait()
        raise


def failure(what: str, stderr: str) -> BackupError:
    """The error of a tool that failed, from the lines of its output that say why."""
    lines = [ln.strip() for ln in (stderr or "").splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.lower().startswith(("detail", "hint"))
              or "error" in ln.lower()] or lines or ["no message"]
    return BackupError(f"{what} failed: {' / '.join(errors[:3])}")
