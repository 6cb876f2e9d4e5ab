"""Ticket numbers: SH + date in Shanghai + daily sequence, e.g. SH20261122-0007.

The counter row is bumped inside the ticket's own transaction, so a number is taken
only when its ticket is stored; the row lock (PostgreSQL) or the write lock (SQLite)
keeps two writers from drawing the same number.
"""
from __future__ import annotations

import re
from datetime import datetime

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.storage.models import database

PREFIX = "SH"
NUMBER_PATTERN = re.compile(r"^SH(\d{8})-(\d{4,})$")


def next_number(received_at_utc: datetime) -> str:
    day = to_local(received_at_utc).strftime("%Y%m%d")
    param = database.param
    cursor = database.execute_sql(
        f"INSERT INTO ticket_counter (day, last) VALUES ({param}, 1) "
        "ON CONFLICT (day) DO UPDATE SET last = ticket_counter.last + 1 RETURNING last",
        (day,))
    sequence = cursor.fetchone()[0]
    return f"{PREFIX}{day}-{sequence:04d}"
