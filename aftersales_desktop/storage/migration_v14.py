"""Schema step 14 in frozen SQL: the countermeasures (对策/整改措施) of the weekly complaint-analysis
meeting (客诉分析例会, seed 004 6.2-4). Each item has its text, the staff member responsible, a
deadline, the Monday of the ISO week whose meeting decided it, optionally the category and
department it is about, and the day it was done; an item without that day is carried to every
later meeting until it is done.

The pack's counts are precomputed: ticket_day_count holds the number of tickets per received
day (Asia/Shanghai: UTC+8, no daylight saving) and category, sub-category, handling
department, branch and carrier (0 and '' for none), kept by triggers on ticket in the same
statement as every insert, change of those columns and delete, and filled here from the
tickets there are. Grouping five weeks of 1,000,000 tickets live took 3 s; this table holds a
few thousand rows for them (bench/run.py --weekly). A covering index on the deadlines lets the
missed limits of a week be counted without reading the table."""
from __future__ import annotations

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V12 = """
CREATE TABLE action_item (id {pk}, text TEXT NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
  deadline DATE NOT NULL, week_start DATE NOT NULL, done_on DATE, done_note TEXT,
  category_id INTEGER REFERENCES category (id) ON DELETE RESTRICT,
  department_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
  created_at {ts} NOT NULL, created_by_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  updated_at {ts} NOT NULL,
  CHECK (deadline >= week_start), CHECK (done_on IS NULL OR done_on >= week_start));
CREATE INDEX action_item_week_start ON action_item (week_start);
CREATE INDEX action_item_open ON action_item (week_start) WHERE done_on IS NULL;
CREATE TABLE ticket_day_count (day DATE NOT NULL, category_id INTEGER NOT NULL DEFAULT 0,
  subcategory_id INTEGER NOT NULL DEFAULT 0, department_id INTEGER NOT NULL DEFAULT 0,
  branch VARCHAR(255) NOT NULL DEFAULT '', carrier VARCHAR(255) NOT NULL DEFAULT '',
  n INTEGER NOT NULL);
CREATE UNIQUE INDEX ticket_day_count_key ON ticket_day_count (day, category_id,
  subcategory_id, department_id, branch, carrier);
CREATE INDEX ticket_deadline_missed ON ticket_deadline (due_at, met_at, ticket_id)
"""

_KEYS = "day, category_id, subcategory_id, department_id, branch, carrier"
_DAY = {"sqlite": "date({t}.received_at, '+8 hours')",
        "postgresql": "CAST({t}.received_at + INTERVAL '8 hours' AS DATE)"}


def _values(dialect: str, row: str) -> str:
    return (f"{_DAY[dialect].format(t=row)}, coalesce({row}.category_id, 0), "
            f"coalesce({row}.subcategory_id, 0), coalesce({row}.department_id, 0), "
            f"coalesce({row}.branch, ''), coalesce({row}.carrier, '')")


def _add(dialect: str, row: str) -> str:
    return (f"INSERT INTO ticket_day_count ({_KEYS}, n) VALUES ({_values(dialect, row)}, 1) "
            f"ON CONFLICT ({_KEYS}) DO UPDATE SET n = ticket_day_count.n + 1")


def _remove(dialect: str, row: str) -> str:
    return (f"UPDATE ticket_day_count SET n = n - 1 WHERE ({_KEYS}) = "
            f"({_values(dialect, row)})")


_COLUMNS = "received_at, category_id, subcategory_id, department_id, branch, carrier"


def _triggers(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [f"CREATE TRIGGER ticket_day_count_ai AFTER INSERT ON ticket BEGIN "
                f"{_add(dialect, 'new')}; END",
                f"CREATE TRIGGER ticket_day_count_au AFTER UPDATE OF {_COLUMNS} ON ticket BEGIN "
                f"{_remove(dialect, 'old')}; {_add(dialect, 'new')}; END",
                f"CREATE TRIGGER ticket_day_count_ad AFTER DELETE ON ticket BEGIN "
                f"{_remove(dialect, 'old')}; END"]
    return ["CREATE FUNCTION ticket_day_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF TG_OP IN ('UPDATE', 'DELETE') THEN {_remove(dialect, 'OLD')}; END IF; "
            f"IF TG_OP IN ('INSERT', 'UPDATE') THEN {_add(dialect, 'NEW')}; END IF; "
            "RETURN NULL; END $$",
            "CREATE TRIGGER ticket_day_count_ai AFTER INSERT OR DELETE ON ticket "
            "FOR EACH ROW EXECUTE FUNCTION ticket_day_count_keep()",
            f"CREATE TRIGGER ticket_day_count_au AFTER UPDATE OF {_COLUMNS} ON ticket "
            "FOR EACH ROW EXECUTE FUNCTION ticket_day_count_keep()"]


def _fill(dialect: str) -> str:
    return (f"INSERT INTO ticket_day_count ({_KEYS}, n) SELECT {_values(dialect, 'ticket')}, "
            f"COUNT(*) FROM ticket GROUP BY {_values(dialect, 'ticket')}")


def step_14(dialect: str) -> list[str]:
    ddl = _V12.format(**_TYPES[dialect])
    tables = [statement.strip() for statement in ddl.split(";") if statement.strip()]
    return tables + [_fill(dialect)] + _triggers(dialect)
