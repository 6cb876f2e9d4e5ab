"""A small office for the printing tests: tickets in every state of interest over the last days,
a photo, a logistics exception with its report, escalation and written report."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from aftersales_desktop.domain.clock import SHANGHAI, local_today, utcnow
from aftersales_desktop.services import escalation as esc
from aftersales_desktop.services.company import set_company_name
from aftersales_desktop.services.exception_report import save_exception_report, write_report
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import Department, Ticket
from tests.unit.escalation_helpers import add_crew

PHOTO = Path(__file__).resolve().parent.parent / "fixtures" / "red.png"
COMPANY = "上海示例物流有限公司"


@dataclass(frozen=True)
class Office:
    quality: str  # resolved, with a photo
    logistics: str  # in progress, with exception report, escalation and written report
    fresh: str  # just received
    rejected: str
    first_day: object
    last_day: object


def _received(days_ago: int, hour: int = 10) -> str:
    day = local_today() - timedelta(days=days_ago)
    return datetime.combine(day, time(hour, 30), tzinfo=SHANGHAI).isoformat()


def build_office(company: str | None = COMPANY) -> Office:
    add_crew()
    if company:
        set_company_name(company)
    quality = create_ticket({
        "channel": "hotline", "received_at": _received(5), "category": "quality",
        "customer": {"name": "王芳", "phone": "13912345678", "region": "上海"},
        "order": {"number": "TB20261101001", "product": "电饭煲", "model": "MB-40"},
        "problem": {"description": "收到的电饭煲外壳破损，无法正常加热，客户要求换新"},
        "attachments": [str(PHOTO)]}).number
    for target in ("verified", "classified"):
        transition(quality, target)
    transition(quality, "assigned", assignee="zhang")
    for target in ("in_progress", "resolved"):
        transition(quality, target)
    logistics = create_ticket({
        "channel": "wechat", "received_at": _received(3), "category": "logistics",
        "subcategory": "商品破损",
        "customer": {"name": "李雷", "phone": "13800138000"},
        "logistics": {"waybill": "SF1234567890", "carrier": "顺丰速运", "branch": "上海浦东分公司"},
        "problem": {"description": "冰箱送到时门体严重变形，客户拒收并要求全额退款"}}).number
    for target in ("verified", "classified"):
        transition(logistics, target)
    transition(logistics, "assigned", assignee="zhang")
    after_sales = Department.get(Department.name == "售后部").id
    Ticket.update(department=after_sales).where(Ticket.number == logistics).execute()
    view = esc.escalate(logistics, "承运商装卸不当，门体受压变形", "上门换新并向承运商索赔", "urgent",
                        actor="zhang")
    esc.instruct(view.id, "同意上门换新，今天联系客户", "zhang", actor=view.to_login)
    esc.add_entry(view.id, "execution", "已约定明天上午送货换新", actor="zhang")
    received = utcnow() - timedelta(hours=2)
    save_exception_report(logistics, {
        "what_happened": "冰箱送到时外包装和门体严重变形，客户拒收",
        "info_received_at": received, "reported_at": received + timedelta(minutes=6),
        "documents": "托运单 TY-20261120-0099", "responsibility": "承运商装卸责任"})
    write_report(logistics, "承运商装卸不当，车内未固定", "上门换新并按运输协议索赔",
                 "大件家电须固定后运输，签收前开箱验货")
    fresh = create_ticket({
        "channel": "website", "received_at": _received(1), "category": "livestream",
        "customer": {"name": "张敏", "phone": "13700001111"},
        "problem": {"description": "直播间说是纯棉，收到后发现是混纺面料"}}).number
    rejected = create_ticket({
        "channel": "qq", "received_at": _received(2), "category": "service",
        "customer": {"name": "刘洋", "phone": "15900002222"},
        "problem": {"description": "客服回复太慢，等了两天"}}).number
    transition(rejected, "rejected", reason="不在售后政策范围内")
    return Office(quality, logistics, fresh, rejected, local_today() - timedelta(days=6),
                  local_today())
