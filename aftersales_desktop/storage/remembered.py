"""The database this computer uses when no `--db` and no AFTERSALES_DB say otherwise: chosen
under 设置 › 数据库连接 and remembered for the next start, in the user data directory.

connection.json holds the server's URL without the password; the password goes to a libpq
password file beside it (pgpass.conf, readable by the user only), named in the URL as
`passfile=…`, which psycopg and pg_dump/pg_restore read themselves.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

CONNECTION_FILE = "connection.json"
PASSWORD_FILE = "pgpass.conf"


def _data_dir() -> Path:
    from aftersales_desktop.storage.location import default_data_dir

    return default_data_dir()


def remembered_url() -> str | None:
    try:
        data = json.loads((_data_dir() / CONNECTION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and url.startswith("postgresql://") else None


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)


def with_password_file(url: str, password: str | None) -> str:
    """`url` (without a password) plus passfile=…, the password written to that file; with no
    password, `url` as it is."""
    if not password:
        return url
    parts = urlsplit(url)
    line = ":".join(_escape(v) for v in (
        parts.hostname or "localhost", str(parts.port or 5432),
        parts.path.lstrip("/") or "postgres", parts.username or "", password))
    path = _data_dir() / PASSWORD_FILE
    _write_private(path, line + "\n")
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "passfile"]
    query.append(("passfile", str(path)))
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))


def without_password(url: str) -> str:
    """`url` with a password in it moved to the password file (see with_password_file)."""
    parts = urlsplit(url)
    if not parts.password:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = netloc[0].split(":", 1)[0]
    bare = urlunsplit(parts._replace(netloc=f"{user}@{netloc[1]}"))
    return with_password_file(bare, unquote(parts.password))


def remember(url: str) -> None:
    if not url.startswith("postgresql://") or urlsplit(url).password:
        raise ValueError("remember only a postgresql:// URL without a password in it")
    _write_private(_data_dir() / CONNECTION_FILE, json.dumps({"url": url}, ensure_ascii=False))


def forget() -> None:
    """Back to the SQLite file in the data directory at the next start."""
    for name in (CONNECTION_FILE, PASSWORD_FILE):
        (_data_dir() / name).unlink(missing_ok=True)
