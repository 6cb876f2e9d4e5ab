"""例会对策 of the weekly meeting (seed 004 6.2-4): the countermeasures decided this week, the
earlier ones checked at this meeting with their status (已完成 / 逾期未完成 / 进行中), and the form
to add, change, mark done or reopen one (布置与检查例会对策; the service checks again)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import MEETING_ACTIONS
from aftersales_desktop.services.action_items import ActionItemRow, mark_done, reopen, save_item
from ui.action_item_form import ActionItemForm
from ui.field_errors import show_form_error
from ui.row_table import row_table
from ui.labels import QT_TRANSLATE_NOOP, label

HEADERS = (QT_TRANSLATE_NOOP("ActionItemsPanel", "布置周"), QT_TRANSLATE_NOOP("ActionItemsPanel", "对策"), QT_TRANSLATE_NOOP("ActionItemsPanel", "责任人"), QT_TRANSLATE_NOOP("ActionItemsPanel", "完成期限"), QT_TRANSLATE_NOOP("ActionItemsPanel", "类别 / 部门"), QT_TRANSLATE_NOOP("ActionItemsPanel", "完成日期"), QT_TRANSLATE_NOOP("ActionItemsPanel", "状态"))
COLOURS = {"done": "#2e7d32", "late": "#c62828", "open": "#1f5f99"}
BUTTONS = (("new", QT_TRANSLATE_NOOP("ActionItemsPanel", "新增对策")), ("save", QT_TRANSLATE_NOOP("ActionItemsPanel", "保存修改")), ("done", QT_TRANSLATE_NOOP("ActionItemsPanel", "标记完成")), ("reopen", QT_TRANSLATE_NOOP("ActionItemsPanel", "重新打开")))


class ActionItemsPanel(QWidget):
    changed = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.week = None
        self.new_rows: list[ActionItemRow] = []
        self.carried_rows: list[ActionItemRow] = []
        widths = (70, 0, 80, 86, 150, 86, 86)
        self.new_table = row_table([self.tr(h) for h in HEADERS], widths)
        self.carried_table = row_table([self.tr(h) for h in HEADERS], widths)
        self.new_caption, self.carried_caption = QLabel(), QLabel()
        self.new_table.itemSelectionChanged.connect(lambda: self._selected(self.new_table))
        self.carried_table.itemSelectionChanged.connect(
            lambda: self._selected(self.carried_table))
        self.form = ActionItemForm()
        self.fields, self.errors = self.form.fields, self.form.errors
        self.buttons = {}
        row = QHBoxLayout()
        for key, text in BUTTONS:
            self.buttons[key] = QPushButton(self.tr(text))
            self.buttons[key].clicked.connect(lambda _=False, k=key: self.act(k))
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        column = QVBoxLayout(self)
        for widget in (self.new_caption, self.new_table, self.carried_caption,
                       self.carried_table):
            column.addWidget(widget, 1 if widget in (self.new_table, self.carried_table) else 0)
        editing = session.can(MEETING_ACTIONS)
        if editing:
            column.addWidget(self.form)
            column.addLayout(row)
        else:
            column.addWidget(QLabel(self.tr("布置与检查例会对策需要主管或经理的权限。")))
        column.addWidget(self.message)
        self._current: ActionItemRow | None = None

    def show_items(self, week, new: list[ActionItemRow], carried: list[ActionItemRow]) -> None:
        keep = self._current and self._current.id
        self.week, self.new_rows, self.carried_rows = week, new, carried
        late = sum(1 for r in carried if r.status == "late")
        self.new_caption.setText(self.tr("本周例会布置的对策（%1 项）").replace("%1", str(len(new))))
        self.carried_caption.setText(self.tr("上周及以前布置、本周检查落实（%1 项，逾期未完成 %2 项）")
                                     .replace("%1", str(len(carried))).replace("%2", str(late)))
        for table, rows in ((self.new_table, new), (self.carried_table, carried)):
            self._fill(table, rows)
        self.form.set_choices()
        self._current = None
        for table, rows in ((self.new_table, new), (self.carried_table, carried)):
            ids = [r.id for r in rows]
            if keep in ids:
                table.selectRow(ids.index(keep))
        if self._current is None:
            self.form.load(None, week.monday)
            self._enable()

    def _fill(self, table, rows: list[ActionItemRow]) -> None:
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(rows))
        for index, r in enumerate(rows):
            about = " / ".join(p for p in (r.category, r.department) if p) or "—"
            done = r.done_on.isoformat() if r.done_on and r.status == "done" else "—"
            texts = (r.week.code, r.text, r.owner_name, r.deadline.isoformat(), about, done,
                     label("action_status", r.status_label))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 6:
                    item.setForeground(QBrush(QColor(COLOURS[r.status])))
                table.setItem(index, col, item)
        table.blockSignals(False)

    def _selected(self, table) -> None:
        other = self.carried_table if table is self.new_table else self.new_table
        rows = table.selectionModel().selectedRows()
        if not rows:
            return
        other.blockSignals(True)
        other.clearSelection()
        other.blockSignals(False)
        source = self.new_rows if table is self.new_table else self.carried_rows
        self._current = source[rows[0].row()]
        self.form.load(self._current, self.week.monday)
        self._enable()

    def _enable(self) -> None:
        row = self._current
        self.buttons["save"].setEnabled(row is not None)
        self.buttons["done"].setEnabled(row is not None and row.status != "done")
        self.buttons["reopen"].setEnabled(row is not None and row.done_on is not None)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def act(self, key: str) -> None:
        self.form.clear_errors()
        self._say("")
        row, actor = self._current, self.session.actor
        try:
            if key == "done" and row is not None:
                mark_done(row.id, actor, self.form.done_on())
                text = self.tr("已标记完成")
            elif key == "reopen" and row is not None:
                reopen(row.id, actor)
                text = self.tr("已重新打开，将继续在以后的例会中检查")
            else:
                values = {**self.form.values(),
                          "week": row.week if key == "save" and row else self.week}
                save_item(values, actor, row.id if key == "save" and row else None)
                text = self.tr("已保存对策")
                if key == "new":
                    self._current = None
        except ValidationError as exc:  # a refused permission too: in the message line
            show_form_error(self, exc)
            return
        except NotFoundError:
            text = self.tr("这项对策已不存在，列表已刷新。")
        self.changed.emit()
        self._say(text)
