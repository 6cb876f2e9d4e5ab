"""Roles (seed 003 §2, seed 004) and what each may do: the one permission table.

Services check these with services.permissions.require; screens only hide what the table
refuses anyway. `SCOPES` says which tickets a role sees (services.scoping).
"""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

# permission code → label
CREATE_TICKET = "create_ticket"
EDIT_TICKET = "edit_ticket"
VERIFY = "verify"
CLASSIFY = "classify"
ASSIGN = "assign"
HANDLE = "handle"
CALLBACK = "callback"
ESCALATE = "escalate"
INSTRUCT = "instruct"
APPROVE_REWARDS = "approve_rewards"
MANAGE_REWARDS = "manage_rewards"
MEETING_ACTIONS = "meeting_actions"
PRINT_UNMASKED = "print_unmasked"
REVEAL_PERSONAL = "reveal_personal"
EXPORT = "export"
IMPORT_DATA = "import_data"
EDIT_SETTINGS = "edit_settings"
MANAGE_STAFF = "manage_staff"
BACKUP_RESTORE = "backup_restore"
ANONYMISE = "anonymise"
VIEW_AUDIT = "view_audit"
VIEW_STATISTICS = "view_statistics"
SPOT_CHECK = "spot_check"

PERMISSION_LABELS = {
    CREATE_TICKET: QT_TRANSLATE_NOOP("permissions", "受理工单"),
    EDIT_TICKET: QT_TRANSLATE_NOOP("permissions", "修改工单信息、证据和计时"),
    VERIFY: QT_TRANSLATE_NOOP("permissions", "信息核实"),
    CLASSIFY: QT_TRANSLATE_NOOP("permissions", "分类、驳回"),
    ASSIGN: QT_TRANSLATE_NOOP("permissions", "分派、改派"),
    HANDLE: QT_TRANSLATE_NOOP("permissions", "开始处理、标记解决"),
    CALLBACK: QT_TRANSLATE_NOOP("permissions", "回访、关闭、重开"),
    ESCALATE: QT_TRANSLATE_NOOP("permissions", "升级上报、跟进、汇报表与书面报告"),
    INSTRUCT: QT_TRANSLATE_NOOP("permissions", "批示处理意见"),
    APPROVE_REWARDS: QT_TRANSLATE_NOOP("permissions", "审批奖罚"),
    MANAGE_REWARDS: QT_TRANSLATE_NOOP("permissions", "维护承运商协议、奖罚规则与整改目标"),
    MEETING_ACTIONS: QT_TRANSLATE_NOOP("permissions", "布置与检查例会对策（整改措施）"),
    PRINT_UNMASKED: QT_TRANSLATE_NOOP("permissions", "打印完整个人信息"),
    REVEAL_PERSONAL: QT_TRANSLATE_NOOP("permissions", "查看完整个人信息"),
    EXPORT: QT_TRANSLATE_NOOP("permissions", "导出数据"),
    IMPORT_DATA: QT_TRANSLATE_NOOP("permissions", "导入客户与订单"),
    EDIT_SETTINGS: QT_TRANSLATE_NOOP("permissions", "修改设置"),
    MANAGE_STAFF: QT_TRANSLATE_NOOP("permissions", "管理人员与角色"),
    BACKUP_RESTORE: QT_TRANSLATE_NOOP("permissions", "备份与恢复"),
    ANONYMISE: QT_TRANSLATE_NOOP("permissions", "删除客户个人信息（匿名化）"),
    VIEW_AUDIT: QT_TRANSLATE_NOOP("permissions", "查看审计日志"),
    VIEW_STATISTICS: QT_TRANSLATE_NOOP("permissions", "查看统计"),
    SPOT_CHECK: QT_TRANSLATE_NOOP("permissions", "内部监督抽查"),
}
ALL_PERMISSIONS = frozenset(PERMISSION_LABELS)

