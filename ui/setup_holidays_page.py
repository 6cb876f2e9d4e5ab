"""Setup wizard page 节假日安排: this year's and next year's days off and make-up working days as
deadlines will use them, and whether each year's schedule is the official one or an estimate."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWizardPage

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.work_calendar import HOLIDAY
from aftersales_desktop.services import calendar_settings as cal
from ui.labels import QT_TRANSLATE_NOOP

WEEKDAYS = (QT_TRANSLATE_NOOP("HolidaysWizardPage", "周一"), QT_TRANSLATE_NOOP("HolidaysWizardPage", "周二"), QT_TRANSLATE_NOOP("HolidaysWizardPage", "周三"),
            QT_TRANSLATE_NOOP("HolidaysWizardPage", "周四"), QT_TRANSLATE_NOOP("HolidaysWizardPage", "周五"), QT_TRANSLATE_NOOP("HolidaysWizardPage", "周六"),
            QT_TRANSLATE_NOOP("HolidaysWizardPage", "周日"))


class HolidaysWizardPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("节假日安排"))
        self.setSubTitle(self.tr("时限按工作日历计算：法定节假日不计时，调休上班日照常计时。请核对。"))
        self.years: dict[int, tuple[QLabel, QListWidget]] = {}
        row = QHBoxLayout()
        this_year = local_today().year
        for year in (this_year, this_year + 1):
            state, days = QLabel(), QListWidget()
            state.setWordWrap(True)
            column = QVBoxLayout()
            column.addWidget(state)
            column.addWidget(days, 1)
            row.addLayout(column)
            self.years[year] = (state, days)
        hint = QLabel(self.tr("官方安排公布后（通常在前一年 11–12 月），可在 设置 › 时限与升级 › "
                              "工作日历 中导入或逐日录入；公司自己的放假或加班也在那里录入。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(hint)

    def initializePage(self) -> None:
        for year, (state, days) in self.years.items():
            overview = cal.year_overview(year)
            if overview.estimated:
                state.setStyleSheet("QLabel { background: #fff3cd; color: #6d4c00; padding: 4px; }")
                state.setText(self.tr("%1 年：尚未公布官方放假安排，下列为按规则推算的法定节假日"
                                      "（没有调休）").replace("%1", str(year)))
            elif any(day.source == cal.OFFICIAL for day in overview.days):
                state.setStyleSheet("QLabel { color: #2e7d32; padding: 4px; }")
                state.setText(self.tr("%1 年：官方放假安排（国务院办公厅，程序内置）")
                              .replace("%1", str(year)))
            else:
                state.setStyleSheet("QLabel { color: #2e7d32; padding: 4px; }")
                state.setText(self.tr("%1 年：已导入或录入的放假安排").replace("%1", str(year)))
            days.clear()
            for day in overview.days:
                kind = self.tr("放假") if day.kind == HOLIDAY else self.tr("调休上班")
                weekday = self.tr(WEEKDAYS[day.day.weekday()])
                days.addItem(f"{day.day.isoformat()} {weekday}  {kind}  {day.name or ''}".rstrip())

    def estimated_years(self) -> list[int]:
        return [y for y in self.years if cal.year_overview(y).estimated]
