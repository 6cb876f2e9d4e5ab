"""升级: report a ticket to a superior, give instructions on what waits for me, track the
execution of instructions on my tickets (seed 004 6.1, 6.2-2, 6.2-3)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services import escalation as esc
from aftersales_desktop.services.ticket_queries import view_ticket
from ui.escalation_form import EscalateForm
from ui.escalation_panels import FAILURES, FollowPanel, InstructPanel, message_of
from ui.labels import label
from ui.written_reports_panel import WrittenReportsPanel
from ui.messages import text_of


class ReportPanel(QWidget):
    """发起升级: the handler reports a ticket up the chain; it stays theirs to track."""
    changed = Signal(str)
    said = Signal(str, bool)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.ticket = None
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("输入工单号，如 20261120-0001"))
        self.number.returnPressed.connect(self.load_number)
        find = QPushButton(self.tr("载入"))
        find.clicked.connect(self.load_number)
        self.summary = QLabel(self.tr("请先载入要上报的工单"))
        self.summary.setWordWrap(True)
        self.form = EscalateForm()
        self.submit = QPushButton(self.tr("向上级汇报"))
        self.submit.setDefault(True)
        self.submit.clicked.connect(self.report)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("工单号(&N)：")))
        top.itemAt(0).widget().setBuddy(self.number)
        top.addWidget(self.number, 1)
        top.addWidget(find)
        ticket_box = QGroupBox(self.tr("工单"))
        box_column = QVBoxLayout(ticket_box)
        box_column.addLayout(top)
        box_column.addWidget(self.summary)
        report_box = QGroupBox(self.tr("向上级主管汇报事件，提出解决方案"))
        report_column = QVBoxLayout(report_box)
        report_column.addWidget(self.form)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.submit)
        report_column.addLayout(actions)
        column = QVBoxLayout(self)
        column.addWidget(ticket_box)
        column.addWidget(report_box)
        column.addStretch(1)
        report_box.setEnabled(False)
        self.report_box = report_box

    def load(self, number: str) -> bool:
        self.number.setText(number)
        return self.load_number()

    def load_number(self) -> bool:
        number = self.number.text().strip()
        try:
            self.ticket = view_ticket(number, self.session.actor)
            current, levels = esc.levels_above(number)
        except FAILURES as exc:
            self.ticket = None
            self.report_box.setEnabled(False)
            self.summary.setText(message_of(exc) if isinstance(exc, ValidationError)
                                 else self.tr("找不到工单 %1").replace("%1", number))
            return False
        self.form.set_levels(current, levels)
        where = self.tr("处理人处") if current == 0 else self.tr("第%1级").replace("%1", str(current))
        self.summary.setText(self.tr("%1　%2　%3　当前在：%4\n%5")
                             .replace("%1", self.ticket.number)
                             .replace("%2", self.ticket.customer.name or "")
                             .replace("%3", label("states", STATE_LABELS[self.ticket.state]))
                             .replace("%4", where)
                             .replace("%5", self.ticket.sections["problem"]["description"]))
        self.report_box.setEnabled(bool(levels))
        return True

    def report(self) -> None:
        if self.ticket is None:
            return
        values = self.form.values()
        try:
            view = esc.escalate(
                self.ticket.number, values["cause_analysis"], values["proposed_solution"],
                values["urgency"], actor=self.session.actor,
                level=None if values["serious"] else values["level"],
                skip_reason=values["skip_reason"], serious=values["serious"],
                expect_version=self.ticket.version)
        except FAILURES as exc:
            if not (isinstance(exc, ValidationError) and self.form.show_error(exc)):
                self.said.emit(message_of(exc), True)
            return
        self.form.clear()
        self.load(view.ticket_number)
        self.said.emit(self.tr("工单 %1 已上报给 %2，请继续跟进")
                       .replace("%1", view.ticket_number)
                       .replace("%2", text_of(view.receiver_text)), False)
        self.changed.emit(view.ticket_number)


class EscalationScreen(QWidget):
    changed = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.inbox = InstructPanel(session)
        self.following = FollowPanel(session)
        self.reporting = ReportPanel(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inbox, self.tr("待我批示"))
        self.tabs.addTab(self.following, self.tr("我跟进的"))
        self.tabs.addTab(self.reporting, self.tr("发起升级"))
        self.tabs.addTab(WrittenReportsPanel(session), self.tr("书面报告"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.message)
        for panel in (self.inbox, self.following, self.reporting):
            panel.said.connect(self._say)
            panel.changed.connect(self._changed)
        self.refresh()
        if not self.inbox.views and self.following.views:
            self.tabs.setCurrentWidget(self.following)

    def refresh(self, quiet: bool = False) -> None:
        self.inbox.refresh(quiet=quiet)
        self.following.refresh(quiet=quiet)
        self.tabs.setTabText(0, self.tr("待我批示（%1）").replace("%1", str(len(self.inbox.views))))
        self.tabs.setTabText(1, self.tr("我跟进的（%1）")
                             .replace("%1", str(len(self.following.views))))

    def report_ticket(self, number: str) -> None:
        """Open 发起升级 with `number` loaded (from the ticket screens)."""
        self.tabs.setCurrentWidget(self.reporting)
        self.reporting.load(number)

    def _changed(self, number: str) -> None:
        self.refresh()
        self.changed.emit(number)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#1b5e20'}; padding: 4px;")
        self.message.setText(text)
        self.message.show()

    def focus_queue(self) -> None:
        self.tabs.currentWidget().setFocus()
