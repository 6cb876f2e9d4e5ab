"""设置: the settings pages the signed-in person's role uses (the services check again)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from aftersales_desktop.domain.permissions import (
    ANONYMISE, BACKUP_RESTORE, EDIT_SETTINGS, EXPORT, MANAGE_STAFF, VIEW_AUDIT,
)


class SettingsScreen(QWidget):
    restored = Signal(str)  # a backup replaced the data: the window closes

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.pages = QTabWidget()
        self.calendar = None
        if session.can(EDIT_SETTINGS):
            self._settings_pages(session)
        if session.can(MANAGE_STAFF):
            from ui.staff_page import StaffPage

            self.staff = StaffPage(session)
            self.pages.addTab(self.staff, self.tr("人员与角色"))
        if session.can(VIEW_AUDIT):
            from ui.audit_page import AuditPage

            self.audit = AuditPage(session)
            self.pages.addTab(self.audit, self.tr("审计日志"))
        self._data_pages(session)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _settings_pages(self, session) -> None:
        from ui.assignment_rules_page import AssignmentRulesPage
        from ui.calendar_page import CalendarPage
        from ui.callback_settings_page import CallbackSettingsPage
        from ui.company_page import CompanyPage
        from ui.escalation_chain_page import EscalationChainPage
        from ui.impact_rules_page import ImpactRulesPage
        from ui.keyword_rules_page import KeywordRulesPage
        from ui.review_rules_page import ReviewRulesPage
        from ui.sla_page import SlaPage
        from ui.taxonomy_page import TaxonomyPage

        self.calendar = CalendarPage(session)
        self.pages.addTab(self.calendar, self.tr("工作日历"))
        self.pages.addTab(TaxonomyPage(session), self.tr("投诉分类"))
        self.pages.addTab(KeywordRulesPage(session), self.tr("分类建议关键词"))
        self.pages.addTab(ImpactRulesPage(session), self.tr("影响评估规则"))
        self.pages.addTab(ReviewRulesPage(session), self.tr("政策审核规则"))
        self.pages.addTab(AssignmentRulesPage(session), self.tr("自动分派规则"))
        self.pages.addTab(SlaPage(session), self.tr("时限设置"))
        self.pages.addTab(EscalationChainPage(session), self.tr("升级链"))
        self.pages.addTab(CallbackSettingsPage(session), self.tr("回访设置"))
        self.company = CompanyPage(session)
        self.pages.addTab(self.company, self.tr("单位信息"))

    def _data_pages(self, session) -> None:
        if any(session.can(p) for p in (EXPORT, ANONYMISE, EDIT_SETTINGS)):
            from ui.personal_data_page import PersonalDataPage

            self.personal_data = PersonalDataPage(session)
            self.pages.addTab(self.personal_data, self.tr("个人信息"))
        if session.can(BACKUP_RESTORE):
            from ui.backup_page import BackupPage

            self.backup = BackupPage(session)
            self.backup.restored.connect(self.restored)
            self.pages.addTab(self.backup, self.tr("备份与恢复"))
        if session.can(EDIT_SETTINGS):
            from ui.connection_page import ConnectionPage

            self.connection = ConnectionPage(session)
            self.pages.addTab(self.connection, self.tr("数据库连接"))

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def refresh(self) -> None:
        page = self.pages.currentWidget()
        if page is not None:
            page.refresh()
