"""Schema step 16 in frozen SQL: the weekly meeting pack's satisfaction figures precomputed
(issue 8). Reading them from the calls joined to 1,000,000 tickets took most of the pack's
time; callback_day_score holds, per Shanghai day of the call and category of its ticket (0 for
none), the calls that reached the customer: how many, the sums of the two scores, how many
were satisfied and how many solved. Triggers keep it in the statement that writes a call
(insert, change, delete) and that moves a ticket to another category; this step fills it from
the calls there are. An index on the escalations' time lets the pack find a week's
escalations without reading them all."""
from __future__ import annotations

_TABLE = """
CREATE TABLE callback_day_score (day DATE NOT NULL, category_id INTEGER NOT NULL DEFAULT 0,
  n INTEGER NOT NULL, resolution_sum INTEGER NOT NULL, attitude_sum INTEGER NOT NULL,
  satisfied_n INTEGER NOT NULL, solved_n INTEGER NOT NULL);
CREATE UNIQUE INDEX callback_day_score_key ON callback_day_score (day, category_id);
CREATE INDEX escalation_created_at ON escalation (created_at)
"""

_COLUMNS = "day, category_id, n, resolution_sum, attitude_sum, satisfied_n, solved_n"
_DAY = {"sqlite": "date({a}.at, '+8 hours')",
        "postgresql": "CAST({a}.at + INTERVAL '8 hours' AS DATE)"}
_UPSERT = (" ON CONFLICT (day, category_id) DO UPDATE SET n = callback_day_score.n + excluded.n, "
           "resolution_sum = callback_day_score.resolution_sum + excluded.resolution_sum, "
           "attitude_sum = callback_day_score.attitude_sum + excluded.attitude_sum, "
           "satisfied_n = callback_day_score.satisfied_n + excluded.satisfied_n, "
           "solved_n = callback_day_score.solved_n + excluded.solved_n")


def _sums(a: str, sign: str, total: str) -> str:
    """The five figures of calls `a`, signed; `total` is SUM for groups or '' for one row."""
    return (f"{sign}{total}(1), "
            f"{sign}{total}(coalesce({a}.resolution_score, 0)), "
            f"{sign}{total}(coalesce({a}.attitude_score, 0)), "
            f"{sign}{total}(CASE WHEN {a}.satisfied THEN 1 ELSE 0 END), "
            f"{sign}{total}(CASE WHEN {a}.solved THEN 1 ELSE 0 END)")


def _one_call(dialect: str, row: str, sign: str) -> str:
    """Add (sign '') or take away (sign '-') the call `row` (NEW / OLD)."""
    return (f"INSERT INTO callback_day_score ({_COLUMNS}) SELECT {_DAY[dialect].format(a=row)}, "
            f"coalesce(t.category_id, 0), {_sums(row, sign, '')} FROM ticket t "
            f"WHERE t.id = {row}.ticket_id AND {row}.reached{_UPSERT}")


def _ticket_calls(dialect: str, row: str, sign: str) -> str:
    """Add or take away every reached call of the ticket `row` under its category."""
    day = _DAY[dialect].format(a="a")
    return (f"INSERT INTO callback_day_score ({_COLUMNS}) SELECT {day}, "
            f"coalesce({row}.category_id, 0), {_sums('a', sign, 'SUM')} FROM callback_attempt a "
            f"WHERE a.ticket_id = {row}.id AND a.reached GROUP BY {day} ORDER BY {day}{_UPSERT}")


_CALL_COLUMNS = "ticket_id, at, reached, resolution_score, attitude_score, satisfied, solved"


def _triggers(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [f"CREATE TRIGGER callback_day_score_ai AFTER INSERT ON callback_attempt BEGIN "
                f"{_one_call(dialect, 'new', '')}; END",
                f"CREATE TRIGGER callback_day_score_au AFTER UPDATE OF {_CALL_COLUMNS} "
                f"ON callback_attempt BEGIN {_one_call(dialect, 'old', '-')}; "
                f"{_one_call(dialect, 'new', '')}; END",
                f"CREATE TRIGGER callback_day_score_ad AFTER DELETE ON callback_attempt BEGIN "
                f"{_one_call(dialect, 'old', '-')}; END",
                "CREATE TRIGGER callback_day_score_category AFTER UPDATE OF category_id ON ticket "
                "WHEN old.category_id IS NOT new.category_id BEGIN "
                f"{_ticket_calls(dialect, 'old', '-')}; {_ticket_calls(dialect, 'new', '')}; END"]
    return ["CREATE FUNCTION callback_day_score_keep() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF TG_OP IN ('UPDATE', 'DELETE') THEN {_one_call(dialect, 'OLD', '-')}; "
            f"END IF; IF TG_OP IN ('INSERT', 'UPDATE') THEN {_one_call(dialect, 'NEW', '')}; "
            "END IF; RETURN NULL; END $$",
            "CREATE TRIGGER callback_day_score_aid AFTER INSERT OR DELETE ON callback_attempt "
            "FOR EACH ROW EXECUTE FUNCTION callback_day_score_keep()",
            f"CREATE TRIGGER callback_day_score_au AFTER UPDATE OF {_CALL_COLUMNS} "
            "ON callback_attempt FOR EACH ROW EXECUTE FUNCTION callback_day_score_keep()",
            "CREATE FUNCTION callback_day_score_move() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {_ticket_calls(dialect, 'OLD', '-')}; {_ticket_calls(dialect, 'NEW', '')}; "
            "RETURN NULL; END $$",
            "CREATE TRIGGER callback_day_score_category AFTER UPDATE OF category_id ON ticket "
            "FOR EACH ROW WHEN (OLD.category_id IS DISTINCT FROM NEW.category_id) "
            "EXECUTE FUNCTION callback_day_score_move()"]


def _fill(dialect: str) -> str:
    day = _DAY[dialect].format(a="a")
    return (f"INSERT INTO callback_day_score ({_COLUMNS}) SELECT {day}, "
            f"coalesce(t.category_id, 0), {_sums('a', '', 'SUM')} FROM callback_attempt a "
            f"JOIN ticket t ON t.id = a.ticket_id WHERE a.reached "
            f"GROUP BY {day}, coalesce(t.category_id, 0)")


def step_16(dialect: str) -> list[str]:
    tables = [statement.strip() for statement in _TABLE.split(";") if statement.strip()]
    return tables + [_fill(dialect)] + _triggers(dialect)
