"""设置 › 单位与组织 › 部门与分公司 (also a page of the setup wizard): the departments and the
branches, added and renamed; the number of active staff in each beside it."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services import organisation, staff_admin
from ui.field_errors import with_error
from ui.messages import message_text


class UnitList(QGroupBox):
    """One list (departments or branches) with a name field, 新增 and 改名."""

    def __init__(self, title: str, load, add, rename, parent=None):
        super().__init__(title, parent)
        self.load, self.add_unit, self.rename_unit = load, add, rename
        self.names: list[str] = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._selected)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("名称"))
        self.name.returnPressed.connect(self.add)
        box, self.error = with_error(self.name)
        self.add_button = QPushButton(self.tr("新增"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("改名为此名称"))
        self.rename_button.clicked.connect(self.rename)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(box)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        units = self.load()
        self.names = [u.name for u in units]
        self.list.clear()
        for unit in units:
            self.list.addItem(self.tr("%1（%2 人）").replace("%1", unit.name)
                              .replace("%2", str(unit.staff)))
        self.rename_button.setEnabled(False)

    def _selected(self, row: int) -> None:
        self.rename_button.setEnabled(row >= 0)
        if row >= 0:
            self.name.setText(self.names[row])

    def _run(self, action) -> bool:
        self.error.hide()
        try:
            done = action()
        except (ValidationError, NotFoundError) as exc:
            self.error.setText(message_text(exc))
            self.error.show()
            self.name.setFocus()
            return False
        self.refresh()
        if done in self.names:
            self.list.setCurrentRow(self.names.index(done))
        return True

    def add(self) -> bool:
        if self._run(lambda: self.add_unit(self.name.text())):
            self.name.clear()
            return True
        return False

    def rename(self) -> bool:
        row = self.list.currentRow()
        if row < 0:
            return False
        return self._run(lambda: self.rename_unit(self.names[row], self.name.text()))


class OrganisationPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        actor = session.actor
        self.departments = UnitList(
            self.tr("部门"), organisation.departments,
            lambda name: organisation.add_department(actor, name),
            lambda old, new: organisation.rename_department(actor, old, new))
        self.branches = UnitList(
            self.tr("分公司 / 网点"), organisation.branches,
            lambda name: staff_admin.add_branch(actor, name),
            lambda old, new: organisation.rename_branch(actor, old, new))
        hint = QLabel(self.tr("部门负责受理和处理工单，每个部门有自己的升级链；分公司用于按分公司划分"
                              "人员和工单的可见范围。部门和分公司不能删除（工单和人员仍指向它们），可以改名。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        lists = QHBoxLayout()
        lists.addWidget(self.departments)
        lists.addWidget(self.branches)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(lists, 1)
        self.refresh()

    def refresh(self) -> None:
        self.departments.refresh()
        self.branches.refresh()
