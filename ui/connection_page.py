"""设置 › 数据库连接: shared mode. Connect this computer to a PostgreSQL server (test it first; the
tables are created or upgraded there; the choice is used from the next start), move the SQLite
data onto the server, or go back to the local file. Also shown at start when the SQLite file
lies on a network path and is refused (ui.app)."""
from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import server_setup
from aftersales_desktop.storage.remembered import remembered_url
from ui.background import run_in_background
from ui.field_errors import with_error
from ui.labels import QT_TRANSLATE_NOOP
from ui.messages import message_text, text_of

SSL_LABELS = {"prefer": QT_TRANSLATE_NOOP("ConnectionPage", "可用时加密（默认）"), "require": QT_TRANSLATE_NOOP("ConnectionPage", "必须加密"), "verify-full": QT_TRANSLATE_NOOP("ConnectionPage", "加密并验证证书"),
              "disable": QT_TRANSLATE_NOOP("ConnectionPage", "不加密")}


class ConnectionPage(QWidget):
    chosen = Signal(str)  # the server now remembered (display form)

    def __init__(self, session=None, parent=None):
        """`session` None: no database is open (the start-up refusal); nothing to move."""
        super().__init__(parent)
        self.session = session
        self._job = None
        self.chosen_url: str | None = None
        where = session.location.display if session else self.tr("（未打开）")
        self.current = QLabel(self.tr("当前数据库：%1").replace("%1", where))
        self.current.setWordWrap(True)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        self.host = self._field(form, "host", self.tr("服务器(&S)："), QLineEdit(),
                                self.tr("名称或地址，如 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self._field(form, "port", self.tr("端口(&P)："), self.port)
        self.dbname = self._field(form, "dbname", self.tr("数据库(&D)："), QLineEdit("aftersales"))
        self.user = self._field(form, "user", self.tr("用户名(&U)："), QLineEdit())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self._field(form, "password", self.tr("密码(&W)："), self.password)
        self.sslmode = QComboBox()
        for code, label in SSL_LABELS.items():
            self.sslmode.addItem(self.tr(label), code)
        self._field(form, "sslmode", self.tr("加密："), self.sslmode)
        box = QGroupBox(self.tr("共享的 PostgreSQL 服务器（多个工位、多个网点同时使用）"))
        box.setLayout(form)
        box.setMaximumWidth(760)
        self.test_button = QPushButton(self.tr("测试连接(&T)"))
        self.test_button.clicked.connect(self.test)
        self.use_button = QPushButton(self.tr("连接并使用(&C)"))
        self.use_button.clicked.connect(self.use)
        self.move_button = QPushButton(self.tr("把本机数据迁移到此服务器(&M)…"))
        self.move_button.clicked.connect(self.move)
        self.move_button.setVisible(bool(session) and session.location.engine == "sqlite")
        self.local_button = QPushButton(self.tr("改回本机数据库"))
        self.local_button.clicked.connect(self.use_local)
        self.local_button.setVisible(remembered_url() is not None)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.use_button, self.move_button, self.local_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _field(self, form: QFormLayout, name: str, label: str, widget, hint: str = ""):
        if hint and isinstance(widget, QLineEdit):
            widget.setPlaceholderText(hint)
        holder, error = with_error(widget)
        form.addRow(label, holder)
        form.labelForField(holder).setBuddy(widget)
        self.fields[name], self.errors[name] = widget, error
        return widget

    def refresh(self) -> None:
        self.local_button.setVisible(remembered_url() is not None)

    def form(self) -> server_setup.ServerForm:
        return server_setup.ServerForm(
            host=self.host.text(), port=self.port.value(), dbname=self.dbname.text(),
            user=self.user.text(), password=self.password.text(),
            sslmode=self.sslmode.currentData())

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def _refused(self, exc) -> None:
        self._busy(False)
        label = self.errors.get(getattr(exc, "field", None))
        text = message_text(exc)
        if label is not None:
            label.setText(text)
            label.show()
            self.fields[exc.field].setFocus()
        else:
            self._say(text, error=True)

    def _checked_form(self) -> server_setup.ServerForm | None:
        for label in self.errors.values():
            label.hide()
        form = self.form()
        try:
            form.url()
        except ValidationError as exc:
            self._refused(exc)
            return None
        return form

    def _busy(self, busy: bool) -> None:
        for button in (self.test_button, self.use_button, self.move_button):
            button.setEnabled(not busy)

    def _start(self, text: str, work, done) -> None:
        self._busy(True)
        self._say(text)
        self._job = run_in_background(self, work, done, self._refused)

    def test(self) -> None:
        form = self._checked_form()
        if form:
            self._start(self.tr("正在连接…"), lambda: server_setup.check_server(form.location()),
                        self._tested)

    def _tested(self, check) -> None:
        self._busy(False)
        self._say(text_of(check.text()))

    def use(self) -> None:
        form = self._checked_form()
        if form:
            actor = self.session.actor if self.session else None
            self._start(self.tr("正在连接并建立表结构…"),
                        lambda: server_setup.use_server(form, actor), self._used)

    def _used(self, check) -> None:
        self._busy(False)
        self.refresh()
        self._say(text_of(check.text()) + self.tr("已保存：下次启动程序时使用此服务器。"))
        self.chosen_url = remembered_url()
        self.chosen.emit(self.form().location().display)

    def move(self) -> None:
        form = self._checked_form()
        if form is None:
            return
        answer = QMessageBox.warning(
            self, self.tr("迁移到服务器"),
            self.tr("把本机数据库 %1 的全部数据复制到服务器上的空数据库？\n\n请先让其他人停止"
                    "在本机录入。本机文件保持不变；复制完成并核对每张表的行数后，"
                    "下次启动时改用服务器。").replace("%1", self.session.location.display),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            source, actor = self.session.location, self.session.actor
            self._start(self.tr("正在迁移…"),
                        lambda: server_setup.move_to(form, source, actor), self._moved)

    def _moved(self, report) -> None:
        self._busy(False)
        self.refresh()
        rows = sum(report.counts.values())
        self._say(self.tr("已迁移到 %1：%2 张表共 %3 行，行数逐表核对一致（其中工单 %4 张）。"
                          "下次启动程序时使用此服务器。")
                  .replace("%1", report.target).replace("%2", str(len(report.counts)))
                  .replace("%3", str(rows)).replace("%4", str(report.counts.get("ticket", 0))))
        self.chosen_url = remembered_url()
        self.chosen.emit(report.target)

    def use_local(self) -> None:
        server_setup.use_local()
        self.refresh()
        self._say(self.tr("已改回本机数据库：下次启动时使用数据目录中的 SQLite 文件。"))
