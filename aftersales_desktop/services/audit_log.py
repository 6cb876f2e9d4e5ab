"""审计日志: the audit trail read-only for internal audit and administrators, filtered by staff,
action, date range and ticket; newest first, in pages. Personal data stays masked here too."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

from dataclasses import dataclass
from datetime import date, timedelta

from peewee import JOIN

from aftersales_desktop.domain.clock import iso_utc
from aftersales_desktop.domain.masking import mask_field
from aftersales_desktop.domain.audit_labels import audit_field_label
from aftersales_desktop.domain.permissions import PERMISSION_LABELS, VIEW_AUDIT
from aftersales_desktop.services.audit_words import AuditWords
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.ticket_list import _utc_start
from aftersales_desktop.storage.models import AuditEvent, Staff, Ticket

ACTION_LABELS = {
    "login": QT_TRANSLATE_NOOP("audit_log", "登录成功"), "login_failed": QT_TRANSLATE_NOOP("audit_log", "登录失败"), "login_locked": QT_TRANSLATE_NOOP("audit_log", "锁定期间尝试登录"),
    "lockout": QT_TRANSLATE_NOOP("audit_log", "登录名被锁定"), "refused": QT_TRANSLATE_NOOP("audit_log", "权限拒绝"), "reveal": QT_TRANSLATE_NOOP("audit_log", "查看完整个人信息"),
    "password_set": QT_TRANSLATE_NOOP("audit_log", "设置管理员密码"), "password_changed": QT_TRANSLATE_NOOP("audit_log", "修改本人密码"),
    "password_reset": QT_TRANSLATE_NOOP("audit_log", "重置密码"), "create": QT_TRANSLATE_NOOP("audit_log", "创建"), "update": QT_TRANSLATE_NOOP("audit_log", "修改"), "delete": QT_TRANSLATE_NOOP("audit_log", "删除"),
    "transition": QT_TRANSLATE_NOOP("audit_log", "状态变更"), "reason": QT_TRANSLATE_NOOP("audit_log", "填写原因"), "attach": QT_TRANSLATE_NOOP("audit_log", "添加证据"), "assess": QT_TRANSLATE_NOOP("audit_log", "影响评估"),
    "override": QT_TRANSLATE_NOOP("audit_log", "调整建议"), "review": QT_TRANSLATE_NOOP("audit_log", "政策审核"), "reassign": QT_TRANSLATE_NOOP("audit_log", "改派"), "pause": QT_TRANSLATE_NOOP("audit_log", "暂停计时"),
    "resume": QT_TRANSLATE_NOOP("audit_log", "恢复计时"), "promise": QT_TRANSLATE_NOOP("audit_log", "承诺解决时间"), "escalate": QT_TRANSLATE_NOOP("audit_log", "升级上报"),
    "auto_escalate": QT_TRANSLATE_NOOP("audit_log", "自动升级"), "instruct": QT_TRANSLATE_NOOP("audit_log", "批示处理意见"), "follow_up": QT_TRANSLATE_NOOP("audit_log", "跟进记录"),
    "complete": QT_TRANSLATE_NOOP("audit_log", "升级完成"), "report": QT_TRANSLATE_NOOP("audit_log", "汇报表/书面报告"), "notify": QT_TRANSLATE_NOOP("audit_log", "提醒"), "read": QT_TRANSLATE_NOOP("audit_log", "已读提醒"),
    "retire": QT_TRANSLATE_NOOP("audit_log", "停用"), "restore": QT_TRANSLATE_NOOP("audit_log", "恢复"), "import": QT_TRANSLATE_NOOP("audit_log", "导入"), "move": QT_TRANSLATE_NOOP("audit_log", "调整顺序"),
    "propose": QT_TRANSLATE_NOOP("audit_log", "提议奖罚"), "approve": QT_TRANSLATE_NOOP("audit_log", "批准奖罚"), "reject": QT_TRANSLATE_NOOP("audit_log", "驳回奖罚"), "issue": QT_TRANSLATE_NOOP("audit_log", "下发通知书"),
    "archive": QT_TRANSLATE_NOOP("audit_log", "归档"), "anonymise": QT_TRANSLATE_NOOP("audit_log", "删除个人信息（匿名化）"), "export": QT_TRANSLATE_NOOP("audit_log", "导出数据"),
    "print_unmasked": QT_TRANSLATE_NOOP("audit_log", "打印完整个人信息"), "backup": QT_TRANSLATE_NOOP("audit_log", "备份"), "retention": QT_TRANSLATE_NOOP("audit_log", "按保存期限匿名化"),
    "schedule": QT_TRANSLATE_NOOP("audit_log", "安排回访"), "reschedule": QT_TRANSLATE_NOOP("audit_log", "改约回访"), "callback": QT_TRANSLATE_NOOP("audit_log", "回访"), "revisit": QT_TRANSLATE_NOOP("audit_log", "再次回访"),
    "end": QT_TRANSLATE_NOOP("audit_log", "结束回访"), "resolve": QT_TRANSLATE_NOOP("audit_log", "处理结果"), "draw": QT_TRANSLATE_NOOP("audit_log", "抽取抽查样本"), "spot_review": QT_TRANSLATE_NOOP("audit_log", "抽查复核"),
    "done": QT_TRANSLATE_NOOP("audit_log", "标记完成"), "reopen": QT_TRANSLATE_NOOP("audit_log", "重新打开"), "rename": QT_TRANSLATE_NOOP("audit_log", "改名"), "reset": QT_TRANSLATE_NOOP("audit_log", "恢复默认"),
}
VIA = {"window": QT_TRANSLATE_NOOP("audit_words", "窗口"), "cli": QT_TRANSLATE_NOOP("audit_words", "命令行")}
SECURITY_ACTIONS = ("login", "login_failed", "login_locked", "lockout", "refused", "reveal",
                    "password_set", "password_changed", "password_reset")


LIST_NAMES = {"tickets": QT_TRANSLATE_NOOP("audit_words", "工单列表"), "callbacks": QT_TRANSLATE_NOOP("audit_words", "回访队列"), "rewards": QT_TRANSLATE_NOOP("audit_words", "奖罚记录"),
              "audit": QT_TRANSLATE_NOOP("audit_words", "审计日志"), "escalations": QT_TRANSLATE_NOOP("audit_words", "升级事项"), "classification": QT_TRANSLATE_NOOP("audit_words", "待分类工单"),
              "customers": QT_TRANSLATE_NOOP("audit_words", "客户与订单")}


@dataclass(frozen=True)
class AuditFilter:
    staff: str | None = None  # login
    action: str | None = None
    date_from: date | None = None  # Shanghai dates, inclusive
    date_to: date | None = None
    ticket: str | None = None  # number


@dataclass(frozen=True)
class AuditLogRow:
    id: int
    at: str  # ISO 8601 UTC
    staff_login: str | None
    staff_name: str | None
    action: str
    entity: str
    ticket_number: str | None
    field: str | None
    old_value: str | None
    new_value: str | None
    field_text: str = ""  # the field's name in Chinese ("" when it says nothing)
    content: str = ""  # the values in words: "old → new", or the one there is

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)


def audit_log(actor: str, f: AuditFilter, limit: int = 200,
              before_id: int | None = None) -> list[AuditLogRow]:
    """One page of events passing `f`, newest first; give the last row's id as `before_id`
    for the next page. Events about a ticket that are no change of it (a refusal, a reveal)
    carry it as entity, not as ticket_id, and are found by the ticket filter too."""
    require(actor, VIEW_AUDIT)
    query = (AuditEvent.select(AuditEvent, Staff.login, Staff.name, Ticket.number)
             .join(Staff, JOIN.LEFT_OUTER, on=(AuditEvent.staff == Staff.id))
             .switch(AuditEvent)
             .join(Ticket, JOIN.LEFT_OUTER, on=(AuditEvent.ticket == Ticket.id)))
    if f.staff:
        query = query.where(Staff.login == f.staff)
    if f.action:
        query = query.where(AuditEvent.action == f.action)
    if f.date_from:
        query = query.where(AuditEvent.at >= _utc_start(f.date_from))
    if f.date_to:
        query = query.where(AuditEvent.at < _utc_start(f.date_to + timedelta(days=1)))
    if f.ticket:
        ticket_id = Ticket.select(Ticket.id).where(Ticket.number == f.ticket.strip().upper())
        ticket_id = ticket_id.scalar()
        if ticket_id is None:
            return []
        query = query.where((AuditEvent.ticket == ticket_id) | (
            AuditEvent.ticket.is_null() & (AuditEvent.entity == "ticket")
            & (AuditEvent.entity_id == ticket_id)))
    if before_id is not None:
        query = query.where(AuditEvent.id < before_id)
    rows = list(query.order_by(AuditEvent.id.desc()).limit(limit).dicts())
    about = {r["entity_id"] for r in rows
             if r["number"] is None and r["entity"] == "ticket" and r["entity_id"]}
    numbers = dict(Ticket.select(Ticket.id, Ticket.number).where(Ticket.id.in_(about))
                   .tuples()) if about else {}

    def number(r) -> str | None:
        return r["number"] or (numbers.get(r["entity_id"]) if r["entity"] == "ticket" else None)

    words = AuditWords()
    return [_row(r, number(r), words) for r in rows]


def _row(r: dict, number: str | None, words: AuditWords) -> AuditLogRow:
    entity, action, field = r["entity"], r["action"], r["field"]
    old, new = mask_field(field, r["old_value"]), mask_field(field, r["new_value"])
    shown_old = _one_line(words.value(entity, action, field, old, old=True))
    shown_new = _one_line(words.value(entity, action, field, new))
    if action == "refused":
        what = PERMISSION_LABELS.get(field, QT_TRANSLATE_NOOP("audit_words", "查看范围") if field == "scope" else field or "")
    elif action in SECURITY_ACTIONS:
        what = ""
    else:
        what = audit_field_label(entity, field, words.entity_labels(entity))
    if action.startswith("login") and field in VIA:
        content = Text(QT_TRANSLATE_NOOP("audit_words", "{new}（{via}）"), new=new, via=VIA[field])
    elif entity == "notice" and action == "notify" and shown_old:
        content = Text(QT_TRANSLATE_NOOP("audit_words", "致 {shown_old}：{shown_new}"), shown_old=shown_old, shown_new=shown_new)
    elif entity == "callback_task" and old and "/" in old and action in ("callback", "revisit"):
        content = Text(QT_TRANSLATE_NOOP("audit_words", "第 {old} 次：{shown_new}"), old=old, shown_new=shown_new)
    elif shown_old and shown_new:
        content = Text(QT_TRANSLATE_NOOP("audit_words", "{old} → {new}"), old=shown_old, new=shown_new)
    else:
        content = shown_new or shown_old or ""
    return AuditLogRow(r["id"], iso_utc(r["at"]), r["login"], r["name"], action, entity,
                       number, field, old, new, what, content)


def _one_line(value):
    """Free text on one line (a Text, a label, stays as it is)."""
    return " ".join(value.split()) if value and type(value) is str else value


def staff_choices() -> list[tuple[str, str]]:
    """(login, "name（login）") of everyone, for the staff filter."""
    return [(login, f"{name}（{login}）") for login, name in
            Staff.select(Staff.login, Staff.name).order_by(Staff.login).tuples()]


def field_text(row: AuditLogRow) -> str:
    """The 字段 column: the field's name, the permission refused, or the list exported."""
    return row.field_text


def content_text(row: AuditLogRow) -> str:
    """The 内容 column: what was done, old → new, in words."""
    return row.content
