"""Writer process for the crash and backup tests: creates tickets until it is killed.

Usage: python crash_writer.py DB_URL [ATTACHMENT]. Prints "ready" once the database is
open, then each ticket number only after create_ticket has returned (acknowledged).
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path


def ticket_data(i: int, attachment: str | None = None) -> dict:
    data = {"channel": "hotline",
            "customer": {"name": f"客户{i % 40}", "phone": f"1380013{i % 40:04d}"},
            "problem": {"description": f"崩溃测试：第 {i} 张工单"}}
    if attachment and i % 5 == 0:
        data["attachments"] = [attachment]
    return data


def main(url: str, attachment: str | None) -> None:
    from aftersales_desktop.services.tickets import create_ticket
    from aftersales_desktop.storage.connection import open_database

    open_database(url)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        number = create_ticket(ticket_data(i, attachment)).number
        print(number, flush=True)


class Writer:
    """The parent's side: start the writer, collect acknowledged numbers, kill it."""

    def __init__(self, url: str, attachment: str | None = None):
        args = [sys.executable, str(Path(__file__).resolve()), url]
        args += [attachment] if attachment else []
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.ready = threading.Event()
        self.numbers: list[str] = []
        self.started = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if not line.endswith(b"\n"):
                break  # cut off by the kill: not acknowledged
            text = line.decode().strip()
            if text == "ready":
                self.started = True
                self.ready.set()
            else:
                self.numbers.append(text)
        self.ready.set()

    def wait_ready(self, timeout: float = 30) -> None:
        self.ready.wait(timeout)
        if not self.started:
            self.kill()  # raises with the writer's error output if it stopped by itself
            raise AssertionError("writer did not start in time")

    def wait_for(self, count: int, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while len(self.numbers) < count and time.monotonic() < deadline:
            time.sleep(0.01)

    def kill(self) -> list[str]:
        """SIGKILL; return every number the writer acknowledged before it died."""
        died = self.proc.poll() is not None
        if not died:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(30)
        self._reader.join(30)
        errors = self.proc.stderr.read().decode()
        self.proc.stderr.close()
        if died:
            raise AssertionError(f"writer stopped by itself ({self.proc.returncode}): {errors}")
        return list(self.numbers)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None)
