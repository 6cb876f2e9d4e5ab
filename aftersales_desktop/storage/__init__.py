"""Storage: one DatabaseProxy, the tables, the schema version and its migrations."""
