"""Schema step 17 in frozen SQL: the 统计 dashboard's sums kept per Shanghai day (issue 8).

ticket_stat_day holds, per received day (Asia/Shanghai: UTC+8, no daylight saving), chart
(`dim`: category, department, handler, carrier, handling, on_time, satisfaction) and bar
(`key`: an id as text, a carrier, a bucket; '' for none), the sums a StatRow needs: tickets,
on time, late, satisfied, called, hours to the first resolution, resolved, resolution and
attitude points. Every ticket is in one row of each chart, so the rows of one chart of a day
also sum to the day.

The on-time state is kept as it will stand once every open time limit has passed ("late" for
a ticket with an open limit that has a due time): the one state that does not change with
the clock. services.statistics_cube counts the few tickets whose earliest open due time is
still ahead live (the partial index ticket_stat_pending finds them) and moves them.

Kept by triggers on ticket in the same statement as every insert, delete and change of the
columns read (the old ticket's rows taken out, the new one's put in, in one upsert of the
summed differences, in key order), and filled here from the tickets there are. The
expressions are those of services.statistics_dims, frozen: a change of what a chart counts
is a new step with its own backfill.
"""
from __future__ import annotations

_TYPES = {"sqlite": {"hours": "REAL"}, "postgresql": {"hours": "DOUBLE PRECISION"}}

_TABLE = """
CREATE TABLE ticket_stat_day (day DATE NOT NULL, dim VARCHAR(20) NOT NULL,
  key VARCHAR(255) NOT NULL, n INTEGER NOT NULL, on_time INTEGER NOT NULL,
  late INTEGER NOT NULL, satisfied INTEGER NOT NULL, called INTEGER NOT NULL,
  hours {hours} NOT NULL, resolved INTEGER NOT NULL, resolution_points INTEGER NOT NULL,
  attitude_points INTEGER NOT NULL);
CREATE UNIQUE INDEX ticket_stat_day_key ON ticket_stat_day (day, dim, key);
CREATE INDEX ticket_stat_pending ON ticket (stat_open_due, received_at, category_id,
  department_id, assignee_id, carrier, stat_resolved_at, stat_met_state, stat_open_count,
  stat_satisfied, stat_resolution_score, stat_attitude_score) WHERE stat_open_due IS NOT NULL
"""

SUMS = ("n", "on_time", "late", "satisfied", "called", "hours", "resolved",
        "resolution_points", "attitude_points")
DIMS = ("category", "department", "handler", "carrier", "handling", "on_time", "satisfaction")
# the columns the values are computed from: a change of another one leaves the sums alone
READ = ("received_at", "category_id", "department_id", "assignee_id", "carrier",
        "stat_resolved_at", "stat_met_state", "stat_open_count", "stat_open_due",
        "stat_satisfied", "stat_resolution_score", "stat_attitude_score")

_DIALECT = {
    # whole seconds: date() rounds to milliseconds, and 23:59:59.9996 is still that day
    "sqlite": {"day": "date(substr({r}.received_at, 1, 19), '+8 hours')", "text": "TEXT",
               "hours": "((julianday({r}.stat_resolved_at) - julianday({r}.received_at)) * 24.0)"},
    "postgresql": {"day": "CAST({r}.received_at + INTERVAL '8 hours' AS DATE)", "text": "VARCHAR",
                   # a double, as in the live query (whose 3600.0 is a float parameter)
                   "hours": "(EXTRACT(EPOCH FROM ({r}.stat_resolved_at - {r}.received_at)) "
                            "/ CAST(3600.0 AS DOUBLE PRECISION))"},
}


def _values(dialect: str, r: str, sign: int) -> str:
    """The select list of one ticket's keys and its sums (times `sign`) from row `r`."""
    d = _DIALECT[dialect]
    hours = d["hours"].format(r=r)
    text = d["text"]
    handling = (f"CASE WHEN {r}.stat_resolved_at IS NULL THEN 'none' WHEN {hours} < 4 THEN 'h4' "
                f"WHEN {hours} < 24 THEN 'd1' WHEN {hours} < 72 THEN 'd3' "
                f"WHEN {hours} < 168 THEN 'd7' ELSE 'more' END")
    on_time = (f"CASE WHEN {r}.stat_met_state = 2 OR {r}.stat_open_due IS NOT NULL THEN 'late' "
               f"WHEN {r}.stat_open_count > 0 THEN 'running' "
               f"WHEN {r}.stat_met_state = 0 THEN 'on_time' ELSE 'none' END")
    satisfaction = (f"CASE WHEN {r}.stat_satisfied = TRUE THEN 'satisfied' "
                    f"WHEN {r}.stat_satisfied = FALSE THEN 'unsatisfied' ELSE 'none' END")
    keys = {"category": f"coalesce(CAST({r}.category_id AS {text}), '')",
            "department": f"coalesce(CAST({r}.department_id AS {text}), '')",
            "handler": f"coalesce(CAST({r}.assignee_id AS {text}), '')",
            "carrier": f"coalesce(NULLIF(TRIM({r}.carrier), ''), '')",
            "handling": handling, "on_time": on_time, "satisfaction": satisfaction}
    sums = [f"{sign}",
            f"CASE WHEN ({on_time}) = 'on_time' THEN {sign} ELSE 0 END",
            f"CASE WHEN ({on_time}) = 'late' THEN {sign} ELSE 0 END",
            f"CASE WHEN {r}.stat_satisfied = TRUE THEN {sign} ELSE 0 END",
            f"CASE WHEN {r}.stat_satisfied IS NOT NULL THEN {sign} ELSE 0 END",
            f"coalesce({hours}, 0) * {sign}",
            f"CASE WHEN {r}.stat_resolved_at IS NOT NULL THEN {sign} ELSE 0 END",
            f"coalesce({r}.stat_resolution_score, 0) * {sign}",
            f"coalesce({r}.stat_attitude_score, 0) * {sign}"]
    return ", ".join([f"{d['day'].format(r=r)} AS day"]
                     + [f"{keys[dim]} AS k_{dim}" for dim in DIMS]
                     + [f"{value} AS s_{name}" for value, name in zip(sums, SUMS)])


