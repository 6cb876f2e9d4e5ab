"""Numbered schema steps in frozen SQL. Each step runs in one transaction with its version bump.

Never edit a released step: add a new one. Steps take the dialect ("sqlite" or "postgresql")
and return SQL statements, or functions of the database for data that SQL cannot compute;
data steps use frozen literals and SQL, never the live models.
"""
from __future__ import annotations

from datetime import datetime, timezone

from aftersales_desktop.domain.search_text import ticket_words_v1
from aftersales_desktop.storage.migration_v3 import step_3
from aftersales_desktop.storage.migration_v4 import step_4
from aftersales_desktop.storage.migration_v5 import step_5
from aftersales_desktop.storage.migration_v6 import step_6
from aftersales_desktop.storage.migration_v7 import step_7
from aftersales_desktop.storage.migration_v8 import step_8
from aftersales_desktop.storage.migration_v9 import step_9
from aftersales_desktop.storage.migration_v10 import step_10
from aftersales_desktop.storage.migration_v11 import step_11
from aftersales_desktop.storage.migration_v12 import step_12
from aftersales_desktop.storage.migration_v13 import step_13
from aftersales_desktop.storage.migration_v14 import step_14
from aftersales_desktop.storage.migration_v15 import step_15
from aftersales_desktop.storage.migration_v16 import step_16
from aftersales_desktop.storage.migration_v17 import step_17
from aftersales_desktop.storage.taxonomy_v1 import DEPARTMENTS_V1, TAXONOMY_V1

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V1_TABLES = """
CREATE TABLE setting (key VARCHAR(255) PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE branch (id {pk}, name VARCHAR(255) NOT NULL UNIQUE, city VARCHAR(255));
CREATE TABLE department (id {pk}, name VARCHAR(255) NOT NULL UNIQUE, kind VARCHAR(255) NOT NULL,
  branch_id INTEGER REFERENCES branch (id) ON DELETE RESTRICT);
CREATE TABLE staff (id {pk}, login VARCHAR(255) NOT NULL UNIQUE, name VARCHAR(255) NOT NULL,
  role VARCHAR(255) NOT NULL, department_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
  phone VARCHAR(255), email VARCHAR(255), active BOOLEAN NOT NULL DEFAULT TRUE,
  absent BOOLEAN NOT NULL DEFAULT FALSE, password_hash VARCHAR(255), created_at {ts} NOT NULL);
CREATE TABLE carrier (id {pk}, name VARCHAR(255) NOT NULL UNIQUE, contact VARCHAR(255),
  agreement_no VARCHAR(255));
CREATE TABLE category (id {pk}, code VARCHAR(255) NOT NULL UNIQUE, name VARCHAR(255) NOT NULL,
  parent_id INTEGER REFERENCES category (id) ON DELETE RESTRICT, sort_order INTEGER NOT NULL DEFAULT 0,
  retired_at {ts});
CREATE TABLE customer (id {pk}, name VARCHAR(255), phone VARCHAR(255) UNIQUE, email VARCHAR(255),
  gender VARCHAR(255), age_range VARCHAR(255), region VARCHAR(255), postcode VARCHAR(255),
  vip BOOLEAN NOT NULL DEFAULT FALSE, created_at {ts} NOT NULL);
CREATE TABLE ticket_counter (day VARCHAR(255) PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE ticket (id {pk}, number VARCHAR(255) NOT NULL UNIQUE, client_id VARCHAR(255) UNIQUE,
  version INTEGER NOT NULL DEFAULT 1, state VARCHAR(255) NOT NULL, channel VARCHAR(255) NOT NULL,
  received_at {ts} NOT NULL, created_at {ts} NOT NULL, updated_at {ts} NOT NULL,
  created_by_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
  customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
  priority VARCHAR(255) NOT NULL DEFAULT 'normal',
  category_id INTEGER REFERENCES category (id) ON DELETE RESTRICT,
  subcategory_id INTEGER REFERENCES category (id) ON DELETE RESTRICT,
  department_id INTEGER REFERENCES department (id) ON DELETE RESTRICT,
  assignee_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  order_number VARCHAR(255), product VARCHAR(255), model VARCHAR(255), serial VARCHAR(255),
  purchased_on DATE, purchase_channel VARCHAR(255), live_session VARCHAR(255), live_host VARCHAR(255),
  service_card VARCHAR(255), description TEXT NOT NULL, started_on DATE, frequency VARCHAR(255),
  waybill VARCHAR(255), carrier VARCHAR(255), branch VARCHAR(255), consignment_docs TEXT,
  state_reason TEXT);
CREATE INDEX ticket_state ON ticket (state);
CREATE INDEX ticket_received_at ON ticket (received_at);
CREATE INDEX ticket_order_number ON ticket (order_number);
CREATE INDEX ticket_waybill ON ticket (waybill);
CREATE INDEX ticket_customer_id ON ticket (customer_id);
CREATE TABLE attachment (id {pk}, ticket_id INTEGER NOT NULL REFERENCES ticket (id) ON DELETE RESTRICT,
  sha256 VARCHAR(255) NOT NULL, filename VARCHAR(255) NOT NULL, mime VARCHAR(255) NOT NULL,
  size INTEGER NOT NULL, added_by_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE RESTRICT,
  added_at {ts} NOT NULL);
CREATE INDEX attachment_sha256 ON attachment (sha256);
CREATE TABLE audit_event (id {pk}, ticket_id INTEGER REFERENCES ticket (id) ON DELETE RESTRICT,
  entity VARCHAR(255) NOT NULL, entity_id INTEGER, action VARCHAR(255) NOT NULL, field VARCHAR(255),
  old_value TEXT, new_value TEXT, staff_id INTEGER REFERENCES staff (id) ON DELETE RESTRICT,
  at {ts} NOT NULL);
CREATE INDEX audit_event_ticket_id ON audit_event (ticket_id);
CREATE INDEX audit_event_at ON audit_event (at);
"""

