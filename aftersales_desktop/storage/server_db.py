"""The PostgreSQL database of shared mode, with a clear answer when the connection dies.

When the server goes away (network cut, server restart, the backend terminated) psycopg closes
the connection; plain peewee would then fail on every later query ("the connection is closed")
and hide the first error behind a failed ROLLBACK. Here:

- the statement that meets the dead connection raises ConnectionLost, a peewee
  OperationalError whose message says what happened and that nothing was saved (the server
  rolls back the open transaction of a connection it loses), or, when the connection died
  during COMMIT, that the outcome must be checked;
- the transaction's ROLLBACK on the dead connection is skipped, so ConnectionLost is what the
  caller sees;
- the next statement outside a transaction opens a new connection: a retry works. A read or a
  BEGIN that finds the connection dead before it starts is retried once on a new one.
"""
from __future__ import annotations

from peewee import InterfaceError, OperationalError, PostgresqlDatabase

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, fill

_RETRYABLE = ("SELECT", "BEGIN", "WITH", "SHOW")


class ConnectionLost(OperationalError):
    """The connection to the database server broke; `maybe_committed` when it broke in COMMIT."""

    def __init__(self, where: str, cause: Exception, maybe_committed: bool = False,
                 connecting: bool = False):
        self.where = where
        self.maybe_committed = maybe_committed
        detail = str(cause).strip().splitlines()[0] if str(cause).strip() else type(cause).__name__
        if connecting:
            self.template = QT_TRANSLATE_NOOP("errors", "无法连接数据库服务器 {where}（{detail}）。"
                                              "请检查网络、服务器地址和账号后重试。")
        elif maybe_committed:
            self.template = QT_TRANSLATE_NOOP("errors", "与数据库服务器 {where} 的连接在提交时中断"
                                              "（{detail}）：无法确定刚才的修改是否已保存。"
                                              "请刷新后核对再决定是否重做。")
        else:
            self.template = QT_TRANSLATE_NOOP("errors", "与数据库服务器 {where} 的连接中断（{detail}），"
                                              "刚才的操作没有保存任何内容。请检查网络或服务器后重试；"
                                              "重试时会自动重新连接。")
        self.params = {"where": where, "detail": detail}
        self.message = fill(self.template, self.params)
        super().__init__(self.message)


class ServerDatabase(PostgresqlDatabase):
    def _where(self) -> str:
        params = self.connect_params
        return f"{params.get('host') or 'localhost'}:{params.get('port') or 5432}"

    def _broken(self) -> bool:
        conn = self._state.conn
        return not self._state.closed and conn is not None and (conn.closed or conn.broken)

    def _forget_connection(self) -> None:
        """Drop the dead connection; the next statement connects again."""
        try:
            self._state.conn.close()
        except Exception:  # already gone; nothing to release
            pass
        self._state.reset()

    def _connect(self):
        conn = super()._connect()
        # Every statement planned for its own values: psycopg prepares a statement run five
        # times and PostgreSQL may then keep one generic plan for it, which for a search is a
        # plan for no word in particular (a bitmap of 720,000 tickets for the first page of
        # 单号: 250 ms instead of 20 at 1,000,000 tickets).
        conn.prepare_threshold = None
        return conn

    def cursor(self, named_cursor=None):
        if self._broken() and not self.in_transaction():
            self._forget_connection()
        return super().cursor(named_cursor)

    def connect(self, reuse_if_open=False):
        try:
            return super().connect(reuse_if_open)
        except OperationalError as exc:
            raise ConnectionLost(self._where(), exc, connecting=True) from exc

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except (OperationalError, InterfaceError) as exc:
            if isinstance(exc, ConnectionLost) or not self._broken():
                raise
            if self.in_transaction() or not sql.lstrip().upper().startswith(_RETRYABLE):
                raise ConnectionLost(self._where(), exc) from exc
        self._forget_connection()  # a read outside a transaction: once more, on a new one
        return super().execute_sql(sql, params)

    def begin(self, isolation_level=None):
        try:
            return super().begin(isolation_level)
        except (OperationalError, InterfaceError):
            if not self._broken():
                raise
        self._forget_connection()  # found dead before the transaction began: a new one
        try:
            return super().begin(isolation_level)
        except (OperationalError, InterfaceError) as exc:
            raise ConnectionLost(self._where(), exc) from exc

    def commit(self):
        if self._broken():  # died before COMMIT: the server rolled back, nothing is saved
            raise ConnectionLost(self._where(), OperationalError("connection closed before COMMIT"))
        try:
            return super().commit()
        except (OperationalError, InterfaceError) as exc:
            if self._broken():
                raise ConnectionLost(self._where(), exc, maybe_committed=True) from exc
            raise

    def rollback(self):
        if self._broken():
            return  # the server rolled the transaction back when it lost the connection
        return super().rollback()
