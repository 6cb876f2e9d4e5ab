"""Schema step 12 in frozen SQL: the internal audit spot check (内部监督抽查) and the indexes of
the 统计 dashboard.

A spot check is a random sample of the tickets closed in a period (optionally of one category
and/or handling department), drawn with a recorded seed so the same draw can be repeated; each
sampled ticket gets one review (合格/不合格, findings, reviewer, time). The closings are found
through a partial index of the audit trail's transitions to 'closed'. The dashboard reads, per
ticket, its first resolution, the state of its time limits and its latest reached callback,
and groups the period's tickets by category, department, handler and carrier: covering
indexes for each, so no table row is read for them."""
from __future__ import annotations

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME", "big": "INTEGER"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP", "big": "BIGINT"},
}

_V12 = """
CREATE TABLE spot_check (id {pk}, number VARCHAR(255) NOT NULL UNIQUE,
  period_start DATE NOT NULL, period_end DATE NOT NULL,
  category_id INTEGER REFERENCES category (id) ON DELETE RESTRICT,
  department_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
  sample_size INTEGER NOT NULL CHECK (sample_size > 0), population INTEGER NOT NULL,
  seed {big} NOT NULL, note TEXT,
  created_by_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
  created_at {ts} NOT NULL, CHECK (period_end >= period_start));
CREATE INDEX spot_check_created_at ON spot_check (created_at);
CREATE TABLE spot_check_item (id {pk},
  spot_check_id INTEGER NOT NULL REFERENCES spot_check (id) ON DELETE RESTRICT,
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE RESTRICT,
  position INTEGER NOT NULL,
  result VARCHAR(255) CHECK (result IN ('pass', 'fail')), findings TEXT,
  reviewer_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT, reviewed_at {ts},
  version INTEGER NOT NULL DEFAULT 1,
  CHECK ((result IS NULL AND reviewer_id IS NULL AND reviewed_at IS NULL)
         OR (result IS NOT NULL AND reviewer_id IS NOT NULL AND reviewed_at IS NOT NULL)),
  CHECK (result IS NULL OR result = 'pass' OR findings IS NOT NULL));
CREATE UNIQUE INDEX spot_check_item_ticket ON spot_check_item (spot_check_id, ticket_id);
CREATE INDEX spot_check_item_ticket_id ON spot_check_item (ticket_id);
CREATE INDEX audit_event_closed ON audit_event (at, ticket_id)
  WHERE action = 'transition' AND field = 'state' AND new_value = 'closed';
CREATE INDEX ticket_resolution_first ON ticket_resolution (ticket_id, resolved_at);
CREATE INDEX ticket_statistics ON ticket (received_at, category_id, department_id, assignee_id,
  carrier);
CREATE INDEX ticket_deadline_state ON ticket_deadline (ticket_id, due_at, met_at);
CREATE INDEX callback_attempt_latest ON callback_attempt (ticket_id, at, id) WHERE reached
"""


def step_12(dialect: str) -> list[str]:
    ddl = _V12.format(**_TYPES[dialect])
    return [statement.strip() for statement in ddl.split(";") if statement.strip()]
