"""统计: the dashboard (看板), the internal audit spot check (内部监督) and the weekly
complaint-analysis meeting (客诉分析例会, seed 004 6.2-4), as tabs; each tab is there for the
roles whose permission it needs (the services check again; the meeting with 查看统计, its
figures within what each reader sees)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget

from aftersales_desktop.domain.permissions import SPOT_CHECK, VIEW_STATISTICS


class StatisticsScreen(QTabWidget):
    show_tickets = Signal(object, str)  # TicketFilter, the line the list shows above it
    open_ticket = Signal(str)
    print_weekly = Signal(str)  # the week's code, for the 打印 screen

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.dashboard = self.spot_check = None
        if session.can(VIEW_STATISTICS):
            from ui.dashboard_tab import DashboardTab

            self.dashboard = DashboardTab(session)
            self.dashboard.show_tickets.connect(self.show_tickets)
            self.addTab(self.dashboard, self.tr("看板"))
        if session.can(SPOT_CHECK):
            from ui.spot_check_tab import SpotCheckTab

            self.spot_check = SpotCheckTab(session)
            self.spot_check.open_ticket.connect(self.open_ticket)
            self.addTab(self.spot_check, self.tr("内部监督"))
        self.weekly = None
        if session.can(VIEW_STATISTICS):
            from ui.weekly_meeting_page import WeeklyMeetingPage

            self.weekly = WeeklyMeetingPage(session)
            self.weekly.print_requested.connect(self.print_weekly)
            self.addTab(self.weekly, self.tr("客诉分析例会"))

    def refresh(self) -> None:
        current = self.currentWidget()
        if current is not None:
            current.refresh()

    def focus_queue(self) -> None:
        current = self.currentWidget()
        if current is not None:
            current.setFocus()
