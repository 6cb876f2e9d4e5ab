"""Schema step 11 in frozen SQL: personal data. Customers and tickets record when their personal
data was removed (anonymised_at), with an index for the retention job's search of old closed
tickets; the audit trail stays append-only except for one change: an event's old and new value
may be replaced by a text carrying the mark 〔已匿名〕 (anonymisation removes the person from
the trail too; who did what and when stays). Deleting events is still refused."""
from __future__ import annotations

REDACTED = "〔已匿名〕"  # frozen; domain.scrub.REDACTED is the same mark
_TYPES = {"sqlite": {"ts": "DATETIME"}, "postgresql": {"ts": "TIMESTAMP"}}

_V11 = """
ALTER TABLE customer ADD COLUMN anonymised_at {ts};
ALTER TABLE ticket ADD COLUMN anonymised_at {ts};
CREATE INDEX ticket_retention ON ticket (state, updated_at) WHERE anonymised_at IS NULL
"""

_SQLITE_TRIGGER = [
    "DROP TRIGGER audit_event_no_update",
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event WHEN NOT ("
    "new.id = old.id AND new.ticket_id IS old.ticket_id AND new.entity = old.entity "
    "AND new.entity_id IS old.entity_id AND new.action = old.action "
    "AND new.field IS old.field AND new.staff_id IS old.staff_id AND new.at = old.at "
    f"AND (new.old_value IS old.old_value OR coalesce(instr(new.old_value, '{REDACTED}'), 0) > 0) "
    f"AND (new.new_value IS old.new_value OR coalesce(instr(new.new_value, '{REDACTED}'), 0) > 0)"
    ") BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
]

_PG_TRIGGER = [
    "CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF TG_OP = 'UPDATE' AND NEW.id = OLD.id "
    "AND NEW.ticket_id IS NOT DISTINCT FROM OLD.ticket_id AND NEW.entity = OLD.entity "
    "AND NEW.entity_id IS NOT DISTINCT FROM OLD.entity_id AND NEW.action = OLD.action "
    "AND NEW.field IS NOT DISTINCT FROM OLD.field "
    "AND NEW.staff_id IS NOT DISTINCT FROM OLD.staff_id AND NEW.at = OLD.at "
    "AND (NEW.old_value IS NOT DISTINCT FROM OLD.old_value "
    f"OR coalesce(strpos(NEW.old_value, '{REDACTED}'), 0) > 0) "
    "AND (NEW.new_value IS NOT DISTINCT FROM OLD.new_value "
    f"OR coalesce(strpos(NEW.new_value, '{REDACTED}'), 0) > 0) "
    "THEN RETURN NEW; END IF; "
    "RAISE EXCEPTION 'audit events are append-only'; END $$",
]


def step_11(dialect: str) -> list[str]:
    ddl = _V11.format(**_TYPES[dialect])
    statements = [statement.strip() for statement in ddl.split(";") if statement.strip()]
    return statements + (_SQLITE_TRIGGER if dialect == "sqlite" else _PG_TRIGGER)
