"""Schema step 15 in frozen SQL: the 统计 dashboard's per-ticket values kept on the ticket row
(issue 8), so the dashboard is GROUP BYs over one covering index of the period's tickets
instead of three lookups per ticket.

- stat_resolved_at: the first resolution (ticket_resolution);
- stat_met_state: the worst met time limit: 2 one was met after its due time, 0 all kept;
  NULL none met;
- stat_open_count / stat_open_due: how many time limits are open and the earliest due time
  among them ("late" at a moment is one comparison with it);
- stat_satisfied, stat_resolution_score, stat_attitude_score: the latest callback that reached
  the customer.

STAT_COLUMNS_V15 recomputes them from the child rows; services.ticket_stats runs it for each
changed ticket in the change's transaction, this step for every ticket. A change of what the
values mean is a new step with its own backfill.
"""
from __future__ import annotations

_TYPES = {"sqlite": {"ts": "DATETIME"}, "postgresql": {"ts": "TIMESTAMP"}}

_LATEST = ("SELECT a.{col} FROM callback_attempt a WHERE a.ticket_id = ticket.id AND a.reached "
           "ORDER BY a.at DESC, a.id DESC LIMIT 1")

STAT_COLUMNS_V15 = f"""
stat_resolved_at = (SELECT MIN(r.resolved_at) FROM ticket_resolution r
  WHERE r.ticket_id = ticket.id),
stat_met_state = (SELECT MAX(CASE WHEN d.met_at > d.due_at THEN 2 ELSE 0 END)
  FROM ticket_deadline d WHERE d.ticket_id = ticket.id AND d.met_at IS NOT NULL),
stat_open_count = (SELECT COUNT(*) FROM ticket_deadline d
  WHERE d.ticket_id = ticket.id AND d.met_at IS NULL),
stat_open_due = (SELECT MIN(d.due_at) FROM ticket_deadline d
  WHERE d.ticket_id = ticket.id AND d.met_at IS NULL),
stat_satisfied = ({_LATEST.format(col="satisfied")}),
stat_resolution_score = ({_LATEST.format(col="resolution_score")}),
stat_attitude_score = ({_LATEST.format(col="attitude_score")})
"""

_V15 = """
ALTER TABLE ticket ADD COLUMN stat_resolved_at {ts};
ALTER TABLE ticket ADD COLUMN stat_met_state INTEGER;
ALTER TABLE ticket ADD COLUMN stat_open_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN stat_open_due {ts};
ALTER TABLE ticket ADD COLUMN stat_satisfied BOOLEAN;
ALTER TABLE ticket ADD COLUMN stat_resolution_score INTEGER;
ALTER TABLE ticket ADD COLUMN stat_attitude_score INTEGER
"""

# after the backfill: building the index once is faster than keeping it during the UPDATE
_INDEX = """
DROP INDEX ticket_statistics;
CREATE INDEX ticket_statistics_v15 ON ticket (received_at, category_id, department_id,
  assignee_id, created_by_id, carrier, stat_resolved_at, stat_met_state, stat_open_count,
  stat_open_due, stat_satisfied, stat_resolution_score, stat_attitude_score)
"""


def _split(ddl: str) -> list[str]:
    return [statement.strip() for statement in ddl.split(";") if statement.strip()]


def step_15(dialect: str) -> list[str]:
    return [*_split(_V15.format(**_TYPES[dialect])), f"UPDATE ticket SET {STAT_COLUMNS_V15}",
            *_split(_INDEX)]
