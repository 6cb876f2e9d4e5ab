"""Put a pg_dump archive in place of a schema's contents, in one transaction.

`pg_restore --clean` drops only what the archive holds, so an archive of an older schema
version failed over a newer one (the tables the upgrade added still depend on the schema) —
which is exactly when a backup from before an upgrade is wanted. Here psql runs, in one
transaction, a prelude that drops every object of the schema (the schema itself, with its
owner and grants, stays), then the archive's script from pg_restore. On any error the server
rolls all of it back.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from aftersales_desktop.storage.pg_tools import failure, find_tool, wait_watched

_PRELUDE = """
DO $$
DECLARE
  target regnamespace := {schema};
  outside text;
  statements text[];
  statement text;
BEGIN
  -- what lives elsewhere and depends on the schema (a report view, a foreign key) would be
  -- dropped with it: refuse instead, naming it
  SELECT string_agg(DISTINCT name, ', ') INTO outside FROM (
    SELECT v.oid::regclass::text AS name FROM pg_depend d
      JOIN pg_rewrite r ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
      JOIN pg_class v ON v.oid = r.ev_class JOIN pg_class t ON t.oid = d.refobjid
      WHERE t.relnamespace = target AND v.relnamespace <> target
    UNION SELECT c.conrelid::regclass::text FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.confrelid JOIN pg_class o ON o.oid = c.conrelid
      WHERE c.contype = 'f' AND t.relnamespace = target AND o.relnamespace <> target) found;
  IF outside IS NOT NULL THEN
    RAISE EXCEPTION 'objects outside the schema depend on it: %', outside;
  END IF;
  -- names taken before any drop (a dropped object's oid no longer prints as its name)
  SELECT array_agg(format('DROP %s IF EXISTS %I.%I CASCADE', CASE c.relkind
      WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
      WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, n.nspname, c.relname)) INTO statements
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relnamespace = target AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                      AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i'));
  FOREACH statement IN ARRAY coalesce(statements, '{{}}') LOOP
    EXECUTE statement;
  END LOOP;
  SELECT array_agg(format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure))
    INTO statements FROM pg_proc p WHERE p.pronamespace = target
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                      AND d.objid = p.oid AND d.deptype = 'e');
  FOREACH statement IN ARRAY coalesce(statements, '{{}}') LOOP
    EXECUTE statement;
  END LOOP;
  SELECT array_agg(format('DROP TYPE IF EXISTS %s CASCADE', t.oid::regtype)) INTO statements
    FROM pg_type t WHERE t.typnamespace = target AND t.typtype IN ('e', 'd', 'r', 'm')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass
                      AND d.objid = t.oid AND d.deptype = 'e');
  FOREACH statement IN ARRAY coalesce(statements, '{{}}') LOOP
    EXECUTE statement;
  END LOOP;
END $$;
"""


def _quoted(schema: str) -> str:
    return "'" + '"' + schema.replace('"', '""').replace("'", "''") + '"' + "'"


def replace_schema(source: Path, schema: str, dbname: str, env: dict, watch=None) -> None:
    """Empty `schema`, then run the archive's script, all in one transaction (`env`: the
    libpq environment of the connection, PGAPPNAME included for `watch`)."""
    producer = subprocess.Popen(
        [find_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "-f", "-", str(source)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    consumer = subprocess.Popen(
        [find_tool("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction",
         "-d", dbname, "-c", _PRELUDE.format(schema=_quoted(schema)), "-f", "-"],
        env=env, stdin=producer.stdout, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True)
    producer.stdout.close()  # psql holds the only reading end: pg_restore sees a closed pipe
    _, stderr = wait_watched(consumer, watch, also=(producer,))
    produced = producer.wait()
    problem = producer.stderr.read().decode(errors="replace").strip()
    producer.stderr.close()
    if consumer.returncode != 0 or produced != 0:
        raise failure("restore", stderr + "\n" + problem)
