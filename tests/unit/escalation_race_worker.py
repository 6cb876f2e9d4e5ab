"""Worker process for the escalation race test (spawned, so each has its own connection)."""
from __future__ import annotations


def auto_escalate(url: str, number: str, rounds: int, start, out) -> None:
    from aftersales_desktop.services.escalation_auto import escalate_automatically
    from aftersales_desktop.storage.connection import open_database

    open_database(url)
    start.wait(30)
    fired = 0
    for _ in range(rounds):
        for key in ("solution:warn", "solution:breach"):
            fired += escalate_automatically(number, key) is not None
    out.put(fired)
