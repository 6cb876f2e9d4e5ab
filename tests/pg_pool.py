"""Migrated PostgreSQL test schemas, reused: building one runs every migration step (0.7–1 s
here), resetting a used one to the freshly migrated rows takes 30–50 ms.

A used schema is emptied with DELETE (triggers off, so the append-only audit table and the
foreign keys do not object), refilled with the rows the migrations seeded, copied from a pristine
template schema, and its sequences set as a fresh migration leaves them. A schema whose tables,
columns, indexes or triggers differ from the template afterwards, or that cannot be reset (a lock
held elsewhere, a dead connection), is dropped instead and a new one is built when needed.
"""
from __future__ import annotations

import uuid

_FINGERPRINT = """
SELECT (SELECT string_agg(relname || ':' || relkind::text, ',' ORDER BY relname)
          FROM pg_class WHERE relnamespace = %(s)s::text::regnamespace),
       (SELECT string_agg(c.relname || '.' || a.attname || ':'
                          || format_type(a.atttypid, a.atttypmod), ',' ORDER BY c.relname, a.attnum)
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          WHERE c.relnamespace = %(s)s::text::regnamespace AND a.attnum > 0
            AND NOT a.attisdropped),
       (SELECT string_agg(tgname, ',' ORDER BY tgname) FROM pg_trigger t
          JOIN pg_class c ON c.oid = t.tgrelid
          WHERE c.relnamespace = %(s)s::text::regnamespace AND NOT t.tgisinternal)
"""
_SERIALS = """
SELECT table_name, column_name FROM information_schema.columns
WHERE table_schema = %s AND column_default LIKE 'nextval(%%'
"""


class PgSchemaPool:
    def __init__(self, server: str, url_of, migrate):
        """`url_of(schema)` gives the --db URL of a schema; `migrate(url)` migrates it."""
        self.server, self.url_of, self.migrate = server, url_of, migrate
        self.template: str | None = None
        self.free: list[str] = []
        self.all: set[str] = set()

    def _connect(self, **kwargs):
        import psycopg

        return psycopg.connect(self.server, **kwargs)

    def _build(self) -> str:
        schema = "t_" + uuid.uuid4().hex[:12]
        with self._connect(autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        self.all.add(schema)
        self.migrate(self.url_of(schema))
        return schema

    def _learn_template(self) -> None:
        self.template = self._build()
        with self._connect(autocommit=True) as conn:
            self.fingerprint = conn.execute(_FINGERPRINT, {"s": self.template}).fetchone()
            tables = [row[0] for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = %s", (self.template,))]
            self.tables = tables
            self.seeded = [t for t in tables if conn.execute(
                f"SELECT EXISTS (SELECT 1 FROM {self.template}.{t})").fetchone()[0]]
            self.serials = conn.execute(_SERIALS, (self.template,)).fetchall()

    def take(self) -> str:
        if self.template is None:
            self._learn_template()
        return self.free.pop() if self.free else self._build()

    def give_back(self, schema: str) -> None:
        try:
            self._reset(schema)
        except Exception:  # a lock held elsewhere, a terminated backend: start afresh instead
            self.drop(schema)
            return
        self.free.append(schema)

    def _reset(self, schema: str) -> None:
        with self._connect() as conn:
            conn.execute("SET LOCAL lock_timeout = '2s'")
            if conn.execute(_FINGERPRINT, {"s": schema}).fetchone() != self.fingerprint:
                raise RuntimeError(f"schema {schema} was altered by the test")
            conn.execute("SET LOCAL session_replication_role = replica")
            for table in self.tables:
                conn.execute(f"DELETE FROM {schema}.{table}")
            for table in self.seeded:
                conn.execute(f"INSERT INTO {schema}.{table} SELECT * FROM {self.template}.{table}")
            for table, column in self.serials:
                conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{schema}.{table}', '{column}'), "
                    f"COALESCE((SELECT MAX({column}) FROM {schema}.{table}), 0) + 1, false)")

    def drop(self, schema: str) -> None:
        self.all.discard(schema)
        try:
            with self._connect(autocommit=True) as conn:
                conn.execute("SET lock_timeout = '5s'")
                conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        except Exception:  # left for the next run's clean-up of t_ schemas
            pass

    def close(self) -> None:
        for schema in list(self.all):
            self.drop(schema)
        self.template, self.free = None, []
