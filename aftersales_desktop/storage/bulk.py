"""Bulk inserts for generated data: multi-row INSERTs like Model.insert_many produces, in
chunks within the engine's limit on bound variables, but with the SQL text built once per
chunk size instead of once per value (peewee's per-value SQL building dominates otherwise).

Values must already be what the driver takes (int, str, bool, date, datetime, None).
"""
from __future__ import annotations

import sqlite3
from functools import lru_cache

from peewee import Field, Model, chunked

from aftersales_desktop.storage.connection import dialect
from aftersales_desktop.storage.models import database

MAX_ROWS_PER_INSERT = 500
POSTGRESQL_MAX_PARAMS = 65535


def max_rows(columns: int) -> int:
    """Rows per INSERT that keep the bound variables within the engine's limit."""
    if dialect(database.obj) == "sqlite":
        limit = database.connection().getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    else:
        limit = POSTGRESQL_MAX_PARAMS
    return max(1, min(MAX_ROWS_PER_INSERT, limit // columns))


@lru_cache(maxsize=64)
def _sql(table: str, columns: tuple[str, ...], rows: int, returning: tuple[str, ...],
         param: str) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    row = "(" + ", ".join([param] * len(columns)) + ")"
    sql = f'INSERT INTO "{table}" ({names}) VALUES ' + ", ".join([row] * rows)
    if returning:
        sql += " RETURNING " + ", ".join(f'"{c}"' for c in returning)
    return sql


def insert_rows(model: type[Model], fields: list[Field], rows: list[tuple],
                returning: tuple[Field, ...] = ()) -> list[tuple]:
    """Insert `rows` (tuples in the order of `fields`); return the `returning` columns."""
    table = model._meta.table_name
    columns = tuple(f.column_name for f in fields)
    back = tuple(f.column_name for f in returning)
    out: list[tuple] = []
    for chunk in chunked(rows, max_rows(len(columns))):
        sql = _sql(table, columns, len(chunk), back, database.param)
        cursor = database.execute_sql(sql, [value for row in chunk for value in row])
        if back:
            out.extend(cursor.fetchall())
    return out
