"""Search words, the same for SQLite FTS5 (unicode61) and PostgreSQL to_tsvector('simple').

Both engines find whole words only, and Chinese has no spaces. So a ticket's text becomes
ASCII words and digit runs (lower case), overlapping two-character words (bigrams) of every
run of other letters, and each such letter on its own (unigrams, after the rest).
A query of two or more characters is a phrase of its bigrams: adjacent and in order, so it
finds exactly the texts that contain it; one character is its unigram.

The words stored by schema step 2 are `ticket_words_v1`; changing them needs a new step that
builds them again.
"""
from __future__ import annotations

import re
import unicodedata

from aftersales_desktop.domain import phone as phones

_RUNS = re.compile(r"[0-9a-z]+|[^\W0-9a-z_]+")
SHORTEST_PHONE_TAIL = 4


def _runs(text: str | None) -> list[str]:
    return _RUNS.findall(unicodedata.normalize("NFKC", text or "").lower())


def _bigrams(run: str) -> list[str]:
    return [run[i:i + 2] for i in range(len(run) - 1)]


def phone_tails(phone: str | None) -> str:
    """The phone and its endings from four digits on, so '5678' finds 13912345678."""
    digits = "".join(c for c in phone or "" if c.isdigit())
    return " ".join(digits[-n:] for n in range(SHORTEST_PHONE_TAIL, len(digits) + 1))


def document_v1(*texts: str | None) -> str:
    """The stored words of some texts, space-separated."""
    words: list[str] = []
    singles: dict[str, None] = {}
    for text in texts:
        for run in _runs(text):
            if run.isascii():
                words.append(run)
            else:
                words += _bigrams(run)
                singles.update(dict.fromkeys(run))
    return " ".join(words + list(singles))


def ticket_words_v1(number: str, name: str | None, phone: str | None, order_number: str | None,
                    waybill: str | None, description: str | None) -> str:
    return document_v1(number, name, phone_tails(phone), order_number, waybill, description)


ticket_words = ticket_words_v1


def query_phrases(text: str | None) -> list[str]:
    """The phrases (space-separated words) that must all occur; [] when nothing searchable.

    A phone number in any spelling is one word; a term of ASCII only (a ticket, order or
    waybill number with dashes) is one phrase.
    """
    text = (text or "").strip()
    phrases: list[str] = []
    for term in [text] if _phone(text) else text.split():
        phone = _phone(term)
        runs = [phone] if phone else _runs(term)
        if runs and all(run.isascii() for run in runs):
            phrases.append(" ".join(runs))
            continue
        for run in runs:
            phrases.append(run if run.isascii() or len(run) == 1 else " ".join(_bigrams(run)))
    return phrases


def _phone(text: str) -> str | None:
    if not any(c.isdigit() for c in text):
        return None
    try:
        return phones.normalise(text)
    except ValueError:
        return None
