"""Shared mode from the window (设置 › 数据库连接) and the CLI: test a PostgreSQL server, create or
upgrade the schema there and remember it for the next start, or move this SQLite database onto
it. Choosing the server needs 修改设置 and moving the data 备份与恢复 (it copies everything),
checked in the database in use; with no usable database (refused on a network path, damaged)
there is nobody to ask, as for a restore."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlencode

import psycopg

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import BACKUP_RESTORE, EDIT_SETTINGS
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage import migrations, remembered
from aftersales_desktop.storage.connection import connect, init_db
from aftersales_desktop.storage.location import Location, resolve
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.move_to_server import MoveError, MoveReport, move
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

SSL_MODES = ("prefer", "require", "verify-full", "disable")


@dataclass(frozen=True)
class ServerForm:
    host: str
    port: int | str = 5432
    dbname: str = "aftersales"
    user: str = ""
    password: str = ""
    sslmode: str = "prefer"
    schema: str = ""  # empty: the user's default (public)

    def url(self) -> str:
        """The URL with its fields checked; the password is not in it (see `location`)."""
        host = self.host.strip()
        if not host or any(c in host for c in " /@?#"):
            raise ValidationError("host", QT_TRANSLATE_NOOP("errors", "请填写服务器名称或地址，如 192.168.1.10"))
        try:
            port = int(str(self.port).strip())
        except ValueError:
            port = 0
        if not 0 < port < 65536:
            raise ValidationError("port", QT_TRANSLATE_NOOP("errors", "端口为 1–65535 之间的数字，不是“{self_port}”"), self_port=self.port)
        if not self.dbname.strip():
            raise ValidationError("dbname", QT_TRANSLATE_NOOP("errors", "请填写数据库名，如 aftersales"))
        if not self.user.strip():
            raise ValidationError("user", QT_TRANSLATE_NOOP("errors", "请填写数据库用户名，如 desk"))
        if self.sslmode not in SSL_MODES:
            raise ValidationError("sslmode", QT_TRANSLATE_NOOP("errors", "加密方式为 {value1} 之一"), value1=list(SSL_MODES))
        query = {"sslmode": self.sslmode} if self.sslmode != "prefer" else {}
        if self.schema.strip():
            query["options"] = f"-c search_path={self.schema.strip()}"
        text = (f"postgresql://{quote(self.user.strip(), safe='')}@{host}:{port}/"
                f"{quote(self.dbname.strip(), safe='')}")
        return text + ("?" + urlencode(query, quote_via=quote) if query else "")

    def location(self) -> Location:
        return resolve(remembered.with_password_file(self.url(), self.password))


@dataclass(frozen=True)
class ServerCheck:
    server_version: str
    schema_version: int  # 0: no AfterSales tables yet
    tickets: int

    def text(self) -> Text:
        """What the check found, for the form (a Text: the window translates it)."""
        version = self.server_version
        if self.schema_version == 0:
            return Text(QT_TRANSLATE_NOOP("errors", "连接成功：PostgreSQL {version}。数据库中还没有"
                                          "售后工单台的数据，连接时将建立表结构。"), version=version)
        if self.schema_version > migrations.LATEST:
            return Text(QT_TRANSLATE_NOOP("errors", "连接成功：PostgreSQL {version}。数据库由更新版本"
                                          "的程序建立（第 {schema} 版），请先升级本程序。"),
                        version=version, schema=self.schema_version)
        if self.schema_version < migrations.LATEST:
            return Text(QT_TRANSLATE_NOOP("errors", "连接成功：PostgreSQL {version}。已有售后工单台数据"
                                          "（第 {schema} 版，{tickets} 张工单），连接时将升级到第 "
                                          "{latest} 版。"), version=version,
                        schema=self.schema_version, tickets=self.tickets, latest=migrations.LATEST)
        return Text(QT_TRANSLATE_NOOP("errors", "连接成功：PostgreSQL {version}。已有售后工单台数据"
                                      "（第 {schema} 版，{tickets} 张工单）。"),
                    version=version, schema=self.schema_version, tickets=self.tickets)


def check_server(location: Location) -> ServerCheck:
    """Connect and look; ValidationError on field `server` with the server's own reason."""
    try:
        with psycopg.connect(**location.connect_args, connect_timeout=8) as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]
            has = conn.execute("SELECT to_regclass('setting') IS NOT NULL").fetchone()[0]
            schema = tickets = 0
            if has:
                row = conn.execute("SELECT value FROM setting WHERE key = 'schema_version'"
                                   ).fetchone()
                schema = int(row[0]) if row and str(row[0]).isdigit() else 0
                if conn.execute("SELECT to_regclass('ticket') IS NOT NULL").fetchone()[0]:
                    tickets = conn.execute("SELECT COUNT(*) FROM ticket").fetchone()[0]
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValidationError("server", QT_TRANSLATE_NOOP("errors", "无法连接 {location_display}：{reason}"), location_display=location.display, reason=reason) from None
    return ServerCheck(version.split()[0], schema, tickets)


def _allowed(actor: str | None, permission: str) -> int | None:
    """The acting staff id when a database is open to ask; None when there is none."""
    if database.obj is None or actor is None:
        return None
    return require(actor, permission).id


def _remember(location: Location, staff_id: int | None, what: str) -> None:
    remembered.remember(location.target)
    if staff_id is not None:
        with database.atomic():
            audit.record("update", staff_id, entity="setting", field="database",
                         new=f"{what}：{location.display}")


def use_server(form: ServerForm, actor: str | None) -> ServerCheck:
    """Create or upgrade the schema on the server and use it from the next start."""
    staff_id = _allowed(actor, EDIT_SETTINGS)
    location = form.location()
    found = check_server(location)
    if found.schema_version > migrations.LATEST:
        raise ValidationError("server", QT_TRANSLATE_NOOP("errors", "{problem}"), problem=found.text())
    db = connect(location)
    try:
        init_db(db, location, bind=False)
    finally:
        db.close()
    _remember(location, staff_id, QT_TRANSLATE_NOOP("errors", "连接共享数据库服务器"))
    return check_server(location)


def move_to(form_or_location, source: Location, actor: str | None, progress=None,
            remember: bool = True) -> MoveReport:
    """Copy the SQLite database `source` onto the server and (`remember`) use the server from
    the next start; the SQLite file stays as it was."""
    staff_id = _allowed(actor, BACKUP_RESTORE)
    if source.engine != "sqlite":
        raise ValidationError("source", QT_TRANSLATE_NOOP("errors", "当前使用的数据库已在服务器上，无需迁移"))
    location = form_or_location.location() if isinstance(form_or_location, ServerForm) \
        else form_or_location
    try:
        report = move(source.target, location, progress)
    except MoveError as exc:
        raise ValidationError("server", exc.template, **exc.params) from None
    if remember:
        _remember(location, staff_id, QT_TRANSLATE_NOOP("errors", "迁移到共享数据库服务器"))
    return report


def use_local() -> None:
    """Forget the server: the SQLite file in the data directory from the next start."""
    remembered.forget()
