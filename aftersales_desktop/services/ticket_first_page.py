"""What the 工单 screen shows at once: the first page of the tickets passing a filter, found
without counting them all. The count (background_count) comes after; the screen asks for it
in the background. Only when the order depends on the size of the result (plan_sort) are they
counted first, and then no further than SORT_CAP + 1."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.services.ticket_list import (
    SORT_CAP, TicketFilter, TicketTableRow, count_tickets, list_page, needs_count, plan_sort,
)


@dataclass(frozen=True)
class FirstPage:
    rows: list[TicketTableRow]
    shown: TicketFilter  # the filter in the order of the rows; the next pages: list_page(shown)
    count: int | None  # how many tickets pass the filter, when known already
    more_than: int = 0  # when count is None: more than this many pass (0: not known)
    resorted: bool = False  # newest entered first instead of the chosen order (too many)


def first_page(f: TicketFilter, limit: int = 100) -> FirstPage:
    """The first `limit` rows of `f`, in the order plan_sort gives for its size."""
    if not needs_count(f):
        rows = list_page(f, limit)
        # a page that is not full holds all of them
        return FirstPage(rows, f, len(rows) if len(rows) < limit else None)
    probe = count_tickets(f, cap=SORT_CAP)
    shown = plan_sort(f, probe)
    rows = list_page(shown, limit)
    if probe <= SORT_CAP:
        return FirstPage(rows, shown, probe)
    return FirstPage(rows, shown, None, SORT_CAP, shown.sort != f.sort)


# A search is counted no further: counting every ticket that holds a frequent word reads most
# of the search index on PostgreSQL (seconds of server time for each search at 1,000,000
# tickets); the screen says "more than" this many.
SEARCH_COUNT_CAP = 100_000


def background_count(f: TicketFilter) -> tuple[int, bool]:
    """What the screen counts after the first page: (how many tickets pass `f`, True), or for
    a search with more than SEARCH_COUNT_CAP matches (SEARCH_COUNT_CAP, False): more than that
    many, not counted further."""
    if not (f.search or "").strip():
        return count_tickets(f), True
    count = count_tickets(f, cap=SEARCH_COUNT_CAP)
    return (count, True) if count <= SEARCH_COUNT_CAP else (SEARCH_COUNT_CAP, False)