def _summed(rows: str, having: bool) -> str:
    """(day, dim, key, sums) of the ticket rows `rows` (a FROM item), one row per key."""
    dims = " UNION ALL ".join(f"SELECT '{dim}' AS dim" for dim in DIMS)
    key = "CASE d.dim " + " ".join(f"WHEN '{dim}' THEN v.k_{dim}" for dim in DIMS) + " END"
    sums = ", ".join(f"SUM(s_{name})" for name in SUMS)
    inner = (f"SELECT v.day AS day, d.dim AS dim, {key} AS key, "
             + ", ".join(f"v.s_{name} AS s_{name}" for name in SUMS)
             + f" FROM {rows} v CROSS JOIN ({dims}) d")
    changed = " OR ".join(f"SUM(s_{name}) <> 0" for name in SUMS)
    return (f"SELECT day, dim, key, {sums} FROM ({inner}) x WHERE TRUE GROUP BY day, dim, key"
            + (f" HAVING {changed}" if having else "") + " ORDER BY day, dim, key")


def _keep(dialect: str, parts: list[tuple[str, int]]) -> str:
    """The upsert that adds the rows `parts` ((row, sign): old -1, new +1) to the sums."""
    rows = "(" + " UNION ALL ".join(f"SELECT {_values(dialect, r, s)}" for r, s in parts) + ")"
    update = ", ".join(f"{name} = ticket_stat_day.{name} + excluded.{name}" for name in SUMS)
    return (f"INSERT INTO ticket_stat_day (day, dim, key, {', '.join(SUMS)}) "
            f"{_summed(rows, having=len(parts) > 1)} "
            f"ON CONFLICT (day, dim, key) DO UPDATE SET {update}")


def _triggers(dialect: str) -> list[str]:
    columns = ", ".join(READ)
    if dialect == "sqlite":
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in READ)
        return [f"CREATE TRIGGER ticket_stat_day_ai AFTER INSERT ON ticket BEGIN "
                f"{_keep(dialect, [('new', 1)])}; END",
                f"CREATE TRIGGER ticket_stat_day_au AFTER UPDATE OF {columns} ON ticket "
                f"WHEN {changed} BEGIN {_keep(dialect, [('old', -1), ('new', 1)])}; END",
                f"CREATE TRIGGER ticket_stat_day_ad AFTER DELETE ON ticket BEGIN "
                f"{_keep(dialect, [('old', -1)])}; END"]
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in READ)
    return ["CREATE FUNCTION ticket_stat_day_keep() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF TG_OP = 'INSERT' THEN {_keep(dialect, [('NEW', 1)])}; "
            f"ELSIF TG_OP = 'DELETE' THEN {_keep(dialect, [('OLD', -1)])}; "
            f"ELSE {_keep(dialect, [('OLD', -1), ('NEW', 1)])}; END IF; "
            "RETURN NULL; END $$",
            "CREATE TRIGGER ticket_stat_day_aid AFTER INSERT OR DELETE ON ticket "
            "FOR EACH ROW EXECUTE FUNCTION ticket_stat_day_keep()",
            f"CREATE TRIGGER ticket_stat_day_au AFTER UPDATE OF {columns} ON ticket "
            f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION ticket_stat_day_keep()"]


def fill_sql(dialect: str) -> str:
    """Every ticket's sums, as the triggers keep them (also the tests' reference)."""
    rows = f"(SELECT {_values(dialect, 'ticket', 1)} FROM ticket)"
    return _summed(rows, having=False)


def step_17(dialect: str) -> list[str]:
    ddl = _TABLE.format(**_TYPES[dialect])
    tables = [statement.strip() for statement in ddl.split(";") if statement.strip()]
    fill = (f"INSERT INTO ticket_stat_day (day, dim, key, {', '.join(SUMS)}) "
            f"{fill_sql(dialect)}")
    return tables + [fill] + _triggers(dialect)
