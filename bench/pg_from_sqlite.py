"""Copy a SQLite benchmark database into an empty PostgreSQL database, for the PostgreSQL
figures of bench/list_search.py without generating the demo data a second time.

    python bench/pg_from_sqlite.py --sqlite bench/out/list-1000000.sqlite3 \
        --pg postgresql://postgres@127.0.0.1/bench_list_1m

The PostgreSQL schema is created (or upgraded) by the program; the SQLite file must be at the
same schema version. Every table is emptied and filled with COPY, with its secondary indexes
dropped during the copy and built again afterwards (building a GIN index at once is much
faster than growing it row by row, as `aftersales demo` does). Needs a role that may set
session_replication_role (foreign keys and triggers are not checked during the copy: the
rows come from a database that checked them). Ends with VACUUM ANALYZE.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from time import perf_counter

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aftersales_desktop.storage.connection import open_database, schema_version  # noqa: E402
from aftersales_desktop.storage.models import database  # noqa: E402

SKIP = ("sqlite_", "ticket_search_fts")  # SQLite's own tables and the FTS5 index


def pg_columns(table: str) -> list[str]:
    """Columns that can be written (not generated), in table order."""
    rows = database.execute_sql(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = %s AND is_generated = 'NEVER' "
        "ORDER BY ordinal_position", (table,)).fetchall()
    return [name for name, in rows]


def secondary_indexes(table: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of the indexes that back no constraint."""
    return database.execute_sql(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
        "AND i.tablename = %s AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
        "WHERE c.conname = i.indexname)", (table,)).fetchall()


def copy_table(source: sqlite3.Connection, table: str) -> int:
    names = [c for c in pg_columns(table)
             if c in {row[1] for row in source.execute(f'PRAGMA table_info("{table}")')}]
    quoted = ", ".join(f'"{c}"' for c in names)
    copied = 0
    cursor = database.connection().cursor()
    with cursor.copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
        for row in source.execute(f'SELECT {quoted} FROM "{table}"'):
            copy.write_row(row)
            copied += 1
    return copied


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sqlite", required=True)
    parser.add_argument("--pg", required=True, help="postgresql:// URL of an existing database")
    args = parser.parse_args()
    source = sqlite3.connect(f"file:{args.sqlite}?mode=ro", uri=True)
    version = int(source.execute(
        "SELECT value FROM setting WHERE key = 'schema_version'").fetchone()[0])
    open_database(args.pg)
    if schema_version(database.obj) != version:
        print(f"schema versions differ: SQLite {version}, PostgreSQL "
              f"{schema_version(database.obj)}; open the SQLite file with the program first",
              file=sys.stderr)
        return 1
    tables = [t for t, in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not t.startswith(SKIP)]
    started = perf_counter()
    with database.atomic():
        database.execute_sql("SET LOCAL session_replication_role = replica")
        database.execute_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in tables))
        for table in tables:
            indexes = secondary_indexes(table)
            for name, _ in indexes:
                database.execute_sql(f'DROP INDEX "{name}"')
            rows = copy_table(source, table)
            for _, statement in indexes:
                database.execute_sql(statement)
            if "id" in pg_columns(table):
                database.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                    f'COALESCE(MAX(id), 0) + 1, false) FROM "{table}"')
            print(f"{table}: {rows} rows, {perf_counter() - started:.0f} s", file=sys.stderr,
                  flush=True)
    database.execute_sql("VACUUM ANALYZE")  # statistics, and the visibility map
    print(f"copied {len(tables)} tables in {perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
