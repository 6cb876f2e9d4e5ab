"""The form of a meeting countermeasure (对策/整改措施): what to do, who is responsible, by when,
optionally the category and department it is about — each with its error line."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QGroupBox, QLabel, QLineEdit

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.services.action_items import ActionItemRow, owner_choices
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.classification_rules import department_names
from ui.field_errors import with_error
from ui.labels import QT_TRANSLATE_NOOP, with_colon

FIELDS = (("text", QT_TRANSLATE_NOOP("ActionItemForm", "对策内容")), ("owner", QT_TRANSLATE_NOOP("ActionItemForm", "责任人")), ("deadline", QT_TRANSLATE_NOOP("ActionItemForm", "完成期限")),
          ("category", QT_TRANSLATE_NOOP("ActionItemForm", "投诉类别")), ("department", QT_TRANSLATE_NOOP("ActionItemForm", "部门")), ("done_on", QT_TRANSLATE_NOOP("ActionItemForm", "完成日期")))


class ActionItemForm(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("对策（整改措施）"), parent)
        self.fields, self.errors = {}, {}
        grid = QGridLayout(self)
        for index, (key, label) in enumerate(FIELDS):
            if key in ("deadline", "done_on"):
                widget = QDateEdit()
                widget.setCalendarPopup(True)
                widget.setDisplayFormat("yyyy-MM-dd")
            elif key == "text":
                widget = QLineEdit()
                widget.setPlaceholderText(self.tr("如 顺丰浦东分拨加固大件包装，签收前开箱验货"))
            else:
                widget = QComboBox()
            self.fields[key] = widget
            box, self.errors[key] = with_error(widget)
            caption = QLabel(with_colon(self.tr(label)))
            caption.setBuddy(widget)
            row, column = (0, 0) if key == "text" else divmod(index + 1, 2)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(box, row, column * 2 + 1, 1, 3 if key == "text" else 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def set_choices(self) -> None:
        for key, items in (("owner", owner_choices()),
                           ("category", [(c.code, c.name) for c in active_categories()
                                         if "." not in c.code]),
                           ("department", [(n, n) for n in department_names()])):
            combo = self.fields[key]
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("（请选择）") if key == "owner" else self.tr("（不限）"), None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def load(self, row: ActionItemRow | None, monday) -> None:
        """`row`'s values, or an empty form for the meeting of the week starting `monday`."""
        self.clear_errors()
        self.fields["text"].setText(row.text if row else "")
        for key, value in (("owner", row and row.owner_login),
                           ("category", row and row.category_code),
                           ("department", row and row.department)):
            combo = self.fields[key]
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.fields["deadline"].setDate(QDate(row.deadline if row else monday + timedelta(days=6)))
        self.fields["done_on"].setDate(QDate(row.done_on) if row and row.done_on
                                       else QDate(local_today()))

    def values(self) -> dict:
        out = {key: self.fields[key].currentData() for key in ("owner", "category", "department")}
        out["text"] = self.fields["text"].text()
        out["deadline"] = self.fields["deadline"].date().toPython()
        return out

    def done_on(self):
        return self.fields["done_on"].date().toPython()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
