"""统计 › 内部监督: draw a random sample of the tickets closed in a period (size, category,
department, optional seed to repeat a draw), the samples drawn so far with their progress, and
the sampled tickets of the chosen one with their reviews (ui.spot_review_form)."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.clock import local_today, to_local
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.stat_periods import preset
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.spot_checks import MAX_SAMPLE, draw_sample, spot_checks, \
    spot_items
from aftersales_desktop.services.staff_admin import department_names
from ui.field_errors import show_form_error, with_error
from ui.row_table import row_table
from ui.spot_review_form import SpotReviewForm
from ui.labels import QT_TRANSLATE_NOOP

CHECK_HEADERS = (QT_TRANSLATE_NOOP("SpotCheckTab", "编号"), QT_TRANSLATE_NOOP("SpotCheckTab", "关闭日期"), QT_TRANSLATE_NOOP("SpotCheckTab", "条件"), QT_TRANSLATE_NOOP("SpotCheckTab", "抽取/已关闭"), QT_TRANSLATE_NOOP("SpotCheckTab", "已评定"), QT_TRANSLATE_NOOP("SpotCheckTab", "不合格"))
ITEM_HEADERS = (QT_TRANSLATE_NOOP("SpotCheckTab", "序号"), QT_TRANSLATE_NOOP("SpotCheckTab", "工单号"), QT_TRANSLATE_NOOP("SpotCheckTab", "类别"), QT_TRANSLATE_NOOP("SpotCheckTab", "部门"), QT_TRANSLATE_NOOP("SpotCheckTab", "处理人"), QT_TRANSLATE_NOOP("SpotCheckTab", "结果"), QT_TRANSLATE_NOOP("SpotCheckTab", "发现的问题"), QT_TRANSLATE_NOOP("SpotCheckTab", "评定人"))


class SpotCheckTab(QWidget):
    open_ticket = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.checks, self.items = [], []
        self._build()
        self.refresh()

    def _build(self) -> None:
        last = preset("last_month", local_today())
        self.date_from, self.date_to = self._date(last.start), self._date(last.end)
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), None)
        for option in active_categories():
            self.category.addItem(option.name, option.code)
        self.department = QComboBox()
        self.department.addItem(self.tr("全部部门"), None)
        for name in department_names():
            self.department.addItem(name, name)
        self.size = QSpinBox()
        self.size.setRange(1, MAX_SAMPLE)
        self.size.setValue(20)
        self.seed = QLineEdit()
        self.seed.setPlaceholderText(self.tr("留空则随机；填写以前的种子可重现同一样本"))
        self.note = QLineEdit()
        self.draw_button = QPushButton(self.tr("抽取样本"))
        self.draw_button.clicked.connect(self.draw)
        self.message = QLabel()
        self.message.setWordWrap(True)
        period = QWidget()
        row = QHBoxLayout(period)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_from)
        row.addWidget(QLabel("—"))
        row.addWidget(self.date_to)
        row.addStretch(1)
        period_box, period_error = with_error(period)
        size_box, size_error = with_error(self.size)
        seed_box, seed_error = with_error(self.seed)
        self.errors = {"from": period_error, "to": period_error, "size": size_error,
                       "seed": seed_error}
        self.fields = {"from": self.date_from, "to": self.date_to, "size": self.size,
                       "seed": self.seed}
        form = QFormLayout()
        form.addRow(self.tr("关闭日期"), period_box)
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("处理部门"), self.department)
        form.addRow(self.tr("抽查数量"), size_box)
        form.addRow(self.tr("随机种子"), seed_box)
        form.addRow(self.tr("备注"), self.note)
        draw_row = QHBoxLayout()
        draw_row.addWidget(self.message, 1)
        draw_row.addWidget(self.draw_button)
        form.addRow(draw_row)
        new_box = QGroupBox(self.tr("新抽查：从已关闭的工单中随机抽取"))
        new_box.setLayout(form)
        self.check_table = row_table([self.tr(h) for h in CHECK_HEADERS],
                                     (95, 145, 0, 75, 50, 50))
        self.check_table.itemSelectionChanged.connect(self._check_chosen)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(new_box)
        column.addWidget(QLabel(self.tr("历次抽查")))
        column.addWidget(self.check_table, 1)
        self.item_table = row_table([self.tr(h) for h in ITEM_HEADERS],
                                    (40, 150, 100, 90, 70, 60, 0, 70))
        self.item_table.itemSelectionChanged.connect(self._item_chosen)
        self.item_table.doubleClicked.connect(
            lambda index: self.open_ticket.emit(self.items[index.row()].ticket_number))
        self.review = SpotReviewForm(self.session)
        self.review.saved.connect(self._saved)
        self.review.open_ticket.connect(self.open_ticket)
        self.items_title = QLabel()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.items_title)
        column.addWidget(self.item_table, 1)
        column.addWidget(self.review)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([560, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _date(self, day) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def draw(self) -> None:
        for label in self.errors.values():
            label.hide()
        seed_text = self.seed.text().strip()
        if seed_text and not seed_text.isdigit():
            show_form_error(self, ValidationError("seed", self.tr("随机种子请填写数字，或留空")))
            return
        try:
            check = draw_sample(
                self.session.actor, self.date_from.date().toPython(),
                self.date_to.date().toPython(), self.size.value(), self.category.currentData(),
                self.department.currentData(), int(seed_text) if seed_text else None,
                self.note.text())
        except ValidationError as exc:
            show_form_error(self, exc)
            return
        self._say(self.tr("已抽取 %1：%2 张（共 %3 张已关闭，随机种子 %4）")
                  .replace("%1", check.number).replace("%2", str(check.sample_size))
                  .replace("%3", str(check.population)).replace("%4", str(check.seed)))
        self.note.clear()
        self.refresh(select=check.id)

    def refresh(self, select: int | None = None) -> None:
        current = self.checks[self.check_table.currentRow()].id \
            if 0 <= self.check_table.currentRow() < len(self.checks) else None
        self.checks = spot_checks(self.session.actor)
        self.check_table.setRowCount(len(self.checks))
        for r, c in enumerate(self.checks):
            condition = " · ".join(x for x in (c.category, c.department) if x) \
                or self.tr("全部")
            values = (c.number, f"{c.period_start} — {c.period_end}", condition,
                      f"{c.sample_size}/{c.population}", str(c.reviewed), str(c.failed))
            tip = self.tr("%1 抽取于 %2，随机种子 %3").replace("%1", c.created_by).replace(
                "%2", to_local(c.created_at).strftime("%Y-%m-%d %H:%M")).replace(
                "%3", str(c.seed)) + (f"\n{c.note}" if c.note else "")
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                self.check_table.setItem(r, col, cell)
        wanted = select or current
        row = next((i for i, c in enumerate(self.checks) if c.id == wanted), 0)
        if self.checks:
            self.check_table.selectRow(row)
        self._check_chosen()

    def _check_chosen(self) -> None:
        row = self.check_table.currentRow()
        check = self.checks[row] if 0 <= row < len(self.checks) else None
        self.items = spot_items(self.session.actor, check.id) if check else []
        self.items_title.setText(
            self.tr("%1 抽中的工单（随机种子 %2）").replace("%1", check.number)
            .replace("%2", str(check.seed)) if check else self.tr("还没有抽查"))
        self._fill_items()
        if self.items:
            self.item_table.selectRow(next(
                (i for i, item in enumerate(self.items) if item.result is None), 0))
        self._item_chosen()

    def _fill_items(self) -> None:
        self.item_table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            values = (str(item.position), item.ticket_number, item.category or "",
                      item.department or "", item.handler or "", self.tr(item.result_label),
                      item.findings or "", item.reviewer or "")
            for col, text in enumerate(values):
                cell = QTableWidgetItem(text)
                if col == 5 and item.result == "fail":
                    cell.setForeground(Qt.GlobalColor.red)
                self.item_table.setItem(r, col, cell)

    def _item_chosen(self) -> None:
        row = self.item_table.currentRow()
        self.review.show_item(self.items[row] if 0 <= row < len(self.items) else None)

    def _saved(self, item) -> None:
        index = next(i for i, x in enumerate(self.items) if x.id == item.id)
        self.items[index] = item
        self._fill_items()
        self.item_table.selectRow(index)
        row = self.check_table.currentRow()
        checks = spot_checks(self.session.actor)
        if 0 <= row < len(checks):
            self.checks = checks
            c = checks[row]
            self.check_table.item(row, 4).setText(str(c.reviewed))
            self.check_table.item(row, 5).setText(str(c.failed))
