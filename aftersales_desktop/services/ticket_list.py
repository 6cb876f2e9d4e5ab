"""The ticket table: filters, sorting, paging, search — plain rows for the list screen and CLI.

Built to stay fast with a million tickets:
- search goes through the search words index (services.search_index), newest entered first,
  so a page stops after `limit` matches instead of sorting all of them;
- pages after the first continue from the last row shown (keyset), not by OFFSET;
- the first page is found without counting (services.ticket_first_page); the exact count
  comes after, for the screen in the background;
- received time and number sort through their indexes at any size; other columns (and any
  order of search results) only when at most SORT_CAP tickets match — `plan_sort` says which,
  from a count that stops at SORT_CAP + 1.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from peewee import JOIN, Tuple, fn

from aftersales_desktop.domain.clock import day_start_utc, iso_utc, utcnow
from aftersales_desktop.services.deadlines import overdue_ticket_ids
from aftersales_desktop.services.numbering import NUMBER_PATTERN
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.services.search_index import (
    SearchSource, matching_ids, newest_matches, search_source,
)
from aftersales_desktop.services.statistics_dims import Drill, drill_condition
from aftersales_desktop.storage.models import Category, Customer, Staff, Ticket
from aftersales_desktop.storage.models_sla import TicketDeadlineRow, TicketPause

SORT_CAP = 1000  # the most matching tickets that sort by any column
ENTERED = "entered"  # id order: the order tickets were entered
SubCategory = Category.alias("sub")
SORT_KEYS = {
    "number": Ticket.number, "received_at": Ticket.received_at, "customer": Customer.name,
    "category": Category.sort_order, "priority": Ticket.priority, "state": Ticket.state,
    "assignee": Staff.name, ENTERED: Ticket.id,
}
INDEXED_SORTS = {ENTERED, "received_at", "number"}
_FILTERS = ("state", "category", "priority", "channel", "assignee", "date_from", "date_to",
            "overdue", "viewer", "drill")


@dataclass(frozen=True)
class TicketFilter:
    state: str | None = None
    category: str | None = None  # top-level code
    priority: str | None = None
    channel: str | None = None
    assignee: str | None = None  # login
    date_from: date | None = None  # received, Shanghai dates, inclusive
    date_to: date | None = None
    search: str = ""
    overdue: bool = False  # only tickets with an open deadline past due
    viewer: str | None = None  # staff login: only the tickets they see (services.scoping)
    drill: Drill | None = None  # the tickets behind a number of the 统计 dashboard
    sort: str = "received_at"
    descending: bool = True


@dataclass(frozen=True)
class TicketTableRow:
    number: str
    received_at: str  # ISO 8601 UTC
    customer_name: str | None
    customer_phone: str | None
    category: str | None
    subcategory: str | None
    priority: str
    state: str
    channel: str
    assignee: str | None
    deadline: str | None  # the nearest open due time (ISO 8601 UTC); None: none or paused
    id: int = 0
    description: str = ""
    deadline_warn: str | None = None  # the earliest warning of the open deadlines
    paused: bool = False  # waiting on the customer


_utc_start = day_start_utc


def _searched(f: TicketFilter) -> SearchSource | None:
    return search_source(f.search) if (f.search or "").strip() else None


def _only_search(f: TicketFilter) -> bool:
    return not any(getattr(f, name) for name in _FILTERS)


def _query(f: TicketFilter, columns, full: bool, test=None, ranked: bool = True,
           window: tuple[int | None, int | None] = (None, None), paging: bool = False):
    """Tickets passing the filter; `full` joins everything the rows show. `test` replaces the
    search's indexed test (SearchSource.scan); `ranked` False finds the matches first, as a
    set (of the ids in `window`: [lower, upper)), for an order the search index cannot give
    (PostgreSQL). `paging`: the query stops after a page (as `full` does)."""
    source = _searched(f)
    query = Ticket.select(*columns)
    if source and not ranked:
        matched = matching_ids(source, *window)
        query = query.join(matched, on=(matched.c.ticket_id == Ticket.id)).with_cte(matched)
    elif source:
        query = query.join(source.table, on=(source.joined == Ticket.id))
        query = query.where(source.condition if test is None else test)
    if full or f.sort == "customer":
        query = query.join(Customer, on=(Ticket.customer == Customer.id))
    if full or f.category or f.sort == "category":
        query = query.join(Category, JOIN.LEFT_OUTER,
                                on=(Ticket.category == Category.id))
    if full:
        query = query.join(SubCategory, JOIN.LEFT_OUTER,
                                on=(Ticket.subcategory == SubCategory.id))
    if full or f.assignee or f.sort == "assignee":
        query = query.join(Staff, JOIN.LEFT_OUTER, on=(Ticket.assignee == Staff.id))
    for column, value in ((Ticket.state, f.state), (Ticket.priority, f.priority),
                          (Ticket.channel, f.channel), (Category.code, f.category),
                          (Staff.login, f.assignee)):
        if value:
            query = query.where(column == value)
    if f.date_from:
        query = query.where(Ticket.received_at >= _utc_start(f.date_from))
    if f.date_to:
        query = query.where(Ticket.received_at < _utc_start(f.date_to + timedelta(days=1)))
    if f.overdue:
        query = query.where(_overdue(full or paging))
    if f.drill is not None:
        query = query.where(drill_condition(f.drill))
    if f.viewer:
        query = scoped(query, acting(f.viewer))
    return query, source


def _overdue(page: bool):
    """Counting starts from the open deadlines index (its work grows with the overdue tickets
    only); a page walks the chosen order and stops after `limit`, instead of joining every
    overdue ticket before sorting."""
    now = utcnow()
    if not page:
        return Ticket.id.in_(overdue_ticket_ids(now))
    d = TicketDeadlineRow.alias("od")
    return fn.EXISTS(d.select(d.id).where((d.ticket == Ticket.id) & d.met_at.is_null()
                                          & (d.due_at <= now)))


def _open_deadlines(column):
    """A column of one page row: `column` over the ticket's open deadlines."""
    d = TicketDeadlineRow.alias("d")
    return (d.select(column(d)).where((d.ticket == Ticket.id) & d.met_at.is_null()))


