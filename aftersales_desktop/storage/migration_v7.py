"""Schema step 7 in frozen SQL: what a policy does on early warning and on breach (notify the
person who must act, or escalate one level), the in-app notices, and for the deadline watch
when it handled a deadline's warning and breach, with indexes of the open, unhandled ones.
"""
from __future__ import annotations

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V7 = """
ALTER TABLE sla_policy ADD COLUMN on_warning VARCHAR(255) NOT NULL DEFAULT 'notify'
  CHECK (on_warning IN ('notify', 'escalate'));
ALTER TABLE sla_policy ADD COLUMN on_breach VARCHAR(255) NOT NULL DEFAULT 'escalate'
  CHECK (on_breach IN ('notify', 'escalate'));
CREATE TABLE notice (id {pk},
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
  ticket_id INTEGER REFERENCES ticket (id) ON DELETE RESTRICT,
  kind VARCHAR(255) NOT NULL, text TEXT NOT NULL, dedupe_key VARCHAR(255) NOT NULL,
  created_at {ts} NOT NULL, read_at {ts});
CREATE UNIQUE INDEX notice_once ON notice (staff_id, dedupe_key);
CREATE INDEX notice_staff_created ON notice (staff_id, created_at);
ALTER TABLE ticket_deadline ADD COLUMN warn_handled_at {ts};
ALTER TABLE ticket_deadline ADD COLUMN breach_handled_at {ts};
CREATE INDEX ticket_deadline_warn_watch ON ticket_deadline (warn_at)
  WHERE met_at IS NULL AND warn_handled_at IS NULL;
CREATE INDEX ticket_deadline_breach_watch ON ticket_deadline (due_at)
  WHERE met_at IS NULL AND breach_handled_at IS NULL
"""


def step_7(dialect: str) -> list[str]:
    ddl = _V7.format(**_TYPES[dialect])
    return [statement.strip() for statement in ddl.split(";") if statement.strip()]
