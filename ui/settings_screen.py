"""设置: the groups on the left (单位与组织, 受理与分类, 时限与升级 …), each a page with tabs:
the group's scalar settings from the registry (SettingsFormPage) and its list pages. Only the
pages the signed-in person's role uses are built (the services check again)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QListWidget, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.permissions import (
    ANONYMISE, BACKUP_RESTORE, EDIT_SETTINGS, EXPORT, MANAGE_REWARDS, MANAGE_STAFF, VIEW_AUDIT,
)
from aftersales_desktop.domain.settings_registry import GROUPS
from ui.labels import QT_TRANSLATE_NOOP


# the group titles of the registry (they go through self.tr() in _add)
_GROUP_TITLES = (
    QT_TRANSLATE_NOOP("SettingsScreen", "单位与组织"), QT_TRANSLATE_NOOP("SettingsScreen", "受理与分类"), QT_TRANSLATE_NOOP("SettingsScreen", "时限与升级"),
    QT_TRANSLATE_NOOP("SettingsScreen", "回访"), QT_TRANSLATE_NOOP("SettingsScreen", "奖罚"), QT_TRANSLATE_NOOP("SettingsScreen", "人员与权限"),
    QT_TRANSLATE_NOOP("SettingsScreen", "数据与备份"), QT_TRANSLATE_NOOP("SettingsScreen", "连接"), QT_TRANSLATE_NOOP("SettingsScreen", "界面"),
)


def _page(module: str, name: str, *args):
    from importlib import import_module

    return getattr(import_module(module), name)(*args)


class SettingsScreen(QWidget):
    restored = Signal(str)  # a backup replaced the data: the window closes
    wizard_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.groups = QListWidget()
        self.groups.setMaximumWidth(120)
        self.stack = QStackedWidget()
        self.tabs: dict[str, QTabWidget] = {}  # group title → its tabs
        self.by_title: dict[str, QWidget] = {}  # page title → page
        self.calendar = self.company = None
        self._build(session)
        # as wide as the longest group name (English ones are longer than 120 px)
        self.groups.setMaximumWidth(max(120, self.groups.sizeHintForColumn(0)
                                        + 2 * self.groups.frameWidth() + 12))
        self.groups.setMinimumWidth(self.groups.maximumWidth())
        self.groups.currentRowChanged.connect(self.stack.setCurrentIndex)
        side = QVBoxLayout()
        side.addWidget(self.groups, 1)
        self.wizard_button = QPushButton(self.tr("重新运行设置向导…"))
        self.wizard_button.clicked.connect(self.wizard_requested)
        self.wizard_button.setVisible(session.can(EDIT_SETTINGS) and session.can(MANAGE_STAFF))
        side.addWidget(self.wizard_button)
        layout = QHBoxLayout(self)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        if self.groups.count():
            self.groups.setCurrentRow(0)

    def _add(self, group: str, title: str, page: QWidget) -> QWidget:
        name = self.tr(GROUPS[group])
        if name not in self.tabs:
            self.tabs[name] = QTabWidget()
            self.groups.addItem(name)
            self.stack.addWidget(self.tabs[name])
        self.tabs[name].addTab(page, self.tr(title))
        self.by_title[title] = page
        return page

    def _form(self, group: str, title: str) -> QWidget:
        from ui.settings_form_page import SettingsFormPage

        return self._add(group, title, SettingsFormPage(self.session, group))

    def _build(self, s) -> None:
        can = s.can
        if can(EDIT_SETTINGS):
            self.company = self._form("org", QT_TRANSLATE_NOOP("SettingsScreen", "单位信息"))
        if can(MANAGE_STAFF):
            self.organisation = self._add("org", QT_TRANSLATE_NOOP("SettingsScreen", "部门与分公司"),
                                          _page("ui.organisation_page", "OrganisationPage", s))
        if can(EDIT_SETTINGS):
            for title, module, name in (
                    (QT_TRANSLATE_NOOP("SettingsScreen", "投诉分类"), "ui.taxonomy_page", "TaxonomyPage"),
                    (QT_TRANSLATE_NOOP("SettingsScreen", "分类建议关键词"), "ui.keyword_rules_page", "KeywordRulesPage"),
                    (QT_TRANSLATE_NOOP("SettingsScreen", "影响评估规则"), "ui.impact_rules_page", "ImpactRulesPage"),
                    (QT_TRANSLATE_NOOP("SettingsScreen", "政策审核规则"), "ui.review_rules_page", "ReviewRulesPage"),
                    (QT_TRANSLATE_NOOP("SettingsScreen", "自动分派规则"), "ui.assignment_rules_page", "AssignmentRulesPage")):
                self._add("intake", title, _page(module, name, s))
            self._add("sla", QT_TRANSLATE_NOOP("SettingsScreen", "时限设置"), _page("ui.sla_page", "SlaPage", s))
            self.hours = self._form("sla", QT_TRANSLATE_NOOP("SettingsScreen", "营业时间"))
            self.calendar = self._add("sla", QT_TRANSLATE_NOOP("SettingsScreen", "工作日历"), _page("ui.calendar_page", "CalendarPage", s))
            self._add("sla", QT_TRANSLATE_NOOP("SettingsScreen", "升级链"), _page("ui.escalation_chain_page", "EscalationChainPage", s))
            self.callback = self._form("callback", QT_TRANSLATE_NOOP("SettingsScreen", "回访设置"))
        if can(MANAGE_REWARDS):
            self._form("rewards", QT_TRANSLATE_NOOP("SettingsScreen", "奖罚审批"))
        if can(MANAGE_STAFF):
            self.staff = self._add("staff", QT_TRANSLATE_NOOP("SettingsScreen", "人员与角色"), _page("ui.staff_page", "StaffPage", s))
        if can(VIEW_AUDIT):
            self.audit = self._add("staff", QT_TRANSLATE_NOOP("SettingsScreen", "审计日志"), _page("ui.audit_page", "AuditPage", s))
        if any(can(p) for p in (EXPORT, ANONYMISE, EDIT_SETTINGS)):
            self.personal_data = self._add("data", QT_TRANSLATE_NOOP("SettingsScreen", "个人信息"), _page(
                "ui.personal_data_page", "PersonalDataPage", s))
        if can(BACKUP_RESTORE):
            self.backup = self._add("data", QT_TRANSLATE_NOOP("SettingsScreen", "备份与恢复"), _page("ui.backup_page", "BackupPage", s))
            self.backup.restored.connect(self.restored)
        if can(EDIT_SETTINGS):
            self.connection = self._add("connection", QT_TRANSLATE_NOOP("SettingsScreen", "数据库连接"),
                                        _page("ui.connection_page", "ConnectionPage", s))
        # every role: the language is a choice of this desk, not a shared setting
        self.language = self._add("ui", QT_TRANSLATE_NOOP("SettingsScreen", "界面语言"), _page("ui.language_page", "LanguagePage", s))

    def page_titles(self) -> list[str]:
        return list(self.by_title)

    def titles(self) -> list[str]:
        """Every page as 'group › page', in order."""
        return [f"{group} › {tabs.tabText(i)}" for group, tabs in self.tabs.items()
                for i in range(tabs.count())]

    def open(self, title: str) -> QWidget:
        """Show the page of that title (as in the tab) and return it."""
        page = self.by_title[title]
        self.show_page(page)
        return page

    def show_page(self, page: QWidget) -> None:
        for row, tabs in enumerate(self.tabs.values()):
            if tabs.indexOf(page) >= 0:
                self.groups.setCurrentRow(row)
                tabs.setCurrentWidget(page)
                return

    def refresh(self) -> None:
        tabs = self.stack.currentWidget()
        page = tabs.currentWidget() if tabs is not None else None
        if page is not None:
            page.refresh()
