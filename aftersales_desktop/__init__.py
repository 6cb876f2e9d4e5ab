"""售后工单台 AfterSales Desk — the domain package (no Qt here)."""
import sys

__version__ = "0.1.0"


def _peewee_without_postgres_driver() -> None:
    """peewee imports the PostgreSQL driver on import, 0.2 s of every start, though most
    starts open SQLite; storage.connection hands peewee the driver when PostgreSQL is opened."""
    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # makes `import psycopg` fail
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]


_peewee_without_postgres_driver()
