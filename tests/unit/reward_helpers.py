"""Rewards test helpers: a crew (escalation_helpers), a carrier with agreement clauses, and
logistics tickets of that carrier."""
from __future__ import annotations

from datetime import timedelta, timezone

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services.carriers import save_carrier, save_clause
from aftersales_desktop.services.tickets import create_ticket
from aftersales_desktop.storage.models import Department, Staff

from .escalation_helpers import add_crew

CARRIER = "顺丰速运"


def add_clerk(login: str = "clerk1", name: str = "周敏") -> None:
    department = Department.get(Department.name == "售后部").id
    Staff.insert(login=login, name=name, role="clerk", department=department,
                 created_at=utcnow()).execute()


def setup_crew() -> None:
    """The escalation crew (zhang, li, wang, zhao, chen) and a clerk."""
    add_crew()
    add_clerk()


def add_carrier(percent: bool = False) -> tuple[int, int]:
    """顺丰速运 with clause 7.2 for 货损货差 (500 yuan, or 30% of the goods value capped at
    2000 yuan) and a general clause 9.1 of 200 yuan; (carrier id, damage clause id)."""
    carrier_id = save_carrier({"name": CARRIER, "contact": "王经理 400-811-1111",
                               "agreement_no": "YS-2026-003"}, "admin")
    terms = ({"penalty_kind": "percent", "percent": "30", "cap": "2000"} if percent
             else {"penalty_kind": "fixed", "amount": "500"})
    clause_id = save_clause(carrier_id, {"clause_no": "7.2", "title": "因承运方原因造成货损货差",
                                         "subcategory_code": "logistics.damage_shortage",
                                         **terms}, "admin")
    save_clause(carrier_id, {"clause_no": "9.1", "title": "其他服务违约", "penalty_kind": "fixed",
                             "amount": "200"}, "admin")
    return carrier_id, clause_id


def logistics_ticket(subcategory: str = "货损货差", carrier: str | None = CARRIER,
                     minutes_ago: int = 0, phone: str = "13912345678", actor: str = "clerk1",
                     description: str = "冰箱门体受压变形，客户拒收") -> str:
    received = (utcnow() - timedelta(minutes=minutes_ago)).replace(tzinfo=timezone.utc)
    data = {"channel": "hotline", "received_at": received.isoformat(), "category": "logistics",
            "subcategory": subcategory, "customer": {"name": "王芳", "phone": phone},
            "problem": {"description": description}}
    if carrier:
        data["logistics"] = {"carrier": carrier, "waybill": "SF1234567890"}
    return create_ticket(data, actor=actor).number