_PAGE_COLUMNS = [
    Ticket.id, Ticket.number, Ticket.received_at, Customer.name.alias("customer_name"),
    Customer.phone.alias("customer_phone"), Category.name.alias("category_name"),
    SubCategory.name.alias("subcategory_name"), Ticket.priority, Ticket.state,
    Ticket.channel, Staff.name.alias("assignee_name"), Ticket.description,
    _open_deadlines(lambda d: fn.MIN(d.due_at)).alias("due"),
    _open_deadlines(lambda d: fn.MIN(d.warn_at)).alias("warn"),
    fn.EXISTS(TicketPause.select(TicketPause.id).where(
        (TicketPause.ticket == Ticket.id) & TicketPause.ended_at.is_null())).alias("paused"),
]


def _moment(value) -> str | None:
    if isinstance(value, str):  # SQLite hands back aggregates of timestamps as text
        value = datetime.fromisoformat(value)
    return iso_utc(value)


def count_tickets(f: TicketFilter, cap: int | None = None) -> int:
    """How many tickets pass the filter: exactly, or counting no further than cap + 1."""
    source = _searched(f)
    if (f.search or "").strip() and source is None:
        return 0
    if source and _only_search(f):  # the search index alone: no ticket row is read
        query = source.table.select(source.order).where(source.condition)
    else:
        query, _ = _query(f, [Ticket.id], full=False)
    return query.count() if cap is None else query.limit(cap + 1).count()


def plan_sort(f: TicketFilter, count: int) -> TicketFilter:
    """`f` with the order that is fast for `count` matching tickets (from count_tickets, at
    least up to SORT_CAP + 1): the chosen one, or newest entered first when the chosen one
    would sort too many rows."""
    if not needs_count(f) or count <= SORT_CAP:
        return f
    return replace(f, sort=ENTERED, descending=True)