ADMIN = "admin"
ROLE_LABELS = {
    "clerk": QT_TRANSLATE_NOOP("permissions", "客服专员"),
    "classification": QT_TRANSLATE_NOOP("permissions", "问题分类小组"),
    "handler": QT_TRANSLATE_NOOP("permissions", "处理跟进"),
    "supervisor": QT_TRANSLATE_NOOP("permissions", "主管/客服经理"),
    "branch_manager": QT_TRANSLATE_NOOP("permissions", "分公司经理"),
    "company_manager": QT_TRANSLATE_NOOP("permissions", "公司经理"),
    "analyst": QT_TRANSLATE_NOOP("permissions", "数据分析"),
    "auditor": QT_TRANSLATE_NOOP("permissions", "内部监督"),
    ADMIN: QT_TRANSLATE_NOOP("permissions", "系统管理员"),
}

_SERVICE = {CREATE_TICKET, EDIT_TICKET, ESCALATE}  # 客诉全员受理制 (004 6.2-1), 6.2-2
# 客诉分析例会 (004 6.2-4): 主管, 经理 and 单位负责人 set the countermeasures and check them
_MANAGER = _SERVICE | {ASSIGN, INSTRUCT, APPROVE_REWARDS, PRINT_UNMASKED, REVEAL_PERSONAL,
                       EXPORT, VIEW_STATISTICS, IMPORT_DATA, MEETING_ACTIONS}
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "clerk": frozenset(_SERVICE | {VERIFY, CALLBACK}),
    "classification": frozenset(_SERVICE | {VERIFY, CLASSIFY, ASSIGN}),
    "handler": frozenset(_SERVICE | {HANDLE, CALLBACK}),
    "supervisor": frozenset(_MANAGER | {VERIFY, CLASSIFY, HANDLE, CALLBACK}),
    "branch_manager": frozenset(_MANAGER | {MANAGE_REWARDS}),
    "company_manager": frozenset(_MANAGER | {MANAGE_REWARDS, ANONYMISE}),  # anonymise: the top
    "analyst": frozenset({EXPORT, VIEW_STATISTICS}),
    "auditor": frozenset({VIEW_AUDIT, EXPORT, VIEW_STATISTICS, SPOT_CHECK}),
    ADMIN: ALL_PERMISSIONS,
}

# Which tickets a role sees: all; those of the staff member's branch; or of their department
# (within their branch when they have one). See services.scoping.
ALL, BRANCH, DEPARTMENT = "all", "branch", "department"
SCOPES = {"clerk": DEPARTMENT, "classification": DEPARTMENT, "handler": DEPARTMENT,
          "supervisor": DEPARTMENT, "branch_manager": BRANCH, "company_manager": ALL,
          "analyst": ALL, "auditor": ALL, ADMIN: ALL}
SCOPE_LABELS = {ALL: QT_TRANSLATE_NOOP("permissions", "全部工单"), BRANCH: QT_TRANSLATE_NOOP("permissions", "本分公司的工单"), DEPARTMENT: QT_TRANSLATE_NOOP("permissions", "本部门的工单")}

# The permission a move to each state needs.
TRANSITION_PERMISSIONS = {
    "verified": VERIFY, "classified": CLASSIFY, "rejected": CLASSIFY, "assigned": ASSIGN,
    "in_progress": HANDLE, "resolved": HANDLE, "callback": CALLBACK, "closed": CALLBACK,
    "reopened": CALLBACK,
}


def permissions_of(role: str) -> frozenset[str]:
    """What `role` may do; an unknown role (typed into an old database) may do nothing."""
    return ROLE_PERMISSIONS.get(role, frozenset())


def scope_of(role: str) -> str:
    return SCOPES.get(role, DEPARTMENT)


def allows(role: str, permission: str) -> bool:
    if permission not in ALL_PERMISSIONS:
        raise KeyError(f"unknown permission {permission!r}")
    return permission in permissions_of(role)
