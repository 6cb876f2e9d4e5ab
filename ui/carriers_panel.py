"""奖罚 › 承运商与协议 (seed 004 6.2-7): outsourced carriers and the clauses of their transport
agreements that their penalties are proposed under; retired, never deleted."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services import carriers as service
from ui.clause_form import CarrierForm, ClauseForm
from ui.field_errors import show_form_error
from ui.row_table import row_table

RETIRED = QColor("#9e9e9e")


def _fill(table: QTableWidget, rows: list[tuple[list[str], bool]]) -> None:
    table.setRowCount(len(rows))
    for index, (texts, retired) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if retired:
                item.setForeground(QBrush(RETIRED))
            table.setItem(index, column, item)


class CarriersPanel(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[service.CarrierRow] = []
        self.show_retired = QCheckBox(self.tr("显示已停用的承运商和条款"))
        self.show_retired.toggled.connect(lambda: self.refresh())
        self.carrier_table = row_table([self.tr(h) for h in (self.tr("承运商"), self.tr("联系人/电话"), self.tr("运输协议"), self.tr("状态"))],
                                    (160, 0, 96, 56))
        self.clause_table = row_table([self.tr(h) for h in (self.tr("条款"), self.tr("内容"), self.tr("适用异常"), self.tr("罚则"), self.tr("状态"))],
                                   (64, 0, 96, 230, 50))
        self.carrier_table.itemSelectionChanged.connect(self._carrier_selected)
        self.clause_table.itemSelectionChanged.connect(self._clause_selected)
        self.carrier_form, self.clause_form = CarrierForm(), ClauseForm()
        self.buttons = {}
        grid = QGridLayout()
        for column, (table, form, keys) in enumerate((
                (self.carrier_table, self.carrier_form, ("new_carrier", "save_carrier",
                                                         "retire_carrier")),
                (self.clause_table, self.clause_form, ("new_clause", "save_clause",
                                                       "retire_clause")))):
            grid.addWidget(table, 0, column)
            grid.addWidget(form, 1, column)
            row = QHBoxLayout()
            texts = ((self.tr("新增承运商"), self.tr("保存修改"), self.tr("停用")) if column == 0
                     else (self.tr("新增条款"), self.tr("保存条款"), self.tr("停用条款")))
            for key, text in zip(keys, texts):
                self.buttons[key] = QPushButton(self.tr(text))
                self.buttons[key].clicked.connect(lambda _=False, k=key: self.act(k))
                row.addWidget(self.buttons[key])
            row.addStretch(1)
            grid.addLayout(row, 2, column)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 7)
        self.message = QLabel()
        self.message.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.show_retired)
        column.addLayout(grid, 1)
        column.addWidget(self.message)
        self.refresh()

    def refresh(self, carrier_id: int | None = None, clause_id: int | None = None) -> None:
        keep = carrier_id or (self.carrier() and self.carrier().id)
        self.rows = service.carriers(include_retired=self.show_retired.isChecked())
        _fill(self.carrier_table, [([c.name, c.contact or "", c.agreement_no or "",
                                     self.tr("已停用") if c.retired else self.tr("合作中")],
                                    c.retired) for c in self.rows])
        ids = [c.id for c in self.rows]
        self.carrier_table.clearSelection()
        if keep in ids:
            self.carrier_table.selectRow(ids.index(keep))
        self._carrier_selected(clause_id)

    def carrier(self) -> service.CarrierRow | None:
        rows = self.carrier_table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def clause(self) -> service.ClauseRow | None:
        carrier, rows = self.carrier(), self.clause_table.selectionModel().selectedRows()
        return carrier.clauses[rows[0].row()] if carrier and rows else None

    def _carrier_selected(self, clause_id: int | None = None) -> None:
        carrier = self.carrier()
        self.carrier_form.load(carrier)
        clauses = carrier.clauses if carrier else ()
        _fill(self.clause_table, [([self.tr("第%1条").replace("%1", c.clause_no), c.title, c.subcategory_name or
                                    self.tr("任何物流异常"), c.terms,
                                    self.tr("已停用") if c.retired else self.tr("有效")],
                                   c.retired) for c in clauses])
        ids = [c.id for c in clauses]
        self.clause_table.clearSelection()
        if clause_id in ids:
            self.clause_table.selectRow(ids.index(clause_id))
        for key in ("save_carrier", "retire_carrier", "new_clause"):
            self.buttons[key].setEnabled(carrier is not None)
        self.buttons["retire_carrier"].setText(
            self.tr("恢复") if carrier and carrier.retired else self.tr("停用"))
        self.buttons["new_clause"].setEnabled(carrier is not None and not carrier.retired)
        self._clause_selected()

    def _clause_selected(self) -> None:
        clause = self.clause()
        self.clause_form.load(clause)
        for key in ("save_clause", "retire_clause"):
            self.buttons[key].setEnabled(clause is not None)
        self.buttons["retire_clause"].setText(
            self.tr("恢复条款") if clause and clause.retired else self.tr("停用条款"))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def act(self, key: str) -> None:
        carrier, clause, actor = self.carrier(), self.clause(), self.session.actor
        form = self.carrier_form if key.endswith("carrier") else self.clause_form
        form.clear_errors()
        self._say("")
        keep_clause = clause.id if clause else None
        try:
            if key == "new_carrier":
                carrier_id = service.save_carrier(self.carrier_form.values(), actor)
            elif key == "save_carrier":
                carrier_id = service.save_carrier(self.carrier_form.values(), actor, carrier.id)
            elif key == "retire_carrier":
                service.set_retired("carrier", carrier.id, not carrier.retired, actor)
                carrier_id = carrier.id
                self.show_retired.setChecked(self.show_retired.isChecked() or not carrier.retired)
            else:
                carrier_id = carrier.id
                if key == "retire_clause":
                    service.set_retired("carrier_clause", clause.id, not clause.retired, actor)
                    self.show_retired.setChecked(True)
                else:
                    keep_clause = service.save_clause(
                        carrier.id, self.clause_form.values(), actor,
                        clause.id if key == "save_clause" else None)
        except ValidationError as exc:
            self.fields, self.errors = form.fields, form.errors
            show_form_error(self, exc)
            return
        except NotFoundError:
            self._say(self.tr("该记录已不存在，列表已刷新。"), error=True)
            self.refresh()
            return
        self.refresh(carrier_id, keep_clause)
        self._say(self.tr("已保存"))
