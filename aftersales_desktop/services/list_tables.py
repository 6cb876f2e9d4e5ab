"""The lists the screens show, as tables to export (services.list_export): headers in Chinese,
every row the screen's filter selects, codes as their Chinese names, times as Shanghai time.

Each function takes the screen's filter and returns a ListTable; its rows are read when the
export runs, as the exporter (scoping), in chunks where the list is long."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from aftersales_desktop.domain.callback_rules import task_label
from aftersales_desktop.domain.channels import CHANNELS, PRIORITIES
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.deadline_text import STATE_LABELS as DEADLINE_STATES
from aftersales_desktop.domain.sla import deadline_state
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.audit_log import AuditFilter, audit_log, content_text, \
    field_text
from aftersales_desktop.services.callback_queue import callback_queue
from aftersales_desktop.services.classification_queue import queue as classification_queue
from aftersales_desktop.services.escalation_views import STATUSES, URGENCIES, followed_by, \
    queue_for
from aftersales_desktop.services.list_export import ListTable, Shown
from aftersales_desktop.services.reward_rows import RecordFilter, records
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.services.ticket_list import TicketFilter, count_tickets, list_page, \
    plan_sort

CHUNK = 1000  # rows read per query while streaming a long list


def _moment(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None


def _utc(value: datetime | None) -> datetime | None:
    """A naive UTC time from the database, marked UTC (xlsx_table writes it as Shanghai)."""
    return value.replace(tzinfo=timezone.utc) if value is not None else None


def ticket_rows(f: TicketFilter, chunk: int | None = None):
    """Every ticket passing `f` in the order the list screen shows them (services.ticket_list:
    the chosen order, or newest entered first beyond COUNT_CAP matches), page after page."""
    chunk = chunk or CHUNK
    shown = plan_sort(f, count_tickets(f))
    last, offset = None, 0
    while True:
        page = list_page(shown, chunk, offset, last)
        yield from page
        if len(page) < chunk:
            return
        last, offset = page[-1], offset + len(page)


TICKET_HEADERS = ("工单号", "受理时间", "客户", "电话", "类别", "细分类别", "优先级", "状态",
                  "受理渠道", "处理人", "时限状态", "最近时限", "问题描述")


def tickets(f: TicketFilter) -> ListTable:
    """工单: the ticket list's filter, search and sort."""
    def rows(staff: StaffRow, shown: Shown):
        now = utcnow()
        for r in ticket_rows(replace(f, viewer=staff.login)):
            due = _moment(r.deadline)
            if due is None:
                state = DEADLINE_STATES["paused"] if r.paused else ""
            else:
                warn = _moment(r.deadline_warn)
                state = DEADLINE_STATES[deadline_state(
                    due.replace(tzinfo=None), warn.replace(tzinfo=None) if warn else None, now)]
            yield (r.number, _moment(r.received_at), r.customer_name,
                   shown.field("phone", r.customer_phone), r.category, r.subcategory,
                   PRIORITIES.get(r.priority, r.priority), STATE_LABELS.get(r.state, r.state),
                   CHANNELS.get(r.channel, r.channel), r.assignee, state, due,
                   shown.text(r.description))
    return ListTable("tickets", "工单列表", TICKET_HEADERS, rows,
                     (18, 17, 10, 14, 12, 14, 8, 8, 12, 10, 10, 17, 60))


def callbacks(scope: str = "mine", include_waiting: bool = False) -> ListTable:
    """回访: the queue as the screen's scope and 显示未到时间的 select it."""
    def rows(staff: StaffRow, shown: Shown):
        now = utcnow()
        for r in callback_queue(staff.login, scope, include_waiting, now, limit=None):
            state = "未到时间" if r.waiting(now) else "已逾期" if r.overdue(now) else "待回访"
            yield (r.number, task_label(r.kind, r.revisit_days), state, r.customer_name,
                   shown.text(r.summary), r.attempts, r.max_attempts, _utc(r.available_at),
                   _utc(r.due_at), r.owner)
    return ListTable("callbacks", "回访队列", (
        "工单号", "类型", "状态", "客户", "问题概要", "已回访次数", "最多次数", "可开始时间",
        "回访期限", "负责人/组"), rows, (18, 16, 8, 10, 40, 10, 8, 17, 17, 12))


