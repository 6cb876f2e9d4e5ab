"""When demo tickets arrive, how far they got, and when each step happened (no database)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import accumulate
from random import Random

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.domain.states import STATE_LABELS, path_to

DAYS = 90
STATES = tuple(STATE_LABELS)
PATHS = {state: tuple(path_to(state)) for state in STATES}

# Tickets per Shanghai hour of day: a 24 h hotline, busiest late morning and evening.
_HOURS = (1, 0.6, 0.4, 0.3, 0.3, 0.5, 1, 2, 5, 9, 11, 11, 8, 9, 10, 10, 9, 8, 7, 7, 8, 8, 5, 2)
_HOUR_CUM = list(accumulate(_HOURS))
_WEEKDAY = (1.25, 1.1, 1.0, 1.0, 1.05, 0.8, 0.75)  # Monday first

# Where tickets of a given age stand: young ones early in the lifecycle, old ones mostly
# closed, a few stuck (the overdue ones the screens must show).
_STATE_WEIGHTS = (  # (age up to, in days; weight per state in STATES order)
    (1, (25, 20, 15, 12, 15, 3, 1, 0.5, 8, 0.5)),
    (7, (3, 3, 4, 6, 20, 15, 12, 25, 7, 4)),
    (DAYS + 1, (0.3, 0.3, 0.5, 0.5, 3, 2, 2, 80, 7, 3)),
)
_STATE_CUM = [(age, list(accumulate(w))) for age, w in _STATE_WEIGHTS]

# Seconds from the previous step to this one: (shortest, longest); short waits are likelier.
STEP_SECONDS = {
    "received": (30, 900), "verified": (120, 3 * 3600), "classified": (60, 2 * 3600),
    "assigned": (300, 4 * 3600), "in_progress": (600, 12 * 3600),
    "resolved": (3600, 3 * 86400), "callback": (3600, 2 * 86400), "closed": (300, 86400),
    "rejected": (600, 86400), "reopened": (3600, 3 * 86400),
}
_MARGIN = 60  # seconds: the newest event lies at least this far before now


def _received(rng: Random, now: datetime, day_cum: list[float]) -> datetime:
    today = now.replace(tzinfo=timezone.utc).astimezone(SHANGHAI).date()
    while True:
        day = today - timedelta(days=rng.choices(range(DAYS), cum_weights=day_cum)[0])
        hour = rng.choices(range(24), cum_weights=_HOUR_CUM)[0]
        local = datetime(day.year, day.month, day.day, hour, rng.randrange(60),
                         rng.randrange(60), tzinfo=SHANGHAI)
        received = local.astimezone(timezone.utc).replace(tzinfo=None)
        if received <= now - timedelta(minutes=5):
            return received


def _state(rng: Random, age_days: float) -> str:
    for limit, cum in _STATE_CUM:
        if age_days <= limit:
            return rng.choices(STATES, cum_weights=cum)[0]
    return "closed"


def plan(rng: Random, count: int, leaf_weights: list[float],
         now: datetime) -> list[tuple[datetime, str, int]]:
    """(received_at UTC, final state, leaf index) per ticket, oldest first.

    The first tickets drawn take every state and every leaf once, so that even a small
    demo shows all of them.
    """
    today = now.replace(tzinfo=timezone.utc).astimezone(SHANGHAI).date()
    day_cum = list(accumulate(
        _WEEKDAY[(today - timedelta(days=d)).weekday()] * (1.0 - d / (3 * DAYS))
        for d in range(DAYS)))
    leaf_cum = list(accumulate(leaf_weights))
    leaves = range(len(leaf_weights))
    specs = []
    for i in range(count):
        received = _received(rng, now, day_cum)
        age = (now - received).total_seconds() / 86400
        state = STATES[i] if i < len(STATES) else _state(rng, age)
        leaf = i if i < len(leaf_weights) else rng.choices(leaves, cum_weights=leaf_cum)[0]
        specs.append((received, state, leaf))
    specs.sort()
    return specs


def timeline(rng: Random, state: str, received: datetime, now: datetime,
             urgent: bool) -> list[datetime]:
    """The time of each step on the path to `state`, the 'create' first; all before `now`."""
    path = PATHS[state]
    factor = 0.4 if urgent else 1.0
    offsets, total = [], 0.0
    for step in path:
        low, high = STEP_SECONDS[step]
        total += low + (high - low) * factor * rng.random() ** 2
        offsets.append(total)
    room = (now - received).total_seconds() - _MARGIN
    scale = room / total if total > room else 1.0
    return [received + timedelta(seconds=round(o * scale, 3)) for o in offsets]
