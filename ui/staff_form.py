"""The form of 人员与角色: one staff member's login, name, role, department, branch, contact
and (for a new one) first password, each with its error line."""
from __future__ import annotations


from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from aftersales_desktop.domain.permissions import (
    PERMISSION_LABELS, ROLE_LABELS, SCOPE_LABELS, permissions_of, scope_of,
)
from aftersales_desktop.services.staff_admin import StaffDetail
from ui.field_errors import with_error
from ui.labels import QT_TRANSLATE_NOOP, label, labels

FIELDS = [("login", QT_TRANSLATE_NOOP("StaffForm", "登录名")), ("name", QT_TRANSLATE_NOOP("StaffForm", "姓名")), ("role", QT_TRANSLATE_NOOP("StaffForm", "角色")), ("department", QT_TRANSLATE_NOOP("StaffForm", "部门")),
          ("branch", QT_TRANSLATE_NOOP("StaffForm", "分公司")), ("phone", QT_TRANSLATE_NOOP("StaffForm", "电话")), ("email", QT_TRANSLATE_NOOP("StaffForm", "电子邮箱")), ("password", QT_TRANSLATE_NOOP("StaffForm", "初始密码"))]


class StaffForm(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("人员信息"), parent)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, label in FIELDS:
            widget = self._widget(key)
            self.fields[key] = widget
            box, self.errors[key] = with_error(widget)
            self.labels[key] = QLabel(self.tr(label))
            form.addRow(self.labels[key], box)
        self.rights = QLabel()
        self.rights.setWordWrap(True)
        self.rights.setStyleSheet("color: #555;")
        form.addRow(self.tr("权限"), self.rights)
        self.fields["role"].currentIndexChanged.connect(self._show_rights)
        self._show_rights()

    def _widget(self, key: str) -> QWidget:
        if key == "role":
            combo = QComboBox()
            for code, text in labels("permissions", ROLE_LABELS).items():
                combo.addItem(text, code)
            return combo
        if key in ("department", "branch"):
            return QComboBox()
        edit = QLineEdit()
        if key == "password":
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(self.tr("至少 8 个字符；本人首次登录时须改为自己的密码"))
        elif key == "login":
            edit.setPlaceholderText(self.tr("小写字母和数字，如 clerk09"))
        return edit

    def set_choices(self, departments: list[str], branches: list[str]) -> None:
        for key, names in (("department", departments), ("branch", branches)):
            combo = self.fields[key]
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("（无）"), None)
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _show_rights(self) -> None:
        role = self.fields["role"].currentData()
        rights = [label("permissions", PERMISSION_LABELS[p]) for p in PERMISSION_LABELS if p in permissions_of(role)]
        self.rights.setText(self.tr("查看范围：%1。可以：%2").replace(
            "%1", label("permissions", SCOPE_LABELS[scope_of(role)])).replace(
            "%2", self.tr("、").join(rights) or "—"))

    def load(self, staff: StaffDetail | None) -> None:
        """Show `staff`, or an empty form for a new member (login and password editable)."""
        self.clear_errors()
        new = staff is None
        self.setTitle(self.tr("新增人员") if new else self.tr("人员信息"))
        self.fields["login"].setReadOnly(not new)
        for key in ("password",):
            self.fields[key].setVisible(new)
            self.labels[key].setVisible(new)
        self.fields["login"].setText("" if new else staff.login)
        self.fields["name"].setText("" if new else staff.name)
        self.fields["phone"].setText("" if new else staff.phone or "")
        self.fields["email"].setText("" if new else staff.email or "")
        self.fields["password"].clear()
        for key, value in (("role", "clerk" if new else staff.role),
                           ("department", None if new else staff.department),
                           ("branch", None if new else staff.branch)):
            combo = self.fields[key]
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def values(self) -> dict:
        return {"name": self.fields["name"].text(), "role": self.fields["role"].currentData(),
                "department": self.fields["department"].currentData(),
                "branch": self.fields["branch"].currentData(),
                "phone": self.fields["phone"].text(), "email": self.fields["email"].text()}

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
