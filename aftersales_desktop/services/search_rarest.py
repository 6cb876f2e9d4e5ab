"""PostgreSQL: the rarest of a query's search words, from the statistics ANALYZE keeps of the
words column (most common elements and their frequencies, pg_stats).

The planner estimates a phrase of several words as if they were independent, so it expects
almost no matches of a common phrase and reads every row the index offers for it. One word
alone it estimates well; the search pages ask the index for the rarest word of the query in a
window of ids and test the whole query on those rows (services.search_index).
"""
from __future__ import annotations

from time import monotonic

from aftersales_desktop.storage.models import database

REREAD_S = 600  # statistics change only with ANALYZE; read them again after this long
_read: dict[int, tuple[float, dict[str, float]]] = {}


def word_frequencies() -> dict[str, float]:
    """Share of tickets holding each of the most common search words (empty before ANALYZE)."""
    key = id(database.obj)
    loaded = _read.get(key)
    if loaded is None or monotonic() - loaded[0] > REREAD_S:
        rows = database.execute_sql(
            "SELECT u.word, u.share FROM pg_stats s, unnest(s.most_common_elems::text::text[], "
            "s.most_common_elem_freqs) AS u (word, share) WHERE s.schemaname = current_schema() "
            "AND s.tablename = 'ticket_search' AND s.attname = 'words' AND u.word IS NOT NULL"
        ).fetchall()
        loaded = _read[key] = monotonic(), dict(rows)
    return loaded[1]


def rarest_word(words: list[str]) -> str | None:
    """The word of `words` fewest tickets hold (one not among the most common: rarer than all
    of them); None for no words."""
    if not words:
        return None
    shares = word_frequencies()
    return min(words, key=lambda word: shares.get(word, 0.0))
