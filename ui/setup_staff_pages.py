"""Setup wizard pages 人员与角色 (a few new staff with a first password) and 升级链 (per
department and level: whoever has the role, or a named person)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget, QWizardPage,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import ROLE_LABELS
from aftersales_desktop.services import auth, escalation_chain
from aftersales_desktop.services.setup import Level, NewStaff
from aftersales_desktop.services.staff import list_staff
from aftersales_desktop.services.staff_admin import LOGIN
from ui.field_errors import error_label
from ui.labels import QT_TRANSLATE_NOOP, label
from ui.messages import message_text

COLUMNS = (QT_TRANSLATE_NOOP("StaffWizardPage", "登录名"), QT_TRANSLATE_NOOP("StaffWizardPage", "姓名"), QT_TRANSLATE_NOOP("StaffWizardPage", "角色"), QT_TRANSLATE_NOOP("StaffWizardPage", "部门"), QT_TRANSLATE_NOOP("StaffWizardPage", "分公司"), QT_TRANSLATE_NOOP("StaffWizardPage", "初始密码"))


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """New items, keeping the chosen one when it is still there."""
    chosen = combo.currentData()
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))


class StaffWizardPage(QWizardPage):
    def __init__(self, organisation_page, parent=None):
        super().__init__(parent)
        self.organisation = organisation_page
        self.setTitle(self.tr("人员与角色"))
        self.setSubTitle(self.tr("填写几位同事即可，其余以后在 设置 › 人员与权限 中添加。空行不保存；"
                                 "每人第一次登录时修改自己的密码。"))
        self.rows: list[dict[str, QWidget]] = []
        self.grid = QGridLayout()
        for column, title in enumerate(COLUMNS):
            self.grid.addWidget(QLabel(self.tr(title)), 0, column)
        self.error = error_label()
        self.add_button = QPushButton(self.tr("添加一行"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row()["login"].setFocus())
        people = list_staff()
        names = "、".join(f"{s.name}（{s.login}）" for s in people[:6])
        existing = QLabel(self.tr("已有 %1 位人员：").replace("%1", str(len(people))) + names
                          + ("…" if len(people) > 6 else ""))
        existing.setWordWrap(True)
        existing.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(existing)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        for _ in range(3):
            self.add_row()

    def add_row(self) -> dict[str, QWidget]:
        row = {"login": QLineEdit(), "name": QLineEdit(), "role": QComboBox(),
               "department": QComboBox(), "branch": QComboBox(), "password": QLineEdit()}
        for code, text in ROLE_LABELS.items():
            row["role"].addItem(label("permissions", text), code)
        row["password"].setEchoMode(QLineEdit.EchoMode.Password)
        for column, widget in enumerate(row.values()):
            self.grid.addWidget(widget, len(self.rows) + 1, column)
            widget.show()
        self.rows.append(row)
        self._fill_units(row)
        return row

    def _fill_units(self, row: dict) -> None:
        _refill(row["department"], [(n, n) for n in self.organisation.departments.names()])
        _refill(row["branch"], [(self.tr("（无）"), None)] +
                [(n, n) for n in self.organisation.branches.names()])

    def initializePage(self) -> None:
        for row in self.rows:  # the names of the previous page, the choices kept
            self._fill_units(row)

    def staff(self) -> list[NewStaff]:
        out = []
        for row in self.rows:
            login = row["login"].text().strip().lower()
            if login or row["name"].text().strip():
                out.append(NewStaff(login, row["name"].text().strip(), row["role"].currentData(),
                                    row["department"].currentData(),
                                    row["branch"].currentData(), row["password"].text()))
        return out

    def validatePage(self) -> bool:
        self.error.hide()
        taken = {s.login for s in list_staff()}
        for row in self.rows:
            login = row["login"].text().strip().lower()
            if not login and not row["name"].text().strip():
                continue
            field, problem = self._problem(row, login, taken)
            if problem:
                self.error.setText(problem)
                self.error.show()
                row[field].setFocus()
                return False
            taken.add(login)
        return True

    def _problem(self, row: dict, login: str, taken: set[str]) -> tuple[str, str | None]:
        if not LOGIN.match(login):
            return "login", self.tr("登录名：2–40 个小写字母、数字或 _ . -，以字母开头")
        if login in taken:
            return "login", self.tr("登录名“%1”已被使用").replace("%1", login)
        if not row["name"].text().strip():
            return "name", self.tr("请填写 %1 的姓名").replace("%1", login)
        try:
            auth.check_new_password(row["password"].text())
        except ValidationError as exc:
            return "password", f"{login}：{message_text(exc)}"
        return "login", None


class ChainWizardPage(QWizardPage):
    def __init__(self, organisation_page, staff_page, parent=None):
        super().__init__(parent)
        self.organisation, self.staff_page = organisation_page, staff_page
        self.setTitle(self.tr("升级链"))
        self.setSubTitle(self.tr("工单升级时按级别逐级上报。每一级可以交给有该角色的人（按角色），"
                                 "也可以指定一个人。新部门沿用第一个部门的级别。"))
        self.department = QComboBox()
        self.department.currentIndexChanged.connect(self._show)
        self.levels: dict[int, list[tuple[str, str, QComboBox]]] = {}  # org row → levels
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.department)
        layout.addWidget(self.body)
        layout.addStretch(1)

    def _people(self) -> list[tuple[str, object]]:
        people = [(self.tr("按角色"), None)]
        people += [(f"{s.name}（{s.login}）", s.login) for s in list_staff() if s.active]
        people += [(f"{s.name}（{s.login}）", s.login) for s in self.staff_page.staff()]
        return people

    def initializePage(self) -> None:
        renames = self.organisation.departments.renames()
        template = []
        for index, rename in enumerate(renames):
            current = escalation_chain.chain(rename.old) if rename.old else []
            template = template or [(lv.title, lv.role, lv.staff_login) for lv in current]
            if index not in self.levels:
                rows = [(lv.title, lv.role, lv.staff_login) for lv in current] or template
                self.levels[index] = [(t, r, self._combo(who)) for t, r, who in rows]
        for levels in self.levels.values():
            for _, _, combo in levels:
                _refill(combo, self._people())
        chosen = max(0, self.department.currentIndex())
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItems([r.new for r in renames])
        self.department.blockSignals(False)
        self.department.setCurrentIndex(min(chosen, len(renames) - 1))
        self._show()

    def _combo(self, login: str | None) -> QComboBox:
        combo = QComboBox()
        _refill(combo, self._people())
        combo.setCurrentIndex(max(0, combo.findData(login)))
        return combo

    def _show(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().setParent(None)
        for column, title in enumerate((self.tr("级别"), self.tr("职务"), self.tr("角色"),
                                        self.tr("由谁处理"))):
            self.grid.addWidget(QLabel(title), 0, column)
        for number, (title, role, combo) in enumerate(
                self.levels.get(self.department.currentIndex(), []), start=1):
            self.grid.addWidget(QLabel(self.tr("第%1级").replace("%1", str(number))), number, 0)
            self.grid.addWidget(QLabel(title), number, 1)
            self.grid.addWidget(QLabel(label("permissions", ROLE_LABELS.get(role, role))), number, 2)
            self.grid.addWidget(combo, number, 3)
            combo.show()
        self.grid.setColumnStretch(3, 1)

    def chains(self) -> dict[str, list[Level]]:
        renames = self.organisation.departments.renames()
        return {renames[index].new: [Level(t, r, c.currentData()) for t, r, c in levels]
                for index, levels in self.levels.items() if index < len(renames) and levels}
