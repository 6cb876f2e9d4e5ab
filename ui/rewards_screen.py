"""奖罚 (seeds 003 §6, 004 6.2-5, 6.2-7): proposals waiting for my decision, every record I see,
reduction targets against actual, and — for who maintains them — carriers with their
agreement clauses and the rules that propose records by themselves."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.domain.permissions import APPROVE_REWARDS, MANAGE_REWARDS
from ui.reward_propose_dialog import ProposeDialog
from ui.reward_records_panel import RecordsPanel
from ui.targets_panel import TargetsPanel


class RewardsScreen(QWidget):
    changed = Signal(str)
    print_notice = Signal(str)  # the record's number

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.dialog = None
        self.tabs = QTabWidget()
        self.waiting = None
        if session.can(APPROVE_REWARDS):
            self.waiting = RecordsPanel(session, waiting=True)
            self.tabs.addTab(self.waiting, self.tr("待我审批"))
        self.records = RecordsPanel(session)
        self.tabs.addTab(self.records, self.tr("奖罚记录"))
        self.targets = TargetsPanel(session)
        self.tabs.addTab(self.targets, self.tr("整改目标"))
        self.carriers = self.rules = None
        if session.can(MANAGE_REWARDS):
            from ui.carriers_panel import CarriersPanel
            from ui.reward_rules_panel import RewardRulesPanel

            self.carriers = CarriersPanel(session)
            self.rules = RewardRulesPanel(session)
            self.tabs.addTab(self.carriers, self.tr("承运商与协议"))
            self.tabs.addTab(self.rules, self.tr("自动规则"))
        for panel in (self.waiting, self.records):
            if panel is not None:
                panel.changed.connect(self._changed)
                panel.propose_requested.connect(lambda: self.open_proposal())
                panel.edit_requested.connect(self.open_edit)
                panel.print_requested.connect(self.print_notice)
        self.targets.propose_requested.connect(self.open_proposal)
        self.tabs.currentChanged.connect(lambda _: self.refresh())
        column = QVBoxLayout(self)
        column.addWidget(self.tabs)
        self.refresh()
        if self.waiting is not None and not self.waiting.rows:
            self.tabs.setCurrentWidget(self.records)

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None:
            page.refresh()
        if self.waiting is not None:
            if page is not self.waiting:
                self.waiting.refresh()
            self.tabs.setTabText(self.tabs.indexOf(self.waiting), self.tr("待我审批（%1）")
                                 .replace("%1", str(len(self.waiting.rows))))

    def proposals_arrived(self) -> None:
        """The rules proposed something: the queue is read again, unless it is being worked
        on (then only its count), so that nothing typed is lost."""
        if self.waiting is None:
            return
        if self.tabs.currentWidget() is not self.waiting:
            self.waiting.refresh()
            count = len(self.waiting.rows)
        else:
            from aftersales_desktop.services.reward_approval import waiting_for

            count = len(waiting_for(self.session.actor))
        self.tabs.setTabText(self.tabs.indexOf(self.waiting), self.tr("待我审批（%1）")
                             .replace("%1", str(count)))

    def focus_queue(self) -> None:
        self.tabs.currentWidget().setFocus()

    def open_proposal(self, values: dict | None = None) -> ProposeDialog:
        self.dialog = ProposeDialog(self.session, parent=self)
        if values:
            self.dialog.prefill(values)
        self.dialog.saved.connect(self._proposed)
        self.dialog.open()
        return self.dialog

    def open_edit(self, row) -> ProposeDialog:
        self.dialog = ProposeDialog(self.session, row, parent=self)
        self.dialog.saved.connect(self._changed)
        self.dialog.open()
        return self.dialog

    def _proposed(self, number: str) -> None:
        self.tabs.setCurrentWidget(self.records)
        self.records.refresh(number)
        self._changed(number)

    def _changed(self, number: str) -> None:
        for panel in (self.waiting, self.records):
            if panel is not None:
                panel.refresh(number)
        self.refresh()
        self.changed.emit(number)
