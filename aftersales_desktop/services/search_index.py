"""The search words of tickets (table ticket_search, schema step 2).

Writers call `index_tickets` or `index_customer_tickets` inside the transaction of their
change, so the words are never stale. Indexed: FTS5 on SQLite, GIN on PostgreSQL.
"""
from __future__ import annotations

from dataclasses import dataclass

from peewee import SQL, Expression, Node, NodeList, Table, chunked, fn

from aftersales_desktop.domain.search_text import query_phrases, ticket_words
from aftersales_desktop.services.search_rarest import rarest_word
from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.models import Customer, Ticket, database

FTS = Table("ticket_search_fts", ("rowid", "tokens")).bind(database)
SEARCH = Table("ticket_search", ("ticket_id", "tokens", "words")).bind(database)
_CHUNK = 1000
WALK_ROWS = 2_000  # PostgreSQL: the newest tickets a page checks one by one first


def index_tickets(ticket_ids) -> None:
    """Write the current words of these tickets (rows whose words did not change stay)."""
    sql = ("INSERT INTO ticket_search (ticket_id, tokens) VALUES ({p}, {p}) "
           "ON CONFLICT (ticket_id) DO UPDATE SET tokens = excluded.tokens "
           "WHERE ticket_search.tokens <> excluded.tokens").format(p=database.param)
    for chunk in chunked(list(ticket_ids), _CHUNK):
        rows = (Ticket.select(Ticket.id, Ticket.number, Customer.name, Customer.phone,
                              Ticket.order_number, Ticket.waybill, Ticket.description)
                .join(Customer, on=(Ticket.customer == Customer.id))
                .where(Ticket.id.in_(chunk)).tuples())
        words = [(row[0], ticket_words(*row[1:])) for row in rows]
        if words:
            database.cursor().executemany(sql, words)


def index_customer_tickets(customer_id: int) -> None:
    """After the customer's name or phone changed: all of their tickets."""
    index_tickets(t for t, in Ticket.select(Ticket.id).where(Ticket.customer == customer_id)
                  .tuples())


def rebuild_search_index() -> int:
    """Bring the words of every ticket up to date, batch by batch; return the tickets seen."""
    last, seen = 0, 0
    while True:
        with database.atomic():
            ids = [t for t, in Ticket.select(Ticket.id).where(Ticket.id > last)
                   .order_by(Ticket.id).limit(_CHUNK * 5).tuples()]
            if not ids:
                return seen
            index_tickets(ids)
        last, seen = ids[-1], seen + len(ids)


@dataclass(frozen=True)
class SearchSource:
    """Where the tickets containing a text are found, as parts of a ticket query."""
    table: Table
    order: Node  # its ticket id column, to order by: the index reads it in that order
    joined: Node  # the same, to join on
    condition: Node  # the text test, answered by the index
    # PostgreSQL: the same test without the index, to check rows one by one (GIN finds
    # every match in no order, so the newest page is found faster by walking the newest ids)
    scan: Node | None = None
    # PostgreSQL: the same test for a window of ids, through the index for the rarest Chinese
    # word only (services.search_rarest), the whole test on the rows it finds
    window: Node | None = None


def search_source(text: str) -> SearchSource | None:
    """The tickets that contain every word and phrase of `text`; None when there is nothing
    to find."""
    phrases = query_phrases(text)
    if not phrases:
        return None
    if dialect(database.obj) == "sqlite":
        match = " AND ".join(f'"{p}"' for p in phrases)
        # Unary + keeps SQLite from probing FTS5 once per ticket (slow with filters);
        # the index is read once, in rowid order, and tickets are looked up by id.
        joined = NodeList((SQL("+"), FTS.rowid), glue="")
        return SearchSource(FTS, FTS.rowid, joined, Expression(FTS.tokens, "MATCH", match))
    query = fn.phraseto_tsquery("simple", phrases[0])
    for phrase in phrases[1:]:
        query = Expression(query, "&&", fn.phraseto_tsquery("simple", phrase))
    indexed, scan = Expression(SEARCH.words, "@@", query), fn.ts_match_vq(SEARCH.words, query)
    # a bigram or character is its own word in to_tsvector('simple'); ASCII words may not be
    rarest = rarest_word([w for phrase in phrases for w in phrase.split() if not w.isascii()])
    window = indexed if rarest is None else (
        Expression(SEARCH.words, "@@", fn.plainto_tsquery("simple", rarest)) & scan)
    return SearchSource(SEARCH, SEARCH.ticket_id, SEARCH.ticket_id, indexed, scan, window)


