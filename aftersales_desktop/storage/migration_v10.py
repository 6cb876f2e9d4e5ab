"""Schema step 10 in frozen SQL: rewards and penalties (奖罚) and reduction targets (整改目标).

Carriers get the clauses of their transport agreement (a fixed penalty or a percentage of the
goods value, with an optional cap) and can be retired. Records of rewards and penalties for
staff, teams and carriers, numbered per prefix and year, with their tickets and approvals; the
rules that propose records (one per rule and cause: a unique index, so two desks running the
rules at once propose once); targets per department/branch and period. Three rules ship active
from the moment of the upgrade, so nothing older is proposed: a carrier's 货损货差 under its
agreement, a warning for a logistics exception not reported within ten minutes, and a
commendation for 30 satisfied callbacks in a month.
Indexes let the rules look only at recent tickets of one sub-category and recent report
deadlines."""
from __future__ import annotations

from datetime import datetime, timezone

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V12 = """
ALTER TABLE carrier ADD COLUMN retired_at {ts};
CREATE TABLE carrier_clause (id {pk},
  carrier_id INTEGER NOT NULL REFERENCES carrier (id) ON DELETE RESTRICT,
  clause_no VARCHAR(255) NOT NULL, title TEXT NOT NULL, subcategory_code VARCHAR(255),
  penalty_kind VARCHAR(255) NOT NULL CHECK (penalty_kind IN ('fixed', 'percent')),
  amount_fen INTEGER, percent_bp INTEGER, cap_fen INTEGER, retired_at {ts},
  CHECK ((penalty_kind = 'fixed' AND amount_fen IS NOT NULL)
         OR (penalty_kind = 'percent' AND percent_bp IS NOT NULL)));
CREATE UNIQUE INDEX carrier_clause_no ON carrier_clause (carrier_id, clause_no);
CREATE TABLE reward_rule (id {pk}, name VARCHAR(255) NOT NULL, event VARCHAR(255) NOT NULL,
  kind VARCHAR(255) NOT NULL, subcategory_code VARCHAR(255), threshold INTEGER,
  amount_fen INTEGER, measure VARCHAR(255), basis TEXT,
  active BOOLEAN NOT NULL DEFAULT TRUE, active_from {ts} NOT NULL, created_at {ts} NOT NULL,
  created_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT);
CREATE TABLE reward_counter (prefix VARCHAR(255) PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE reward_record (id {pk}, number VARCHAR(255) NOT NULL UNIQUE,
  kind VARCHAR(255) NOT NULL,
  recipient_kind VARCHAR(255) NOT NULL CHECK (recipient_kind IN ('staff', 'department', 'carrier')),
  staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  department_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
  carrier_id INTEGER REFERENCES carrier (id) ON DELETE RESTRICT,
  clause_id INTEGER REFERENCES carrier_clause (id) ON DELETE RESTRICT,
  facts TEXT NOT NULL, basis TEXT, measure TEXT NOT NULL, amount_fen INTEGER,
  goods_value_fen INTEGER,
  status VARCHAR(255) NOT NULL DEFAULT 'proposed'
    CHECK (status IN ('proposed', 'approved', 'rejected', 'issued', 'archived')),
  required_approvals INTEGER NOT NULL DEFAULT 1,
  proposed_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT, proposed_at {ts} NOT NULL,
  rule_id INTEGER REFERENCES reward_rule (id) ON DELETE RESTRICT, cause_key VARCHAR(255),
  cause_at {ts}, decided_at {ts},
  issued_on DATE, issued_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  archived_on DATE, archived_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  version INTEGER NOT NULL DEFAULT 1);
CREATE UNIQUE INDEX reward_record_cause ON reward_record (rule_id, cause_key);
CREATE INDEX reward_record_rule_cause_at ON reward_record (rule_id, cause_at);
CREATE INDEX reward_record_status ON reward_record (status, proposed_at);
CREATE INDEX reward_record_staff ON reward_record (staff_id);
CREATE TABLE reward_record_ticket (id {pk},
  record_id INTEGER NOT NULL REFERENCES reward_record (id) ON DELETE RESTRICT,
  ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE RESTRICT);
CREATE UNIQUE INDEX reward_record_ticket_once ON reward_record_ticket (record_id, ticket_id);
CREATE INDEX reward_record_ticket_ticket ON reward_record_ticket (ticket_id);
CREATE TABLE reward_approval (id {pk},
  record_id INTEGER NOT NULL REFERENCES reward_record (id) ON DELETE RESTRICT,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
  decision VARCHAR(255) NOT NULL CHECK (decision IN ('approve', 'reject')),
  comment TEXT, at {ts} NOT NULL);
CREATE UNIQUE INDEX reward_approval_once ON reward_approval (record_id, staff_id);
CREATE TABLE reduction_target (id {pk}, scope_key VARCHAR(255) NOT NULL,
  department_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
  branch_id INTEGER REFERENCES branch (id) ON DELETE RESTRICT,
  period_kind VARCHAR(255) NOT NULL CHECK (period_kind IN ('month', 'quarter')),
  period_start DATE NOT NULL,
  measure VARCHAR(255) NOT NULL CHECK (measure IN ('count', 'rate', 'reduction')),
  target_value INTEGER NOT NULL, business_volume INTEGER, on_time_bp INTEGER, note TEXT,
  created_at {ts} NOT NULL, created_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  updated_at {ts} NOT NULL);
CREATE UNIQUE INDEX reduction_target_once ON reduction_target (scope_key, period_kind, period_start);
CREATE INDEX reduction_target_period ON reduction_target (period_start);
CREATE INDEX ticket_subcategory_received ON ticket (subcategory_id, received_at);
CREATE INDEX ticket_deadline_kind_due ON ticket_deadline (kind, due_at)
"""

_RULES = (
    ("承运商货损货差按运输协议处罚", "carrier_exception", "carrier_penalty",
     "logistics.damage_shortage", None, "按运输协议罚款", "《运输协议》相应条款（客诉管理奖罚制 6.2-7）"),
    ("物流异常未在十分钟内汇报予以警告", "report_missed", "warning", None, None, "警告",
     "《异常情况处理流程》NET-111701：接信息十分钟内向主管及项目负责人汇报"),
    ("月度满意回访达到 30 次予以表扬", "satisfied_callbacks", "commendation", None, 30, "通报表扬",
     "《客诉管理奖罚制度》6.2：顾客满意度高的员工给予精神奖励"),
)


def _quote(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def step_10(dialect: str) -> list[str]:
    ddl = _V12.format(**_TYPES[dialect])
    sql = [statement.strip() for statement in ddl.split(";") if statement.strip()]
    now = _quote(datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" "))
    for name, event, kind, subcategory, threshold, measure, basis in _RULES:
        sql.append(
            "INSERT INTO reward_rule (name, event, kind, subcategory_code, threshold, measure, "
            f"basis, active, active_from, created_at) VALUES ({_quote(name)}, {_quote(event)}, "
            f"{_quote(kind)}, {_quote(subcategory)}, {threshold or 'NULL'}, {_quote(measure)}, "
            f"{_quote(basis)}, TRUE, {now}, {now})")
    return sql