_APPEND_ONLY = {
    "sqlite": [
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END",
    ],
    "postgresql": [
        "CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$",
        "CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event "
        "FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()",
    ],
}


def _quote(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def _step_1(dialect: str) -> list[str]:
    ddl = _V1_TABLES.format(**_TYPES[dialect])
    sql = [s.strip() for s in ddl.split(";") if s.strip()]
    sql += _APPEND_ONLY[dialect]
    now = _quote(datetime.now(timezone.utc).replace(tzinfo=None).isoformat(sep=" "))
    for order, (code, name, children) in enumerate(TAXONOMY_V1, start=1):
        sql.append(f"INSERT INTO category (code, name, parent_id, sort_order) "
                   f"VALUES ({_quote(code)}, {_quote(name)}, NULL, {order})")
        for sub_order, (sub_code, sub_name) in enumerate(children, start=1):
            sql.append(
                f"INSERT INTO category (code, name, parent_id, sort_order) "
                f"SELECT {_quote(code + '.' + sub_code)}, {_quote(sub_name)}, id, {sub_order} "
                f"FROM category WHERE code = {_quote(code)}")
    for name, kind in DEPARTMENTS_V1:
        sql.append(f"INSERT INTO department (name, kind) VALUES ({_quote(name)}, {_quote(kind)})")
    sql.append(
        "INSERT INTO staff (login, name, role, department_id, active, absent, created_at) "
        f"SELECT 'admin', '系统管理员', 'admin', id, TRUE, FALSE, {now} "
        "FROM department WHERE name = '售后部'")
    return sql


_SEARCH_V2 = {
    "sqlite": {
        "table": "CREATE TABLE ticket_search (ticket_id INTEGER PRIMARY KEY "
                 "REFERENCES ticket (id) ON DELETE CASCADE, tokens TEXT NOT NULL)",
        "index": [
            "CREATE VIRTUAL TABLE ticket_search_fts USING fts5(tokens, content='ticket_search', "
            "content_rowid='ticket_id', tokenize='unicode61 remove_diacritics 0', columnsize=0)",
            "INSERT INTO ticket_search_fts (ticket_search_fts) VALUES ('rebuild')",
            "CREATE TRIGGER ticket_search_ai AFTER INSERT ON ticket_search BEGIN "
            "INSERT INTO ticket_search_fts (rowid, tokens) VALUES (new.ticket_id, new.tokens); END",
            "CREATE TRIGGER ticket_search_ad AFTER DELETE ON ticket_search BEGIN "
            "INSERT INTO ticket_search_fts (ticket_search_fts, rowid, tokens) "
            "VALUES ('delete', old.ticket_id, old.tokens); END",
            "CREATE TRIGGER ticket_search_au AFTER UPDATE ON ticket_search BEGIN "
            "INSERT INTO ticket_search_fts (ticket_search_fts, rowid, tokens) "
            "VALUES ('delete', old.ticket_id, old.tokens); "
            "INSERT INTO ticket_search_fts (rowid, tokens) VALUES (new.ticket_id, new.tokens); END",
        ],
    },
    "postgresql": {
        "table": "CREATE TABLE ticket_search (ticket_id INTEGER PRIMARY KEY "
                 "REFERENCES ticket (id) ON DELETE CASCADE, tokens TEXT NOT NULL, "
                 "words TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', tokens)) STORED)",
        "index": ["CREATE INDEX ticket_search_words ON ticket_search USING GIN (words)",
                  # Newest first stops after one page only when the id tie-break is indexed
                  # too (SQLite's indexes carry the rowid already).
                  "CREATE INDEX ticket_received_at_id ON ticket (received_at, id)"],
    },
}
_FILL_BATCH = 5000


def fill_search_v2(db) -> None:
    """The search words of every ticket, in batches (the text is cut in Python)."""
    select = ("SELECT t.id, t.number, c.name, c.phone, t.order_number, t.waybill, t.description "
              "FROM ticket t JOIN customer c ON c.id = t.customer_id "
              f"WHERE t.id > {db.param} ORDER BY t.id LIMIT {_FILL_BATCH}")
    insert = f"INSERT INTO ticket_search (ticket_id, tokens) VALUES ({db.param}, {db.param})"
    last = 0
    while rows := db.execute_sql(select, (last,)).fetchall():
        cursor = db.cursor()
        cursor.executemany(insert, [
            (row[0], ticket_words_v1(*row[1:]))
            for row in rows])
        last = rows[-1][0]


def _step_2(dialect: str) -> list:
    """Search words of tickets: FTS5 on SQLite, a GIN index on PostgreSQL; the index is
    built after the rows are in, which is much faster than row by row."""
    search = _SEARCH_V2[dialect]
    return [search["table"], fill_search_v2, *search["index"]]


# the spot check and the dashboard's indexes as 12, imported orders as 13, the weekly meeting's
# countermeasures as 14, the dashboard's
# per-ticket values as 15, the weekly pack's satisfaction per day as 16, the dashboard's sums
# per day as 17.
STEPS = {1: _step_1, 2: _step_2, 3: step_3, 4: step_4, 5: step_5, 6: step_6, 7: step_7,
         8: step_8, 9: step_9, 10: step_10, 11: step_11, 12: step_12, 13: step_13,
         14: step_14, 15: step_15, 16: step_16, 17: step_17}
LATEST = max(STEPS)
