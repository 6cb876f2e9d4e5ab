"""设置 › 投诉分类: add, rename, retire and restore categories; delete only unused ones."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services import taxonomy
from ui.field_errors import error_label
from ui.rules_messages import rule_error

RETIRED_COLOUR = QColor("#9e9e9e")


class TaxonomyPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.entries: list[taxonomy.TaxonomyEntry] = []
        self.labels = {"code": self.tr("代码"), "name": self.tr("名称"),
                       "parent": self.tr("上级类别")}
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("名称"), self.tr("代码"), self.tr("使用的工单"),
                                   self.tr("状态")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._selected)

        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.rename_button = QPushButton(self.tr("改名"))
        self.rename_button.clicked.connect(self.rename)
        self.retire_button = QPushButton(self.tr("停用"))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.setToolTip(self.tr("只能删除从未被工单使用、也没有细分类别的类别；"
                                              "其他的请停用，历史工单仍保留它。"))
        self.delete_button.clicked.connect(self.delete)
        self.edit_error = error_label()
        edit = QGroupBox(self.tr("选中的类别"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("名称")))
        row.addWidget(self.name, 1)
        for button in (self.rename_button, self.retire_button, self.delete_button):
            row.addWidget(button)
        column = QVBoxLayout(edit)
        column.addLayout(row)
        column.addWidget(self.edit_error)

        self.parent_combo = QComboBox()
        self.new_code = QLineEdit()
        self.new_code.setPlaceholderText(self.tr("英文代码，如 cold_chain"))
        self.new_code.setMaxLength(40)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("中文名称，如 冷链温控异常"))
        self.new_name.setMaxLength(40)
        self.add_button = QPushButton(self.tr("新增"))
        self.add_button.clicked.connect(self.add)
        self.add_error = error_label()
        add = QGroupBox(self.tr("新增类别"))
        grid = QGridLayout(add)
        for col, (text, widget) in enumerate(((self.tr("上级类别"), self.parent_combo),
                                              (self.tr("代码"), self.new_code),
                                              (self.tr("名称"), self.new_name))):
            grid.addWidget(QLabel(text), 0, 2 * col)
            grid.addWidget(widget, 0, 2 * col + 1)
        grid.addWidget(self.add_button, 0, 6)
        grid.addWidget(self.add_error, 1, 0, 1, 7)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("停用的类别不再供新工单选择，已有工单仍保留它；"
                                        "从未使用过的类别可以删除。")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(edit)
        layout.addWidget(add)
        layout.addWidget(self.message)

    def showEvent(self, event) -> None:  # another tab may have changed the taxonomy or rules
        self.refresh()
        super().showEvent(event)

    # data ---------------------------------------------------------------------------------
    def refresh(self, keep: str | None = None) -> None:
        keep = keep or self.selected_code()
        self.entries = taxonomy.list_taxonomy()
        self.tree.clear()
        tops: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            item = QTreeWidgetItem([entry.name, entry.code, str(entry.tickets),
                                    self.tr("已停用") if entry.retired else self.tr("在用")])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.code)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if entry.retired:
                for col in range(4):
                    item.setForeground(col, QBrush(RETIRED_COLOUR))
            if entry.parent_code is None:
                self.tree.addTopLevelItem(item)
                tops[entry.code] = item
            else:
                tops[entry.parent_code].addChild(item)
            if entry.code == keep:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        for col in (1, 2, 3):
            self.tree.resizeColumnToContents(col)
        parent = self.parent_combo.currentData()
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("（无，新增大类）"), None)
        for entry in self.entries:
            if entry.parent_code is None:
                suffix = self.tr("（已停用）") if entry.retired else ""
                self.parent_combo.addItem(entry.name + suffix, entry.code)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent)))
        self._selected()

    def selected_code(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, code: str) -> None:
        flags = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
        found = self.tree.findItems(code, flags, 1)
        self.tree.setCurrentItem(found[0])

    def _entry(self, code: str | None):
        return next((e for e in self.entries if e.code == code), None)

    def _selected(self) -> None:
        entry = self._entry(self.selected_code())
        for widget in (self.name, self.rename_button, self.retire_button, self.delete_button):
            widget.setEnabled(entry is not None)
        self.edit_error.hide()
        self.name.setText(entry.name if entry else "")
        self.retire_button.setText(self.tr("恢复") if entry and entry.retired else self.tr("停用"))
        if entry is not None and entry.parent_code is None:
            self.parent_combo.setCurrentIndex(self.parent_combo.findData(entry.code))

    # actions ------------------------------------------------------------------------------
    def _run(self, action, error: QLabel, done: str) -> bool:
        self.message.clear()
        error.hide()
        try:
            action()
        except ValidationError as exc:
            error.setText(rule_error(exc, self.labels))
            error.show()
            return False
        except NotFoundError:
            error.setText(self.tr("该类别已被别人删除，列表已刷新。"))
            error.show()
            self.refresh()
            return False
        self.message.setStyleSheet("color: #2e7d32;")
        self.message.setText(done)
        return True

    def add(self) -> None:
        result = {}

        def action():
            result["code"] = taxonomy.add_category(
                self.new_code.text().strip(), self.new_name.text(),
                parent_code=self.parent_combo.currentData(), actor=self.session.actor)
        if self._run(action, self.add_error, self.tr("已新增“%1”。").replace(
                "%1", self.new_name.text().strip())):
            self.new_code.clear()
            self.new_name.clear()
            self.refresh(keep=result["code"])

    def rename(self) -> None:
        code = self.selected_code()
        if self._run(lambda: taxonomy.rename_category(code, self.name.text(),
                                                      actor=self.session.actor),
                     self.edit_error, self.tr("已改名为“%1”。").replace(
                         "%1", self.name.text().strip())):
            self.refresh(keep=code)

    def toggle_retired(self) -> None:
        entry = self._entry(self.selected_code())
        retire = not entry.retired
        done = (self.tr("已停用“%1”：不再供新工单选择，已有工单不变。") if retire
                else self.tr("已恢复“%1”。")).replace("%1", entry.name)
        if self._run(lambda: taxonomy.set_retired(entry.code, retire, actor=self.session.actor),
                     self.edit_error, done):
            self.refresh(keep=entry.code)

    def delete(self) -> None:
        entry = self._entry(self.selected_code())
        deletable = not entry.tickets and not any(e.parent_code == entry.code
                                                  for e in self.entries)
        if deletable and QMessageBox.question(
                self, self.tr("删除类别"), self.tr("删除“%1”？").replace("%1", entry.name)) \
                != QMessageBox.StandardButton.Yes:
            return
        if self._run(lambda: taxonomy.delete_category(entry.code, actor=self.session.actor),
                     self.edit_error, self.tr("已删除“%1”。").replace("%1", entry.name)):
            self.refresh()
