"""Schema step 8 in frozen SQL: sign-in and scoping. Staff get a branch, a count of failed
logins with the time a lockout ends, and a flag that the next login must set a new password;
indexes for the ticket scope (department, who took it) and for the audit viewer's filters."""
from __future__ import annotations

_TYPES = {"sqlite": {"ts": "DATETIME"}, "postgresql": {"ts": "TIMESTAMP"}}

_V9 = """
ALTER TABLE staff ADD COLUMN branch_id INTEGER REFERENCES branch (id) ON DELETE RESTRICT;
ALTER TABLE staff ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff ADD COLUMN locked_until {ts};
ALTER TABLE staff ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff ADD COLUMN password_changed_at {ts};
CREATE INDEX ticket_department_id ON ticket (department_id);
CREATE INDEX ticket_created_by_id ON ticket (created_by_id);
CREATE INDEX audit_event_staff_at ON audit_event (staff_id, at);
CREATE INDEX audit_event_action_at ON audit_event (action, at)
"""


def step_8(dialect: str) -> list[str]:
    ddl = _V9.format(**_TYPES[dialect])
    return [statement.strip() for statement in ddl.split(";") if statement.strip()]
