"""The choices of each document on the 打印 screen. Each panel's `request(session)` returns the
render function for the worker thread, or raises ValidationError naming its field (checked
before anything is rendered); `show_error` puts the message under that field."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget,
)

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.iso_week import parse_week, week_of
from aftersales_desktop.domain.permissions import PRINT_UNMASKED
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.printing import documents
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.classification_rules import department_names
from aftersales_desktop.services.complaint_register import RegisterFilter, branch_names
from aftersales_desktop.services.reward_rows import printable_records
from ui.field_errors import show_form_error, with_error
from ui.labels import label, labels


class OptionsPanel(QWidget):
    changed = Signal()
    said = Signal(str)  # a refusal that names none of this panel's fields

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}

    def add(self, field: str, label: str, widget: QWidget) -> QWidget:
        box, self.errors[field] = with_error(widget)
        self.fields[field] = widget
        self.form.addRow(self.tr(label), box)
        for name in ("dateChanged", "currentIndexChanged", "textChanged", "valueChanged"):
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(self.changed)
                break
        return widget

    def show_error(self, error: Exception) -> None:
        """Under the field it names, or as `said` (e.g. a ticket that does not exist)."""
        self.clear_errors()
        show_form_error(self, error)

    def _say(self, text: str, error: bool = True) -> None:
        self.said.emit(text)
        (self.first_field() or self).setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def first_field(self) -> QWidget | None:
        return None

    def add_unmasked(self, session) -> None:
        """A choice only for who may print full personal data (the service checks again)."""
        self.unmasked = None
        if session.can(PRINT_UNMASKED):
            self.unmasked = QCheckBox(self.tr("打印完整电话号码（将记入审计日志）"))
            self.unmasked.toggled.connect(self.changed)
            self.form.addRow(self.unmasked)
        else:
            self.form.addRow(QLabel(self.tr("电话号码隐去中间四位（138****5678）。")))

    def full_print(self) -> bool:
        return bool(self.unmasked and self.unmasked.isChecked())


def _date_edit(value) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _combo(items) -> QComboBox:
    combo = QComboBox()
    combo.addItem(label("PrintOptions", "全部"), None)
    for value, text in items:
        combo.addItem(text, value)
    return combo


class RegisterOptions(OptionsPanel):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        today = local_today()
        self.date_from = self.add("from", self.tr("受理日期 从"), _date_edit(today.replace(day=1)))
        self.date_to = self.add("to", self.tr("到"), _date_edit(today))
        self.category = self.add("category", self.tr("投诉类别"), _combo([]))
        self.department = self.add("department", self.tr("部门"), _combo([]))
        self.branch = self.add("branch", self.tr("线路/网点"), _combo([]))
        self.state = self.add("state", self.tr("状态"), _combo(labels("states", STATE_LABELS).items()))
        self.add_unmasked(session)

    def refresh(self) -> None:
        for combo, items in ((self.category, [(c.code, c.name) for c in active_categories()]),
                             (self.department, [(n, n) for n in department_names()]),
                             (self.branch, [(n, n) for n in branch_names()])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def first_field(self):
        return self.date_from

    def request(self, session):
        f = RegisterFilter(self.date_from.date().toPython(), self.date_to.date().toPython(),
                           self.category.currentData(), self.department.currentData(),
                           self.branch.currentData(), self.state.currentData())
        if f.date_to < f.date_from:
            raise ValidationError("to", self.tr("结束日期早于开始日期，请重新选择"))
        full = self.full_print()
        return lambda job: documents.register_pdf(f, job, session.actor, full)


class NumberOptions(OptionsPanel):
    """One ticket: its service record or its exception report."""

    def __init__(self, kind: str, session, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.number = self.add("number", self.tr("工单编号"), QLineEdit())
        self.number.setPlaceholderText(self.tr("如 SH20261122-0007，可扫码输入"))
        self.add_unmasked(session)

    def first_field(self):
        return self.number

    def request(self, session):
        number = self.number.text().strip().upper()
        if not number:
            raise ValidationError("number", self.tr("请填写工单编号"))
        full = self.full_print()
        if self.kind == "ticket":
            folder = session.location.attachments_dir
            return lambda job: documents.ticket_pdf(number, folder, job, session.actor, full)
        return lambda job: documents.exception_report_pdf(number, job, session.actor, full)


class WrittenReportOptions(OptionsPanel):
    def __init__(self, parent=None):
        super().__init__(parent)
        today = local_today()
        self.date_from = self.add("from", self.tr("撰写日期 从"), _date_edit(today - timedelta(days=30)))
        self.date_to = self.add("to", self.tr("到"), _date_edit(today))
        self.number = self.add("number", self.tr("或工单编号"), QLineEdit())
        self.number.setPlaceholderText(self.tr("只打印这张工单的书面报告（可不填）"))

    def first_field(self):
        return self.date_from

    def request(self, session):
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        number = self.number.text().strip() or None
        if number is None and end < start:
            raise ValidationError("to", self.tr("结束日期早于开始日期，请重新选择"))
        return lambda job: documents.written_report_pdf(start, end, number, job, session.actor)


class BlankFormOptions(OptionsPanel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.copies = self.add("copies", self.tr("份数"), QSpinBox())
        self.copies.setRange(1, documents.MAX_COPIES)

    def first_field(self):
        return self.copies

    def request(self, session):
        copies = self.copies.value()
        return lambda job: documents.blank_form_pdf(copies, job, session.actor)


class NoticeOptions(OptionsPanel):
    """奖罚通知书 of an approved record: chosen from those I see, or its number typed."""

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.record = self.add("record", self.tr("奖罚记录"), QComboBox())
        self.record.setEditable(True)
        self.record.lineEdit().setPlaceholderText(self.tr("如 CF2026-0003，或从列表中选择"))
        self.form.addRow(QLabel(self.tr("只有已批准的记录可以打印；在“奖罚”中审批。")))

    def refresh(self) -> None:
        current = self.number()
        self.record.blockSignals(True)
        self.record.clear()
        for row in printable_records(self.session.actor):
            self.record.addItem(f"{row.number}　{label('rewards', row.kind_label)}　{row.recipient}", row.number)
        self.set_number(current)
        self.record.blockSignals(False)

    def number(self) -> str:
        text = self.record.currentText().strip()
        data = self.record.currentData()
        return data if data and text.startswith(data) else text.split("　")[0].upper()

    def set_number(self, number: str) -> None:
        index = self.record.findData(number)
        if index >= 0:
            self.record.setCurrentIndex(index)
        else:
            self.record.setEditText(number)

    def first_field(self):
        return self.record

    def request(self, session):
        number = self.number()
        if not number:
            raise ValidationError("record", self.tr("请选择或填写奖罚记录编号"))
        return lambda job: documents.notice_record_pdf(number, job, session.actor)


class WeeklyOptions(OptionsPanel):
    """客诉分析例会资料 of an ISO week: typed as 2026-W47, last week by default."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.week = self.add("week", self.tr("周次"), QLineEdit(week_of(local_today()).shifted(-1).code))
        self.week.setPlaceholderText(self.tr("如 2026-W47（周一至周日）"))
        self.form.addRow(QLabel(self.tr("例会对策在“统计 › 客诉分析例会”中录入。")))

    def first_field(self):
        return self.week

    def set_week(self, code: str) -> None:
        self.week.setText(code)

    def request(self, session):
        week = parse_week(self.week.text())
        return lambda job: documents.weekly_pack_pdf(week, job, session.actor)
