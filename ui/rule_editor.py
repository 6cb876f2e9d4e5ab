"""What the rule pages of 设置 share: a table of rules over a form to add one, change the selected
one, retire or restore it; a category + sub-category picker; the services' messages in Chinese."""
from __future__ import annotations


from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services.categories import active_categories
from ui.labels import QT_TRANSLATE_NOOP, label
from ui.rules_messages import rule_error

ANY = QT_TRANSLATE_NOOP("CategoryPicker", "（任意）")
RETIRED_COLOUR = QColor("#9e9e9e")
class CategoryPicker:
    """Two combos: category (optionally "any") and sub-category ("any" = the whole category)."""

    def __init__(self, allow_any: bool):
        self.options = active_categories()
        self.names = {o.code: o.name for o in self.options}
        self.names.update({code: name for o in self.options for code, name in o.children})
        self.category, self.subcategory = QComboBox(), QComboBox()
        if allow_any:
            self.category.addItem(label("CategoryPicker", ANY), None)
        for option in self.options:
            self.category.addItem(option.name, option.code)
        self.category.currentIndexChanged.connect(self._fill_children)
        self._fill_children()

    def _fill_children(self) -> None:
        self.subcategory.clear()
        self.subcategory.addItem(label("CategoryPicker", ANY), None)
        code = self.category.currentData()
        for option in self.options:
            if option.code == code:
                for child, name in option.children:
                    self.subcategory.addItem(name, child)
        self.subcategory.setEnabled(code is not None)

    def set(self, category: str | None, subcategory: str | None) -> None:
        self.category.setCurrentIndex(max(self.category.findData(category), 0))
        self.subcategory.setCurrentIndex(max(self.subcategory.findData(subcategory), 0))

    def values(self) -> dict:
        return {"category_code": self.category.currentData(),
                "subcategory_code": self.subcategory.currentData()}

    def name(self, code: str | None) -> str:
        return label("CategoryPicker", ANY) if code is None else self.names.get(code, code)


class RuleEditorPage(QWidget):
    """Subclasses set COLUMNS and LABELS (field → Chinese) and fill in the hooks below."""

    COLUMNS: tuple[str, ...] = ()
    LABELS: dict[str, str] = {}

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list = []
        self._build()
        self.refresh()

    # hooks --------------------------------------------------------------------------------
    def build_form(self, grid: QGridLayout) -> None: ...
    def load_rows(self, include_retired: bool) -> list: ...
    def cells(self, row) -> list[str]: ...
    def fill_form(self, row) -> None: ...
    def form_values(self) -> dict: ...
    def add(self, values: dict) -> tuple[int, str]: ...
    def edit(self, rule_id: int, values: dict) -> tuple[int, str]: ...
    def set_retired(self, rule_id: int, retired: bool) -> tuple[int, str]: ...

    def _build(self) -> None:
        self.show_retired = QCheckBox(self.tr("显示已停用的规则"))
        self.show_retired.toggled.connect(lambda: self.refresh())
        self.table = QTableWidget(0, len(self.COLUMNS) + 1)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS]
                                             + [self.tr("状态")])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._row_selected)
        form = QGridLayout()
        self.build_form(form)
        self.add_button = QPushButton(self.tr("新增规则"))
        self.add_button.clicked.connect(self.add_rule)
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save_rule)
        self.retire_button = QPushButton(self.tr("停用"))
        self.retire_button.clicked.connect(self.toggle_retired)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.save_button, self.retire_button):
            buttons.addWidget(button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_retired)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._row_selected()

    def refresh(self, select_id: int | None = None) -> None:
        self.rows = self.load_rows(self.show_retired.isChecked())
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            texts = self.cells(row) + [self.tr("已停用") if row.retired else self.tr("有效")]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.retired:
                    item.setForeground(QBrush(RETIRED_COLOUR))
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        ids = [r.id for r in self.rows]
        if select_id in ids:
            self.table.selectRow(ids.index(select_id))
        self._row_selected()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _row_selected(self) -> None:
        row = self.selected()
        self.save_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None)
        self.retire_button.setText(self.tr("恢复") if row and row.retired else self.tr("停用"))
        if row is not None:
            self.fill_form(row)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def _run(self, action, *args) -> bool:
        """Call a hook; it returns (rule id, message). Refreshes and selects that rule."""
        try:
            rule_id, text = action(*args)
        except ValidationError as exc:
            self._say(rule_error(exc, self.LABELS), error=True)
            return False
        except NotFoundError:
            self._say(self.tr("这条规则已不存在，列表已刷新。"), error=True)
            self.refresh()
            return False
        self.refresh(rule_id)
        self._say(text)
        return True

    def add_rule(self) -> None:
        self._run(self.add, self.form_values())

    def save_rule(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(self.edit, row.id, self.form_values())

    def toggle_retired(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.retired:
            self.show_retired.blockSignals(True)  # keep the retired row in view
            self.show_retired.setChecked(True)
            self.show_retired.blockSignals(False)
        self._run(self.set_retired, row.id, not row.retired)
