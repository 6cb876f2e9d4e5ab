"""Worker processes for the race tests (spawned, so each has its own connection)."""
from __future__ import annotations


def create_many(url: str, count: int, tag: str, start, out) -> None:
    from aftersales_desktop.storage.connection import open_database
    from aftersales_desktop.services.tickets import create_ticket

    open_database(url)
    start.wait(30)
    numbers = []
    for i in range(count):
        ticket = create_ticket({"channel": "hotline", "customer": {"name": f"客户{tag}{i}"},
                                "problem": {"description": f"并发测试 {tag} {i}"}})
        numbers.append(ticket.number)
    out.put(numbers)


def save_version(url: str, number: str, version: int, priority: str, start, out) -> None:
    from aftersales_desktop.domain.errors import ConflictError
    from aftersales_desktop.services.tickets import update_ticket
    from aftersales_desktop.storage.connection import open_database

    open_database(url)
    start.wait(30)
    try:
        update_ticket(number, {"priority": priority}, expect_version=version)
        out.put(("saved", priority))
    except ConflictError as exc:
        out.put(("conflict", exc.expected_version, exc.current_version))
