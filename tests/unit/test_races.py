"""Two writers at once: ticket numbers stay unique, one ticket's version admits one save."""
import multiprocessing

from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import AuditEvent, Ticket

from . import race_worker
from .helpers import ticket_json

CTX = multiprocessing.get_context("spawn")


def _run(target, args_list):
    start, out = CTX.Event(), CTX.Queue()
    procs = [CTX.Process(target=target, args=(*args, start, out)) for args in args_list]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0, "a worker failed; see its traceback above"
    return [out.get(timeout=5) for _ in procs]


def test_two_writers_draw_unique_gapless_numbers(db_url, db):
    results = _run(race_worker.create_many, [(db_url, 40, "甲"), (db_url, 40, "乙")])
    numbers = [n for batch in results for n in batch]
    assert len(numbers) == len(set(numbers)) == 80
    sequences = sorted(int(n.split("-")[1]) for n in numbers)
    assert sequences == list(range(1, 81))
    assert Ticket.select().count() == 80
    created = AuditEvent.select().where((AuditEvent.action == "create") & (AuditEvent.entity == "ticket"))
    assert created.count() == 80


def test_two_saves_of_one_version_one_wins(db_url, db):
    number = create_ticket(ticket_json()).number
    for version in range(1, 4):
        # Both want a real change, so whichever goes second finds the version moved on.
        wanted = [p for p in ("urgent", "normal", "low") if p != get_ticket(number).priority]
        results = _run(race_worker.save_version,
                       [(db_url, number, version, wanted[0]), (db_url, number, version, wanted[1])])
        saved = [r for r in results if r[0] == "saved"]
        conflicts = [r for r in results if r[0] == "conflict"]
        assert len(saved) == 1 and conflicts == [("conflict", version, version + 1)]
        ticket = get_ticket(number)
        assert ticket.version == version + 1 and ticket.priority == saved[0][1]
    updates = [e for e in get_ticket(number).events if e.field == "priority"]
    assert len(updates) == 3
