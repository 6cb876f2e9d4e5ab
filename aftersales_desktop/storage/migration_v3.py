"""Schema step 3 in frozen SQL: time-limit policies, business hours, calendar overrides, deadlines.

Frozen like every step: the seed policies are literals here, never read from domain/sla_policy.py.
"""
from __future__ import annotations

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V3_TABLES = """
CREATE TABLE sla_policy (id {pk}, kind VARCHAR(255) NOT NULL
    CHECK (kind IN ('first_reply', 'solution', 'report')),
  priority VARCHAR(255), category_code VARCHAR(255), subcategory_code VARCHAR(255),
  amount INTEGER NOT NULL CHECK (amount > 0),
  unit VARCHAR(255) NOT NULL CHECK (unit IN ('minute', 'hour', 'working_hour', 'working_day')),
  warn_percent INTEGER NOT NULL DEFAULT 75 CHECK (warn_percent > 0 AND warn_percent <= 100),
  sort_order INTEGER NOT NULL DEFAULT 0, retired_at {ts});
CREATE TABLE calendar_override (day DATE PRIMARY KEY,
  kind VARCHAR(255) NOT NULL CHECK (kind IN ('holiday', 'workday')), name VARCHAR(255),
  entered_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT, entered_at {ts} NOT NULL);
CREATE TABLE ticket_pause (id {pk},
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
  started_at {ts} NOT NULL, ended_at {ts}, reason TEXT,
  CHECK (ended_at IS NULL OR ended_at >= started_at));
CREATE INDEX ticket_pause_ticket_id ON ticket_pause (ticket_id);
CREATE TABLE ticket_deadline (id {pk},
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
  kind VARCHAR(255) NOT NULL CHECK (kind IN ('first_reply', 'solution', 'report', 'promised')),
  due_at {ts}, warn_at {ts}, limit_label VARCHAR(255) NOT NULL, met_at {ts},
  UNIQUE (ticket_id, kind));
CREATE INDEX ticket_deadline_due_at ON ticket_deadline (due_at);
"""

# (kind, priority, category_code, amount, unit): the defaults of seeds 000, 002 and 004.
SLA_POLICIES_V3 = (
    ("first_reply", None, None, 24, "hour"),
    ("solution", "urgent", None, 24, "hour"),
    ("solution", "normal", None, 1, "working_day"),
    ("solution", "low", None, 3, "working_day"),
    ("report", None, "logistics", 10, "minute"),
)
BUSINESS_HOURS_V3 = (("sla.business_opens", "09:00"), ("sla.business_closes", "18:00"))


def _quote(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def step_3(dialect: str) -> list[str]:
    ddl = _V3_TABLES.format(**_TYPES[dialect])
    sql = [statement.strip() for statement in ddl.split(";") if statement.strip()]
    for order, (kind, priority, category, amount, unit) in enumerate(SLA_POLICIES_V3, start=1):
        sql.append(
            "INSERT INTO sla_policy (kind, priority, category_code, subcategory_code, amount, "
            f"unit, warn_percent, sort_order) VALUES ({_quote(kind)}, {_quote(priority)}, "
            f"{_quote(category)}, NULL, {amount}, {_quote(unit)}, 75, {order})")
    for key, value in BUSINESS_HOURS_V3:
        sql.append(f"INSERT INTO setting (key, value) VALUES ({_quote(key)}, {_quote(value)})")
    return sql