def matching_ids(source: SearchSource, lower: int | None = None, upper: int | None = None):
    """The ids of the matching tickets (ids in [lower, upper) when given) as a materialised
    CTE (column ticket_id): found through the index as a set, so that PostgreSQL does not walk
    another order's index testing each ticket (the words' statistics say little about how
    often a phrase occurs). With a window, the index's matches are intersected with the id
    range before any row is read (a BitmapAnd with the primary key)."""
    windowed = lower is not None or upper is not None
    test = source.window if windowed and source.window is not None else source.condition
    query = source.table.select(source.order.alias("ticket_id")).where(test)
    if lower is not None:
        query = query.where(source.order >= lower)
    if upper is not None:
        query = query.where(source.order < upper)
    return query.cte("matched", materialized=True)


def _top_id() -> int:
    """One past the newest ticket id in the search index."""
    return (database.execute_sql("SELECT MAX(ticket_id) FROM ticket_search").fetchone()[0]
            or 0) + 1


def next_window(checked: int, found: int, wanted: int) -> int:
    """How many ids further down hold about twice the `wanted` matches, when `found` of the
    `checked` ids above matched (one more assumed, so that none found still moves on)."""
    return -(-2 * wanted * checked // (found + 1))


def newest_matches(walk, windowed, source: SearchSource, limit: int,
                   below: int | None = None) -> list[int]:
    """The ids of the `limit` newest entered matching tickets (ids below `below`), newest first.

    `walk(test)` is the query of ticket ids searching with `test`, `windowed(lower, upper)` the
    query of the ids of matches in [lower, upper) (lower None: from the first), newest first.
    The newest WALK_ROWS ids are checked one by one, which finds a page of a frequent word at
    once. Otherwise the index is asked for a window of ids below, as wide as the matches seen
    so far say holds about twice what is missing, and so on down: the rows read are about the
    matches shown, however rare or frequent the words."""
    if below is None:
        below = _top_id()
    floor = max(below - WALK_ROWS, 1)
    window = (source.order < below) & (source.order >= floor)
    ids = [i for i, in walk(source.scan).where(window).order_by(source.order.desc())
           .limit(limit).tuples()]
    while len(ids) < limit and floor > 1:
        lower = floor - next_window(below - floor, len(ids), limit - len(ids))
        lower = lower if lower > 1 else None
        ids += [i for i, in windowed(lower, floor).limit(limit - len(ids)).tuples()]
        floor = lower or 1
    return ids


COMPACTED_KEY = "search.compacted_at_event"


def compact_after_anonymising() -> bool:
    """SQLite's full-text index keeps a removed word in its older segments until they are
    merged; after anonymisations since the last time, merge them all ('optimize'), so the
    person's words leave the file too (secure_delete zeroes the freed pages). PostgreSQL's
    autovacuum does the same for the GIN index. True when it ran."""
    from aftersales_desktop.storage.models import AuditEvent, Setting

    last = AuditEvent.select(fn.MAX(AuditEvent.id)).where(AuditEvent.action == "anonymise").scalar()
    done = Setting.select(Setting.value).where(Setting.key == COMPACTED_KEY).scalar()
    if not last or (done and str(done).isdigit() and int(done) >= last):
        return False
    if dialect(database.obj) == "sqlite":
        database.execute_sql("INSERT INTO ticket_search_fts (ticket_search_fts) VALUES ('optimize')")
    with database.atomic():
        Setting.delete().where(Setting.key == COMPACTED_KEY).execute()
        Setting.insert(key=COMPACTED_KEY, value=str(last)).execute()
    return True
