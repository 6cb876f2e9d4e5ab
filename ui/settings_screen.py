"""设置: the settings pages that exist so far (工作日历); others come with later issues."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.calendar_page import CalendarPage


class SettingsScreen(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.pages = QTabWidget()
        self.calendar = CalendarPage(session)
        self.pages.addTab(self.calendar, self.tr("工作日历"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def refresh(self) -> None:
        self.pages.currentWidget().refresh()
