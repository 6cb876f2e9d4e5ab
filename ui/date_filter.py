"""A date filter field that can be left open (不限), for the lists' date ranges."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit

NO_DATE = QDate(2000, 1, 1)


def open_date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("DateFilter", "不限"))
    edit.setDate(NO_DATE)
    return edit


def date_value(edit: QDateEdit):
    """The chosen date, or None while the field says 不限."""
    return None if edit.date() == NO_DATE else edit.date().toPython()
