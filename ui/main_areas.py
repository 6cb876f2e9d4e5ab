"""The areas of the main window's navigation: their order and labels, which exist, the screen
that shows each, and the permissions that open it."""
from __future__ import annotations

from aftersales_desktop.domain.permissions import (
    ANONYMISE, BACKUP_RESTORE, CALLBACK, CLASSIFY, CREATE_TICKET, EDIT_SETTINGS, ESCALATE,
    EXPORT, INSTRUCT, MANAGE_STAFF, SPOT_CHECK, VIEW_AUDIT, VIEW_STATISTICS,
)
from ui.labels import QT_TRANSLATE_NOOP

# (key, label); only those in BUILT exist so far
AREAS = [
    ("entry", QT_TRANSLATE_NOOP("MainWindow", "受理")),
    ("tickets", QT_TRANSLATE_NOOP("MainWindow", "工单")),
    ("classification", QT_TRANSLATE_NOOP("MainWindow", "分类")),
    ("escalation", QT_TRANSLATE_NOOP("MainWindow", "升级")),
    ("callback", QT_TRANSLATE_NOOP("MainWindow", "回访")),
    ("printing", QT_TRANSLATE_NOOP("MainWindow", "打印")),
    ("rewards", QT_TRANSLATE_NOOP("MainWindow", "奖罚")),
    ("statistics", QT_TRANSLATE_NOOP("MainWindow", "统计")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "设置")),
]
BUILT = {"entry", "tickets", "classification", "escalation", "callback", "printing", "rewards",
         "statistics", "settings"}
# screen key → (module, class); "detail" belongs to the tickets area
SCREENS = {"entry": ("ui.entry_screen", "EntryScreen"),
           "tickets": ("ui.ticket_list_screen", "TicketListScreen"),
           "detail": ("ui.ticket_detail_screen", "TicketDetailScreen"),
           "classification": ("ui.classification_screen", "ClassificationScreen"),
           "escalation": ("ui.escalation_screen", "EscalationScreen"),
           "callback": ("ui.callback_screen", "CallbackScreen"),
           "printing": ("ui.printing_screen", "PrintingScreen"),
           "rewards": ("ui.rewards_screen", "RewardsScreen"),
           "statistics": ("ui.statistics_screen", "StatisticsScreen"),
           "settings": ("ui.settings_screen", "SettingsScreen")}
# area → the permissions of which one opens it (the services check again); others: everyone
AREA_PERMISSIONS = {"entry": {CREATE_TICKET}, "classification": {CLASSIFY},
                    "escalation": {ESCALATE, INSTRUCT}, "callback": {CALLBACK},
                    "statistics": {VIEW_STATISTICS, SPOT_CHECK},
                    "settings": {EDIT_SETTINGS, MANAGE_STAFF, VIEW_AUDIT, EXPORT, ANONYMISE,
                                 BACKUP_RESTORE}}

