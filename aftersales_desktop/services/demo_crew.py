"""The people and places demo tickets refer to: staff, branches, carriers, leaf categories."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from random import Random

from aftersales_desktop.services import demo_names as names
from aftersales_desktop.storage.models import Branch, Carrier, Category, Department, Staff

ROSTER_SEED = "aftersales-demo-staff"  # the same demo staff whatever the ticket seed
CATEGORY_WEIGHTS = {"logistics": 30, "quality": 22, "returns": 18, "service": 10,
                    "technical": 8, "livestream": 7, "other": 5}
HANDLING_DEPARTMENT = {"logistics": "仓储物流部", "livestream": "运营部"}
DEFAULT_DEPARTMENT = "售后部"


@dataclass
class Crew:
    """Demo staff ids by what they do; `login` names them in audit events."""
    login: dict[int, str] = field(default_factory=dict)
    everyone: list[int] = field(default_factory=list)
    clerks: list[int] = field(default_factory=list)
    classifiers: list[int] = field(default_factory=list)
    handlers: dict[str, list[int]] = field(default_factory=dict)
    assigners: dict[str, list[int]] = field(default_factory=dict)
    created: int = 0
    new_logins: list[str] = field(default_factory=list)  # created by this call


@dataclass(frozen=True)
class Leaf:
    """A category ticket can be filed under: a sub-category, or a category without any."""
    category_id: int
    subcategory_id: int | None
    code: str
    name: str
    weight: float
    department: str


def ensure_crew(now: datetime, password_hash: str | None = None) -> Crew:
    """Create the demo staff, branches and carriers that are missing; return the staff.
    New staff get `password_hash` as their initial password, to be changed at the first
    sign-in (as after the administrator's reset)."""
    Branch.insert_many([{"name": n, "city": c} for n, c in names.BRANCHES]) \
        .on_conflict_ignore().execute()
    Carrier.insert_many([
        {"name": n, "contact": f"{n[:2]}客服 400-{800 + i:03d}-{1000 + 37 * i:04d}",
         "agreement_no": f"YS-{now.year}-{i + 1:03d}"}
        for i, (n, *_) in enumerate(names.CARRIERS)]).on_conflict_ignore().execute()
    departments = {d.name: d.id for d in Department.select(Department.id, Department.name)}
    people = names.roster(Random(ROSTER_SEED))
    logins = [p[0] for p in people]
    before = {s for s, in Staff.select(Staff.login).where(Staff.login.in_(logins)).tuples()}
    joined = now - timedelta(days=180)
    missing = [
        {"login": login, "name": name, "role": role, "department": departments.get(dept),
         "phone": phone, "created_at": joined, "password_hash": password_hash,
         "must_change_password": password_hash is not None}
        for login, name, role, dept, phone in people if login not in before]
    if missing:
        Staff.insert_many(missing).on_conflict_ignore().execute()
    rows = {s.login: s for s in Staff.select().where(Staff.login.in_(logins))}
    crew = Crew(created=len(rows) - len(before),
                new_logins=[login for login in logins if login not in before])
    for login, _, role, dept, _ in people:
        staff_id = rows[login].id
        crew.login[staff_id] = login
        crew.everyone.append(staff_id)
        if role == "clerk":
            crew.clerks.append(staff_id)
        elif role == "classification":
            crew.classifiers.append(staff_id)
        elif role == "handler":
            crew.handlers.setdefault(dept, []).append(staff_id)
        elif role in ("supervisor", "branch_manager"):
            crew.assigners.setdefault(dept, []).append(staff_id)
    return crew


def leaves() -> list[Leaf]:
    """Every category a ticket can be filed under now, in the taxonomy's order."""
    live = list(Category.select().where(Category.retired_at.is_null())
                .order_by(Category.sort_order, Category.code))
    children: dict[int, list[Category]] = {}
    for cat in live:
        if cat.parent_id is not None:
            children.setdefault(cat.parent_id, []).append(cat)
    out = []
    for top in (c for c in live if c.parent_id is None):
        weight = CATEGORY_WEIGHTS.get(top.code, 5)
        department = HANDLING_DEPARTMENT.get(top.code, DEFAULT_DEPARTMENT)
        kids = children.get(top.id, [])
        for kid in kids:
            out.append(Leaf(top.id, kid.id, kid.code, kid.name, weight / len(kids), department))
        if not kids:
            out.append(Leaf(top.id, None, top.code, top.name, weight, department))
    return out
