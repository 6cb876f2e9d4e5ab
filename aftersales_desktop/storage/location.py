"""Where the data lives: a SQLite file (default) or a shared PostgreSQL server."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

APP_NAME = "AfterSalesDesk"
DB_FILENAME = "aftersales.sqlite3"
ENV_DB = "AFTERSALES_DB"
ENV_DATA = "AFTERSALES_DATA"


@dataclass(frozen=True)
class Location:
    engine: str  # "sqlite" or "postgresql"
    target: str  # file path or the URL as given
    data_dir: Path  # attachments and backups live below this
    connect_args: dict

    @property
    def display(self) -> str:
        """What a user may see: the file, or the server without the password."""
        if self.engine == "sqlite":
            return self.target
        args = self.connect_args
        return f"postgresql://{args.get('user') or ''}@{args.get('host') or 'localhost'}" \
               f":{args.get('port') or 5432}/{args.get('dbname')}"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"


def default_data_dir() -> Path:
    if os.environ.get(ENV_DATA):
        return Path(os.environ[ENV_DATA])
    from platformdirs import user_data_dir  # imported only when needed: a faster start

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve(target: str | None = None) -> Location:
    """`--db` value, else AFTERSALES_DB, else the server chosen under 设置 › 数据库连接
    (storage.remembered), else the SQLite file in the user data directory."""
    if not target and not os.environ.get(ENV_DB):
        from aftersales_desktop.storage.remembered import remembered_url

        target = remembered_url()
    target = target or os.environ.get(ENV_DB) or str(default_data_dir() / DB_FILENAME)
    if target.startswith(("postgresql://", "postgres://")):
        return Location("postgresql", target, default_data_dir(), _pg_args(target))
    path = Path(target).expanduser().resolve()
    data_dir = Path(os.environ[ENV_DATA]) if os.environ.get(ENV_DATA) else path.parent
    return Location("sqlite", str(path), data_dir, {})


def _pg_args(url: str) -> dict:
    parts = urlsplit(url)
    args = {
        "dbname": unquote(parts.path.lstrip("/")) or "postgres",
        "user": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
        "host": parts.hostname,
        "port": parts.port,
    }
    args.update(dict(parse_qsl(parts.query)))
    return {k: v for k, v in args.items() if v is not None}
