"""售后工单台 AfterSales Desk — the domain package (no Qt here)."""
import sys

__version__ = "0.1.0"


class _WithoutPostgresDriver:
    """The loader of peewee's first import, run while `import psycopg` fails."""

    def __init__(self, loader):
        self._loader = loader

    def __getattr__(self, name):  # get_source, get_filename …: the real loader's
        return getattr(self._loader, name)

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        sys.modules["psycopg"] = None  # type: ignore[assignment]  # makes `import psycopg` fail
        try:
            self._loader.exec_module(module)
        finally:
            if sys.modules.get("psycopg", 0) is None:
                del sys.modules["psycopg"]


class _PeeweeFinder:
    """peewee imports the PostgreSQL driver on import, 0.2 s of every start, though most starts
    open SQLite; storage.connection hands peewee the driver when PostgreSQL is opened. Hooked
    into the import system rather than importing peewee here: the window shows before any
    module needs peewee."""

    def find_spec(self, name, path=None, target=None):
        if name != "peewee":
            return None
        sys.meta_path.remove(self)
        if "psycopg" in sys.modules:  # the driver is loaded anyway: a plain import
            return None
        from importlib.util import find_spec

        spec = find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _WithoutPostgresDriver(spec.loader)
        return spec


if "peewee" not in sys.modules and "psycopg" not in sys.modules:
    sys.meta_path.insert(0, _PeeweeFinder())
