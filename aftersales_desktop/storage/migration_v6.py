"""Schema step 6 in frozen SQL: escalation chains, escalations with instructions and follow-up
entries, the logistics exception report (异常情况汇报表) and the written report (书面报告).

Frozen like every step: the seed chains are literals here, never read from the services.
"""
from __future__ import annotations

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V6_TABLES = """
CREATE TABLE escalation_level (id {pk},
  department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
  level INTEGER NOT NULL CHECK (level > 0), title VARCHAR(255) NOT NULL,
  role VARCHAR(255) NOT NULL, staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  is_head BOOLEAN NOT NULL DEFAULT FALSE, UNIQUE (department_id, level));
CREATE TABLE escalation (id {pk},
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE RESTRICT,
  department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
  from_level INTEGER NOT NULL CHECK (from_level >= 0),
  from_staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  to_level INTEGER NOT NULL CHECK (to_level > from_level), to_title VARCHAR(255) NOT NULL,
  to_role VARCHAR(255) NOT NULL, to_staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  origin VARCHAR(255) NOT NULL CHECK (origin IN ('manual', 'serious', 'automatic')),
  auto_key VARCHAR(255), reason TEXT,
  skip_level BOOLEAN NOT NULL DEFAULT FALSE, skip_reason TEXT,
  cause_analysis TEXT NOT NULL, proposed_solution TEXT NOT NULL,
  urgency VARCHAR(255) NOT NULL CHECK (urgency IN ('urgent', 'high', 'normal')),
  status VARCHAR(255) NOT NULL DEFAULT 'waiting'
    CHECK (status IN ('waiting', 'instructed', 'passed_on', 'done')),
  created_at {ts} NOT NULL, created_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  instructions TEXT, instructed_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  instructed_at {ts}, executor_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  done_at {ts}, done_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT, result TEXT,
  CHECK (NOT skip_level OR skip_reason IS NOT NULL OR origin <> 'manual'),
  CHECK (origin <> 'automatic' OR auto_key IS NOT NULL));
CREATE INDEX escalation_ticket_id ON escalation (ticket_id);
CREATE INDEX escalation_status_to_staff ON escalation (status, to_staff_id);
CREATE UNIQUE INDEX escalation_auto_once ON escalation (ticket_id, auto_key)
  WHERE auto_key IS NOT NULL;
CREATE TABLE escalation_entry (id {pk},
  escalation_id INTEGER NOT NULL REFERENCES escalation (id) ON DELETE RESTRICT,
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE RESTRICT,
  kind VARCHAR(255) NOT NULL CHECK (kind IN ('execution', 'follow_up', 'customer')),
  text TEXT NOT NULL, at {ts} NOT NULL,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT);
CREATE INDEX escalation_entry_escalation_id ON escalation_entry (escalation_id);
CREATE TABLE exception_report (id {pk},
  ticket_id INTEGER NOT NULL UNIQUE REFERENCES ticket (id) ON DELETE RESTRICT,
  what_happened TEXT NOT NULL, occurred_at {ts}, info_received_at {ts} NOT NULL,
  reported_at {ts}, reported_to_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  documents TEXT, customer_communication TEXT, callback_result TEXT, responsibility TEXT,
  reward_penalty TEXT, archived_on DATE,
  created_at {ts} NOT NULL, created_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  updated_at {ts} NOT NULL);
CREATE TABLE written_report (id {pk},
  ticket_id INTEGER NOT NULL UNIQUE REFERENCES ticket (id) ON DELETE RESTRICT,
  cause TEXT NOT NULL, measures TEXT NOT NULL, lessons TEXT NOT NULL,
  written_at {ts} NOT NULL,
  written_by_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT);
CREATE INDEX written_report_written_at ON written_report (written_at);
"""

# (department name as shipped in step 1, [(level, title, role, is department head)])
CHAINS_V6 = (
    ("售后部", ((1, "客服经理", "supervisor", True), (2, "分公司经理", "branch_manager", False),
               (3, "公司经理", "company_manager", False))),
    ("运营部", ((1, "运营主管", "supervisor", True), (2, "分公司经理", "branch_manager", False),
               (3, "公司经理", "company_manager", False))),
    ("仓储物流部", ((1, "物流主管", "supervisor", True), (2, "分公司经理", "branch_manager", False),
                  (3, "公司经理", "company_manager", False))),
)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def step_6(dialect: str) -> list[str]:
    ddl = _V6_TABLES.format(**_TYPES[dialect])
    sql = [statement.strip() for statement in ddl.split(";") if statement.strip()]
    for department, levels in CHAINS_V6:
        for level, title, role, head in levels:
            sql.append("INSERT INTO escalation_level (department_id, level, title, role, "
                       f"is_head) SELECT id, {level}, {_quote(title)}, {_quote(role)}, "
                       f"{'TRUE' if head else 'FALSE'} FROM department "
                       f"WHERE name = {_quote(department)}")
    return sql
