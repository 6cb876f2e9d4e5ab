"""Escalation test helpers: a small crew in one department and an assigned ticket."""
from __future__ import annotations

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services.tickets import create_ticket, transition
from aftersales_desktop.storage.models import Department, Staff

# login, name, role
CREW = (("zhang", "张伟", "handler"), ("li", "李娜", "supervisor"),
        ("wang", "王强", "branch_manager"), ("zhao", "赵总", "company_manager"),
        ("chen", "陈静", "handler"))


def add_crew(department: str = "售后部") -> None:
    dept = Department.get(Department.name == department)
    for login, name, role in CREW:
        Staff.insert(login=login, name=name, role=role, department=dept.id,
                     created_at=utcnow()).execute()


def assigned_ticket(description="收到的电饭煲外壳破损，无法正常加热", phone="13912345678",
                    handler="zhang", category="quality") -> str:
    number = create_ticket({"channel": "hotline", "category": category,
                            "customer": {"name": "王芳", "phone": phone},
                            "problem": {"description": description}}).number
    for target in ("verified", "classified"):
        transition(number, target)
    transition(number, "assigned", assignee=handler)
    return number
