"""统计: the dashboard (看板) and the internal audit spot check (内部监督), as tabs; each tab
is there for the roles whose permission it needs (the services check again)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget

from aftersales_desktop.domain.permissions import SPOT_CHECK, VIEW_STATISTICS


class StatisticsScreen(QTabWidget):
    show_tickets = Signal(object, str)  # TicketFilter, the line the list shows above it
    open_ticket = Signal(str)

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

    def refresh(self) -> None:
        current = self.currentWidget()
        if current is not None:
            current.refresh()

    def focus_queue(self) -> None:
        current = self.currentWidget()
        if current is not None:
            current.setFocus()
