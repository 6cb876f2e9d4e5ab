"""奖罚 › 整改目标 (seed 004 6.2-5): the targets of a month or quarter against the actual
figures, computed live, with their status; set and change them (维护…整改目标); propose the
department head's reward or penalty from a period that has closed."""
from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import APPROVE_REWARDS, MANAGE_REWARDS
from aftersales_desktop.domain.targets import PERIOD_KINDS, STATUS_LABELS, recent_periods
from aftersales_desktop.services.reward_rule_events import head_login
from aftersales_desktop.services.target_actuals import TargetResult, facts_of, results
from aftersales_desktop.services.targets import delete_target, save_target
from ui.field_errors import show_form_error
from ui.labels import QT_TRANSLATE_NOOP, label, labels, period_text
from ui.row_table import row_table
from ui.target_form import TargetForm

HEADERS = (QT_TRANSLATE_NOOP("TargetsPanel", "范围"), QT_TRANSLATE_NOOP("TargetsPanel", "目标"), QT_TRANSLATE_NOOP("TargetsPanel", "实际客诉"), QT_TRANSLATE_NOOP("TargetsPanel", "按时办结率 实际 / 目标"), QT_TRANSLATE_NOOP("TargetsPanel", "状态"), QT_TRANSLATE_NOOP("TargetsPanel", "备注"))
COLOURS = {"on_track": "#2e7d32", "achieved": "#2e7d32", "behind": "#e65100",
           "missed": "#c62828"}


def _actual(r: TargetResult) -> str:
    value = r.complaint_value
    count = label("TargetsPanel", "%1 件").replace("%1", str(r.actual.complaints))
    if r.target.measure == "count" or value is None:
        return count
    word = (label("TargetsPanel", "客诉率") if r.target.measure == "rate"
            else label("TargetsPanel", "较上期减少"))
    return count + label("TargetsPanel", "（%1 %2%）").replace("%1", word).replace(
        "%2", f"{value:.2f}")


def _on_time(r: TargetResult) -> str:
    actual = f"{r.on_time_rate:.1f}%" if r.on_time_rate is not None else "—"
    target = f"{r.target.on_time_bp / 100:g}%" if r.target.on_time_bp is not None else "—"
    return f"{actual} / {target}" + label("TargetsPanel", "（已定 %1 件）").replace(
        "%1", str(r.actual.decided))


class TargetsPanel(QWidget):
    propose_requested = Signal(dict)  # values to start a proposal with

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.rows: list[TargetResult] = []
        self.kind = QComboBox()
        for code, label in labels("targets", PERIOD_KINDS).items():
            self.kind.addItem(self.tr(label), code)
        self.period = QComboBox()
        self.kind.currentIndexChanged.connect(self._fill_periods)
        self.period.currentIndexChanged.connect(lambda *_: self.refresh())
        top = QHBoxLayout()
        caption = QLabel(self.tr("期间(&P)："))
        caption.setBuddy(self.period)
        for widget in (caption, self.kind, self.period):
            top.addWidget(widget)
        top.addStretch(1)
        self.propose_button = QPushButton(self.tr("按结果提议部门负责人奖罚…"))
        self.propose_button.clicked.connect(self.propose)
        self.propose_button.setVisible(session.can(APPROVE_REWARDS))
        top.addWidget(self.propose_button)
        self.table = row_table([self.tr(h) for h in HEADERS], (170, 200, 190, 210, 100, 0))
        self.table.itemSelectionChanged.connect(self._selected)
        self.form = TargetForm()
        self.fields, self.errors = self.form.fields, self.form.errors
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        self.buttons = {}
        for key, text in (("new", self.tr("新增目标")), ("save", self.tr("保存修改")), ("delete", self.tr("删除目标"))):
            self.buttons[key] = QPushButton(self.tr(text))
            self.buttons[key].clicked.connect(lambda _=False, k=key: self.act(k))
            buttons.addWidget(self.buttons[key])
        buttons.addStretch(1)
        self.explain = QLabel(self.tr(
            "实际客诉：该期间受理、处理部门为该部门（线路/网点为该网点）的工单，随工单实时计算。"
            "按时办结率：所有时限都按时完成的工单占已有结果工单的比例；尚在时限内的工单不计。"
            "期间进行中时，客诉已超出目标即为“未达成”。"))
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #555;")
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.explain)
        editing = session.can(MANAGE_REWARDS)
        if editing:
            column.addWidget(self.form)
            column.addLayout(buttons)
        self.form.setVisible(editing)
        column.addWidget(self.message)
        self.setFocusProxy(self.table)
        self._fill_periods()

    def _fill_periods(self) -> None:
        self.period.blockSignals(True)
        self.period.clear()
        kind = self.kind.currentData()
        for index, period in enumerate(recent_periods(local_today(), kind)):
            self.period.addItem(period_text(period), period)
            if period.start <= local_today() < period.end:
                current = index
        self.period.setCurrentIndex(current)
        self.period.blockSignals(False)
        self.refresh()

    def choose(self, period) -> None:
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        for index in range(self.period.count()):
            if self.period.itemData(index) == period:
                self.period.setCurrentIndex(index)

    def refresh(self, select: int | None = None) -> None:
        self.form.set_choices()
        self.rows = results(self.period.currentData())
        self.table.setRowCount(len(self.rows))
        for index, r in enumerate(self.rows):
            texts = (r.target.scope, r.target.target_text, _actual(r), _on_time(r),
                     self.tr(label("targets", STATUS_LABELS[r.status])), r.target.note or "")
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col == 4:
                    item.setForeground(QBrush(QColor(COLOURS[r.status])))
                self.table.setItem(index, col, item)
        ids = [r.target.id for r in self.rows]
        self.table.clearSelection()
        if select in ids:
            self.table.selectRow(ids.index(select))
        self._selected()

    def selected(self) -> TargetResult | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.form.load(row.target)
        self.buttons["save"].setEnabled(row is not None)
        self.buttons["delete"].setEnabled(row is not None)
        self.propose_button.setEnabled(row is not None and row.closed)
        self.propose_button.setToolTip(self.tr("期末后可按目标结果提议") if row and not row.closed
                                       else "")

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def act(self, key: str) -> None:
        self.form.clear_errors()
        self._say("")
        row = self.selected()
        try:
            if key == "delete" and row is not None:
                delete_target(row.target.id, self.session.actor)
                self.refresh()
                self._say(self.tr("已删除目标"))
                return
            values = {**self.form.values(), "period": self.period.currentData()}
            target_id = save_target(values, self.session.actor,
                                    row.target.id if key == "save" and row else None)
        except ValidationError as exc:
            show_form_error(self, exc)
            return
        except NotFoundError:
            self._say(self.tr("该目标已不存在，列表已刷新。"), error=True)
            self.refresh()
            return
        self.refresh(target_id)
        self._say(self.tr("已保存目标"))

    def propose(self) -> None:
        row = self.selected()
        if row is None or not row.closed:
            return
        achieved = row.status == "achieved"
        self.propose_requested.emit({
            "kind": "commendation" if achieved else "warning",
            "staff": head_login(row.target.department_id, row.target.branch_id),
            "facts": facts_of(row)})
