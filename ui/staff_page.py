"""设置 › 人员与角色: staff with role, department and branch; add, edit, deactivate, reset a
password; switch single-user mode. Only for those allowed to manage staff."""
from __future__ import annotations


from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
    QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import auth, staff_admin
from ui.field_errors import show_form_error
from ui.labels import QT_TRANSLATE_NOOP, label
from ui.row_table import row_table
from ui.staff_form import StaffForm
from ui.messages import message_text

HEADERS = [QT_TRANSLATE_NOOP("StaffPage", "登录名"), QT_TRANSLATE_NOOP("StaffPage", "姓名"), QT_TRANSLATE_NOOP("StaffPage", "角色"), QT_TRANSLATE_NOOP("StaffPage", "部门"), QT_TRANSLATE_NOOP("StaffPage", "分公司"), QT_TRANSLATE_NOOP("StaffPage", "状态")]
INACTIVE = QColor("#9e9e9e")


class StaffPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[staff_admin.StaffDetail] = []
        self.table = row_table([self.tr(h) for h in HEADERS], (96, 64, 96, 80, 110, 0))
        self.table.itemSelectionChanged.connect(self._selected)
        self.form = StaffForm()
        self.fields, self.errors = self.form.fields, self.form.errors
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新增人员"))
        self.save_button = QPushButton(self.tr("保存"))
        self.active_button = QPushButton(self.tr("停用"))
        self.reset_button = QPushButton(self.tr("重置密码…"))
        self.branch_button = QPushButton(self.tr("新增分公司…"))
        for button, slot in ((self.new_button, self.start_new), (self.save_button, self.save),
                             (self.active_button, self.toggle_active),
                             (self.reset_button, self.reset_password),
                             (self.branch_button, self.add_branch)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.single_user = QCheckBox(self.tr("单人模式：启动时不登录，以本人（系统管理员）身份工作"))
        self.single_user.setToolTip(self.tr("适合只有一个人使用的办公室；命令行也不再要求密码"))
        self.single_user.clicked.connect(self.toggle_single_user)
        side = QVBoxLayout()
        side.addWidget(self.form)
        side.addLayout(buttons)
        side.addWidget(self.message)
        side.addStretch(1)
        side.addWidget(self.single_user)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 4)
        layout.addLayout(side, 2)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.rows = staff_admin.list_details(self.session.actor)
        self.form.set_choices(staff_admin.department_names(), staff_admin.branch_names())
        self.table.setRowCount(len(self.rows))
        for row, s in enumerate(self.rows):
            state = (self.tr("已停用") if not s.active else self.tr("已锁定") if s.locked_until
                     else self.tr("待本人改密码") if s.must_change_password
                     else self.tr("未设密码") if not s.has_password else self.tr("在职"))
            for col, text in enumerate((s.login, s.name, label("permissions", s.role_label),
                                        s.department or "", s.branch or "", state)):
                item = QTableWidgetItem(text)
                if not s.active:
                    item.setForeground(QBrush(INACTIVE))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(2)  # the role: English names are longer
        self.single_user.setChecked(auth.single_user_login() is not None)
        logins = [s.login for s in self.rows]
        if select in logins:
            self.table.clearSelection()  # the rows may have moved: select afresh
            self.table.selectRow(logins.index(select))
        elif not self.table.selectedItems():
            self.start_new()

    def selected(self) -> staff_admin.StaffDetail | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        staff = self.selected()
        self.form.load(staff)
        self.active_button.setEnabled(staff is not None)
        self.reset_button.setEnabled(staff is not None)
        if staff is not None:
            self.active_button.setText(self.tr("停用") if staff.active else self.tr("重新启用"))

    def start_new(self) -> None:
        self.table.clearSelection()
        self.form.load(None)
        self.active_button.setEnabled(False)
        self.reset_button.setEnabled(False)
        self.fields["login"].setFocus()

    def save(self) -> None:
        self.form.clear_errors()
        staff = self.selected()
        try:
            if staff is None:
                login = staff_admin.add_staff(self.session.actor, self.fields["login"].text(),
                                              self.form.values(), self.fields["password"].text())
                text = self.tr("已新增 %1；请把初始密码告诉本人").replace("%1", login)
            else:
                login = staff.login
                changed = staff_admin.edit_staff(self.session.actor, login, self.form.values())
                text = self.tr("已保存") if changed else self.tr("没有修改")
        except ValidationError as exc:
            show_form_error(self, exc)
            return
        self.refresh(select=login)
        self._say(text)

    def toggle_active(self) -> None:
        staff = self.selected()
        try:
            staff_admin.set_active(self.session.actor, staff.login, not staff.active)
        except ValidationError as exc:
            self._say(message_text(exc), error=True)
            return
        self.refresh(select=staff.login)
        self._say(self.tr("已停用 %1") if staff.active else self.tr("已重新启用 %1"),
                  name=staff.name)

    def reset_password(self) -> None:
        staff = self.selected()
        password, ok = QInputDialog.getText(
            self, self.tr("重置密码"), self.tr("%1 的新密码（本人登录后须改为自己的密码）：")
            .replace("%1", staff.name), QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            auth.reset_password(self.session.actor, staff.login, password)
        except ValidationError as exc:
            self._say(message_text(exc), error=True)
            return
        self.refresh(select=staff.login)
        self._say(self.tr("已重置 %1 的密码，锁定已解除"), name=staff.name)

    def add_branch(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("新增分公司"), self.tr("分公司名称："))
        if not ok:
            return
        try:
            staff_admin.add_branch(self.session.actor, name)
        except ValidationError as exc:
            self._say(message_text(exc), error=True)
            return
        self.form.set_choices(staff_admin.department_names(), staff_admin.branch_names())
        combo = self.fields["branch"]
        combo.setCurrentIndex(combo.findData(name.strip()))
        self._say(self.tr("已新增分公司 %1").replace("%1", name.strip()))

    def toggle_single_user(self, on: bool) -> None:
        try:
            auth.set_single_user(self.session.actor, on)
        except ValidationError as exc:
            self.single_user.setChecked(not on)
            self._say(message_text(exc), error=True)
            return
        self._say(self.tr("单人模式已开启：下次启动不再要求登录") if on
                  else self.tr("单人模式已关闭：下次启动须登录"))

    def _say(self, text: str, error: bool = False, name: str = "") -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        self.message.setText(text.replace("%1", name))
        self.message.show()
