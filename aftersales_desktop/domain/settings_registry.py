"""Every scalar setting of the product, declared once: key, group (the settings page), Chinese
label, kind, default (as stored, text), range or choices, help text, the permission that may
change it. A key never saved reads as its default; resetting deletes the stored row, so no
other place writes a default. Lists (categories, rules, policies, chains, staff, calendar days)
live in their own tables and pages.

Keys of kind STATE are the program's own bookkeeping kept in the same table (not shown, not
reset by hand); they are listed so that every key in table `setting` is declared here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from aftersales_desktop.domain.callback_rules import RESOLUTION_KINDS
from aftersales_desktop.domain.callback_script import CALLBACK_SCRIPT, REVISIT_SCRIPT
from aftersales_desktop.domain.permissions import (
    BACKUP_RESTORE, EDIT_SETTINGS, MANAGE_REWARDS, MANAGE_STAFF)
from aftersales_desktop.domain.rewards import DEFAULT_SECOND_APPROVAL_FEN
from aftersales_desktop.domain.sla import UNITS
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

# kinds
TEXT, SCRIPT, INT, BOOL, CHOICE, TIME, DAYS, MONEY, PATH, DEPARTMENT, STATE = (
    "text", "script", "int", "bool", "choice", "time", "days", "money", "path", "department",
    "state")

GROUPS = {  # code → page title, in the order of the settings screen
    "org": QT_TRANSLATE_NOOP("SettingsScreen", "单位与组织"), "intake": QT_TRANSLATE_NOOP("SettingsScreen", "受理与分类"), "sla": QT_TRANSLATE_NOOP("SettingsScreen", "时限与升级"), "callback": QT_TRANSLATE_NOOP("SettingsScreen", "回访"),
    "rewards": QT_TRANSLATE_NOOP("SettingsScreen", "奖罚"), "staff": QT_TRANSLATE_NOOP("SettingsScreen", "人员与权限"), "data": QT_TRANSLATE_NOOP("SettingsScreen", "数据与备份"), "connection": QT_TRANSLATE_NOOP("SettingsScreen", "连接"),
    "ui": QT_TRANSLATE_NOOP("SettingsScreen", "界面"),
}
UNIT_CHOICES = {unit: label.lstrip("个") for unit, (_, label) in UNITS.items()}


@dataclass(frozen=True)
class SettingDef:
    key: str
    group: str
    label: str
    kind: str
    default: str = ""
    help: str = ""
    low: int | None = None
    high: int | None = None
    choices: dict[str, str] = field(default_factory=dict)
    optional: bool = False  # empty is allowed (means "not set" / "off")
    max_length: int = 200
    section: str = ""  # sub-heading on the group's page
    suffix: str = ""
    permission: str = EDIT_SETTINGS

    @property
    def internal(self) -> bool:
        return self.kind == STATE


_CALLBACK_TIMING = QT_TRANSLATE_NOOP("SettingsFormPage", "回访时限、分配与重拨")
_REVISITS = QT_TRANSLATE_NOOP("SettingsFormPage", "关闭后再次回访（逗号分隔的天数，留空不回访）")

SETTINGS: tuple[SettingDef, ...] = (
    SettingDef("company.name", "org", QT_TRANSLATE_NOOP("SettingsFormPage", "单位名称"), TEXT, "", optional=True, max_length=60,
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "印在每份打印件（登记表、通知书、汇报表、服务记录、受理单）的页眉；未设置时页眉显示“未设置单位名称”。")),
    SettingDef("sla.business_opens", "sla", QT_TRANSLATE_NOOP("SettingsFormPage", "上班时间"), TIME, "09:00", section=QT_TRANSLATE_NOOP("SettingsFormPage", "营业时间"),
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "按工作小时、工作日计算的时限只在营业时间内计时。")),
    SettingDef("sla.business_closes", "sla", QT_TRANSLATE_NOOP("SettingsFormPage", "下班时间"), TIME, "18:00", section=QT_TRANSLATE_NOOP("SettingsFormPage", "营业时间"),
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "须晚于上班时间。修改后所有未完成工单的期限立即重新计算。")),
    SettingDef("callback.limit_amount", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "回访时限（解决后）"), INT, "24", low=1,
               high=1000, section=_CALLBACK_TIMING),
    SettingDef("callback.limit_unit", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "回访时限单位"), CHOICE, "working_hour",
               choices=UNIT_CHOICES, section=_CALLBACK_TIMING),
    SettingDef("callback.assign_to", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "回访分配给"), CHOICE, "taker",
               choices={"taker": QT_TRANSLATE_NOOP("SettingsFormPage", "受理工单的客服"), "group": QT_TRANSLATE_NOOP("SettingsFormPage", "回访组")}, section=_CALLBACK_TIMING,
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "“受理工单的客服”不在岗时由回访组回访。")),
    SettingDef("callback.group", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "回访组（部门）"), DEPARTMENT, "售后部",
               section=_CALLBACK_TIMING),
    SettingDef("callback.max_attempts", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "最多拨打次数"), INT, "3", low=1, high=10,
               suffix=QT_TRANSLATE_NOOP("SettingsFormPage", "次"), section=_CALLBACK_TIMING,
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "达到次数仍未接通，按未接通结案并提醒主管。")),
    SettingDef("callback.retry_amount", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "未接通重拨间隔"), INT, "2", low=1,
               high=1000, section=_CALLBACK_TIMING),
    SettingDef("callback.retry_unit", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "重拨间隔单位"), CHOICE, "working_hour",
               choices=UNIT_CHOICES, section=_CALLBACK_TIMING),
    SettingDef("callback.satisfied_min", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "满意标准"), INT, "3", low=1, high=5,
               suffix=QT_TRANSLATE_NOOP("SettingsFormPage", "分及以上"), section=_CALLBACK_TIMING,
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "两项满意度都达到且问题真正解决，工单才关闭，否则重开给处理人。")),
    *(SettingDef(f"callback.revisit.{kind}", "callback", label, DAYS,
                 "7,30" if kind in ("repair", "exchange") else "", optional=True,
                 section=_REVISITS)
      for kind, label in RESOLUTION_KINDS.items()),
    SettingDef("callback.script", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "回访话术"), SCRIPT, CALLBACK_SCRIPT,
               max_length=4000, section=QT_TRANSLATE_NOOP("SettingsFormPage", "回访话术")),
    SettingDef("callback.revisit_script", "callback", QT_TRANSLATE_NOOP("SettingsFormPage", "再次回访话术"), SCRIPT, REVISIT_SCRIPT,
               max_length=4000, section=QT_TRANSLATE_NOOP("SettingsFormPage", "回访话术")),
    SettingDef("rewards.second_approval_fen", "rewards", QT_TRANSLATE_NOOP("SettingsFormPage", "需两位审批人的金额"), MONEY,
               str(DEFAULT_SECOND_APPROVAL_FEN), suffix=QT_TRANSLATE_NOOP("SettingsFormPage", "元起"), permission=MANAGE_REWARDS,
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "奖罚金额达到此数（以及降级、辞退）须两位不同的审批人。")),
    SettingDef("privacy.retention_years", "data", QT_TRANSLATE_NOOP("SettingsFormPage", "个人信息保留期限"), INT, "", low=1, high=30,
               optional=True, suffix=QT_TRANSLATE_NOOP("SettingsFormPage", "年"), section=QT_TRANSLATE_NOOP("SettingsFormPage", "个人信息"),
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "已关闭且最后改动早于此期限的工单删除客户个人信息（不可撤销）。留空为不自动删除。")),
    SettingDef("backup.folder", "data", QT_TRANSLATE_NOOP("SettingsFormPage", "备份文件夹"), PATH, "", optional=True, max_length=400,
               section=QT_TRANSLATE_NOOP("SettingsFormPage", "备份"), permission=BACKUP_RESTORE,
               help=QT_TRANSLATE_NOOP("SettingsFormPage", "留空为数据目录下的 backups/；可以是网络共享文件夹。")),
    SettingDef("auth.single_user", "staff", "单人使用（启动时不登录）", STATE,
               permission=MANAGE_STAFF),
    SettingDef("backup.last_auto", "data", "上次自动备份", STATE),
    SettingDef("privacy.retention_last_run", "data", "上次执行保留期限", STATE),
    SettingDef("search.compacted_at_event", "data", "全文索引整理位置", STATE),
    SettingDef("setup.completed_at", "org", "设置向导完成时间", STATE),
    SettingDef("schema_version", "data", "数据库结构版本", STATE),  # storage/migrations.py
)
BY_KEY = {s.key: s for s in SETTINGS}
assert len(BY_KEY) == len(SETTINGS), "a setting key is declared twice"


def setting(key: str) -> SettingDef:
    try:
        return BY_KEY[key]
    except KeyError:
        raise KeyError(f"setting {key!r} is not declared in settings_registry") from None


def group_settings(group: str) -> list[SettingDef]:
    """The settings a person edits on the group's page, in declaration order."""
    return [s for s in SETTINGS if s.group == group and not s.internal]


def defaults() -> dict[str, str]:
    return {s.key: s.default for s in SETTINGS if not s.internal}
