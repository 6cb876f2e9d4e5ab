"""Schema step 9 in frozen SQL: 回访. How each resolution was reached (ticket_resolution, one row
per time the ticket is resolved), the callback and revisit tasks with their due times, attempt
count and limit, and every call made with its answers (callback_attempt).
"""
from __future__ import annotations

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V9 = """
CREATE TABLE ticket_resolution (id {pk},
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE RESTRICT,
  how VARCHAR(255) NOT NULL CHECK (how IN ('explanation', 'refund', 'exchange', 'repair',
    'resend', 'compensation', 'other')),
  note TEXT, resolved_at {ts} NOT NULL,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT);
CREATE INDEX ticket_resolution_ticket_id ON ticket_resolution (ticket_id);
CREATE TABLE callback_task (id {pk},
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE RESTRICT,
  kind VARCHAR(255) NOT NULL CHECK (kind IN ('callback', 'revisit')),
  revisit_days INTEGER CHECK (revisit_days > 0),
  assignee_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  group_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
  available_at {ts} NOT NULL, due_at {ts} NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),
  status VARCHAR(255) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  outcome VARCHAR(255) CHECK (outcome IN ('satisfied', 'reopened', 'unreached', 'cancelled')),
  created_at {ts} NOT NULL, ended_at {ts},
  ended_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  CHECK (assignee_id IS NOT NULL OR group_id IS NOT NULL),
  CHECK ((status = 'open') = (outcome IS NULL)),
  CHECK ((kind = 'revisit') = (revisit_days IS NOT NULL)),
  CHECK (attempts <= max_attempts));
CREATE INDEX callback_task_ticket_id ON callback_task (ticket_id);
CREATE INDEX callback_task_open ON callback_task (available_at) WHERE status = 'open';
CREATE TABLE callback_attempt (id {pk},
  task_id INTEGER NOT NULL REFERENCES callback_task (id) ON DELETE RESTRICT,
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE RESTRICT,
  attempt_no INTEGER NOT NULL CHECK (attempt_no > 0),
  at {ts} NOT NULL, staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
  reached BOOLEAN NOT NULL, unreached_reason VARCHAR(255),
  solved BOOLEAN,
  resolution_score INTEGER CHECK (resolution_score BETWEEN 1 AND 5),
  attitude_score INTEGER CHECK (attitude_score BETWEEN 1 AND 5),
  satisfied BOOLEAN, customer_words TEXT, note TEXT,
  UNIQUE (task_id, attempt_no),
  CHECK (reached OR (unreached_reason IS NOT NULL AND solved IS NULL
    AND resolution_score IS NULL AND attitude_score IS NULL AND satisfied IS NULL)),
  CHECK (NOT reached OR (unreached_reason IS NULL AND solved IS NOT NULL
    AND resolution_score IS NOT NULL AND attitude_score IS NOT NULL AND satisfied IS NOT NULL)));
CREATE INDEX callback_attempt_ticket_id ON callback_attempt (ticket_id);
CREATE INDEX callback_attempt_reached_at ON callback_attempt (at) WHERE reached
"""


def step_9(dialect: str) -> list[str]:
    ddl = _V9.format(**_TYPES[dialect])
    return [statement.strip() for statement in ddl.split(";") if statement.strip()]
