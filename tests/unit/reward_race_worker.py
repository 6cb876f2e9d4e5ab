"""Worker process for the reward-rules race test (spawned, so each has its own connection)."""
from __future__ import annotations


def run(url: str, rounds: int, start, out) -> None:
    from aftersales_desktop.services.reward_rule_run import run_rules
    from aftersales_desktop.storage.connection import open_database

    open_database(url)
    start.wait(30)
    done = {"proposed": 0, "failed": 0}
    for _ in range(rounds):
        report = run_rules()
        done["proposed"] += report.proposed
        done["failed"] += len(report.failed)
    out.put(done)