def rewards(f: RecordFilter) -> ListTable:
    """奖罚: the records list's filter (or the proposals waiting for my approval)."""
    def rows(staff: StaffRow, shown: Shown):
        for r in records(staff.login, f, limit=None):
            approvals = "；".join(
                f"{a.name}（{a.role}）{'批准' if a.decision == 'approve' else '驳回'}"
                + (f"：{a.comment}" if a.comment else "") for a in r.approvals)
            yield (r.number, r.status_label, r.kind_label, r.recipient_label, r.recipient,
                   r.department, shown.text(r.facts), shown.text(r.basis), shown.text(r.measure),
                   r.amount_fen / 100 if r.amount_fen is not None else None,
                   r.goods_value_fen / 100 if r.goods_value_fen is not None else None,
                   r.proposer or "规则", _utc(r.proposed_at), r.rule, _utc(r.decided_at),
                   r.issued_on, r.archived_on, "、".join(r.tickets), approvals)
    return ListTable("rewards", "奖罚记录", (
        "编号", "状态", "类别", "对象类型", "对象", "部门", "事实", "依据", "措施", "金额（元）",
        "货值（元）", "提议人", "提议时间", "规则", "决定时间", "下发日期", "归档日期", "关联工单",
        "审批"), rows, (13, 8, 10, 10, 12, 12, 40, 24, 20, 11, 11, 10, 17, 16, 17, 11, 11, 24, 30))


def audit_trail(f: AuditFilter, chunk: int | None = None) -> ListTable:
    """审计日志: the page's filter, newest first, every event (always masked there)."""
    def rows(staff: StaffRow, shown: Shown):
        before, size = None, chunk or CHUNK
        while True:
            page = audit_log(staff.login, f, size, before)
            for r in page:
                who = f"{r.staff_name}（{r.staff_login}）" if r.staff_login else "—"
                yield (_moment(r.at), who, r.action_label, r.ticket_number, field_text(r),
                       mask_text(content_text(r)))
            if len(page) < size:
                return
            before = page[-1].id
    return ListTable("audit", "审计日志", ("时间", "人员", "操作", "工单", "字段", "内容"), rows,
                     (19, 18, 14, 18, 14, 80), personal=False)


def mask_text(text: str) -> str:
    return Shown(masked=True).text(text)


def escalations(waiting_for_me: bool) -> ListTable:
    """升级: 待我批示 or 我跟进的."""
    def rows(staff: StaffRow, shown: Shown):
        views = queue_for(staff.login) if waiting_for_me else followed_by(staff.login)
        for v in views:
            yield (v.ticket_number, URGENCIES.get(v.urgency, v.urgency),
                   STATUSES.get(v.status, v.status), _utc(v.created_at), v.customer_name,
                   v.handler_name, v.from_name or "系统", v.receiver_text,
                   shown.text(v.ticket_summary), shown.text(v.cause_analysis),
                   shown.text(v.proposed_solution), shown.text(v.instructions), v.executor_name,
                   len(v.entries))
    title = "待我批示的升级" if waiting_for_me else "我跟进的升级"
    return ListTable("escalations", title, (
        "工单号", "紧急程度", "状态", "上报时间", "客户", "处理人", "上报人", "上报给", "问题描述",
        "原因分析", "解决方案", "处理意见", "执行人", "执行与跟进记录数"), rows,
        (18, 8, 10, 17, 10, 10, 10, 22, 40, 40, 40, 40, 10, 10))


def classification() -> ListTable:
    """分类: the tickets waiting for classification, oldest first."""
    def rows(staff: StaffRow, shown: Shown):
        for item in classification_queue(limit=None, viewer=staff.login):
            yield item.number, _moment(item.received_at), item.customer_name, \
                shown.text(item.summary)
    return ListTable("classification", "待分类工单", ("工单号", "受理时间", "客户", "问题概要"),
                     rows, (18, 17, 10, 60))