def needs_count(f: TicketFilter) -> bool:
    """Whether the order of `f` depends on how many tickets match (see plan_sort)."""
    searching = bool((f.search or "").strip())
    return f.sort != ENTERED and (searching or f.sort not in INDEXED_SORTS)


def _after(f: TicketFilter, key, last: TicketTableRow):
    """Rows that come after `last` in the order of `key` (ties broken by id)."""
    if f.sort == "received_at":
        moment = datetime.fromisoformat(last.received_at).replace(tzinfo=None)
        edge = Tuple(Ticket.received_at, Ticket.id), Tuple(moment, last.id)
    elif f.sort == "number":
        edge = key, last.number
    else:
        edge = key, last.id
    return edge[0] < edge[1] if f.descending else edge[0] > edge[1]


def list_page(f: TicketFilter, limit: int = 100, offset: int = 0,
              after: TicketTableRow | None = None) -> list[TicketTableRow]:
    """One page in the order of `f`. Give the last row shown as `after` for the next page:
    indexed orders continue from it; other orders (small results only) use `offset`."""
    source = _searched(f)
    if (f.search or "").strip() and source is None:
        return []
    key = SORT_KEYS.get(f.sort, Ticket.received_at)
    if key is Ticket.id and source:
        key = source.order  # the search index's own order, which it reads without sorting
    if source and source.scan is not None and key is source.order and f.descending \
            and (after is not None or not offset):
        # the ids first, through plain queries; the columns shown joined once, for the page
        ids = newest_matches(
            lambda test: _query(f, [Ticket.id], False, test, paging=True)[0],
            lambda *window: _query(f, [Ticket.id], False, ranked=False, window=window,
                                   paging=True)[0].order_by(Ticket.id.desc()),
            source, limit, after.id if after is not None else None)
        if not ids:
            return []
        rows, _ = _query(TicketFilter(), _PAGE_COLUMNS, full=True)
        return [_row(r) for r in rows.where(Ticket.id.in_(ids)).order_by(Ticket.id.desc()).dicts()]
    # PostgreSQL, another order: the matches as a set, sorted, and only the page's rows joined
    ranked = source is None or source.scan is None or key is source.order
    query, _ = _query(f, _PAGE_COLUMNS if ranked else [Ticket.id], full=ranked, ranked=ranked)
    if after is not None and f.sort in INDEXED_SORTS:
        query = query.where(_after(f, key, after))
        offset = 0
    order = [key.desc() if f.descending else key.asc()]
    if f.sort != ENTERED:
        order.append(Ticket.id.desc() if f.descending else Ticket.id.asc())
    query = query.order_by(*order).limit(limit).offset(offset or None)
    if not ranked:
        rows, _ = _query(TicketFilter(), _PAGE_COLUMNS, full=True)
        query = rows.where(Ticket.id.in_(query)).order_by(*order)
    return [_row(r) for r in query.dicts()]


def _row(r: dict) -> TicketTableRow:
    return TicketTableRow(r["number"], iso_utc(r["received_at"]), r["customer_name"],
                          r["customer_phone"], r["category_name"], r["subcategory_name"],
                          r["priority"], r["state"], r["channel"], r["assignee_name"],
                          _moment(r["due"]), r["id"], r["description"], _moment(r["warn"]),
                          bool(r["paused"]))


def exact_number(text: str, viewer: str | None = None) -> str | None:
    """The ticket number when `text` is one that exists (as typed or scanned) and `viewer`
    sees it, else None."""
    candidate = (text or "").strip().upper()
    if not NUMBER_PATTERN.match(candidate):
        return None
    query = Ticket.select(Ticket.number).where(Ticket.number == candidate)
    row = scoped(query, acting(viewer) if viewer else None).first()
    return row.number if row else None
