"""Worker process for the deadline-watch race test (spawned, so each has its own connection)."""
from __future__ import annotations


def tick_at(url: str, now_iso: str, rounds: int, start, out) -> None:
    from datetime import datetime

    from aftersales_desktop.services.deadline_watch import tick
    from aftersales_desktop.storage.connection import open_database

    open_database(url)
    start.wait(30)
    done = {"escalated": 0, "notified": 0, "failed": 0}
    for _ in range(rounds):
        report = tick(datetime.fromisoformat(now_iso))
        done["escalated"] += report.escalated
        done["notified"] += report.notified
        done["failed"] += len(report.failed)
    out.put(done)
