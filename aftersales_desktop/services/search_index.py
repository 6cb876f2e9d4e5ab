"""The search words of tickets (table ticket_search, schema step 2).

Writers call `index_tickets` or `index_customer_tickets` inside the transaction of their
change, so the words are never stale. Indexed: FTS5 on SQLite, GIN on PostgreSQL.
"""
from __future__ import annotations

from peewee import SQL, Expression, NodeList, Table, chunked, fn

from aftersales_desktop.domain.search_text import query_phrases, ticket_words
from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.models import Customer, Ticket, database

FTS = Table("ticket_search_fts", ("rowid", "tokens")).bind(database)
SEARCH = Table("ticket_search", ("ticket_id", "tokens", "words")).bind(database)
_CHUNK = 1000


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


def search_source(text: str):
    """(table, its ticket id column to order by, the same to join on, condition) finding the
    tickets that contain every word and phrase of `text`; None when there is nothing to find."""
    phrases = query_phrases(text)
    if not phrases:
        return None
    if dialect(database.obj) == "sqlite":
        match = " AND ".join(f'"{p}"' for p in phrases)
        # Unary + keeps SQLite from probing FTS5 once per ticket (slow with filters);
        # the index is read once, in rowid order, and tickets are looked up by id.
        joined = NodeList((SQL("+"), FTS.rowid), glue="")
        return FTS, FTS.rowid, joined, Expression(FTS.tokens, "MATCH", match)
    query = fn.phraseto_tsquery("simple", phrases[0])
    for phrase in phrases[1:]:
        query = Expression(query, "&&", fn.phraseto_tsquery("simple", phrase))
    return SEARCH, SEARCH.ticket_id, SEARCH.ticket_id, Expression(SEARCH.words, "@@", query)
