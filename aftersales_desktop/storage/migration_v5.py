"""Schema step 5 in frozen SQL: the open deadlines by due time, for the overdue filter and count.

Met deadlines are most of the table and never overdue, so the index holds only the open ones.
"""
from __future__ import annotations


def step_5(dialect: str) -> list[str]:
    return ["CREATE INDEX ticket_deadline_open_due ON ticket_deadline (due_at, ticket_id) "
            "WHERE met_at IS NULL"]
