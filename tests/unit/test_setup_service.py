"""First setup in one transaction, and departments and branches added and renamed (both
engines)."""
from __future__ import annotations

import pytest

from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.services import escalation_chain, organisation, settings, staff_admin
from aftersales_desktop.services.callback_settings import load_settings
from aftersales_desktop.services.setup import (
    Level, NewStaff, Rename, SetupError, SetupPlan, apply_setup, completed_at)
from aftersales_desktop.storage.models import AuditEvent, Branch, Department, Setting, Staff
from tests.unit.auth_helpers import person


def _plan(**changes) -> SetupPlan:
    plan = SetupPlan(
        company_name="上海示例物流有限公司",
        departments=[Rename("运营部", "直播运营部"), Rename(None, "客服中心")],
        branches=[Rename(None, "浦东分公司")],
        staff=[NewStaff("lina", "李娜", "supervisor", "客服中心", "浦东分公司", "Lina-2026!")],
        chains={"售后部": [Level(lv.title, lv.role, "lina" if lv.level == 1 else lv.staff_login)
                           for lv in escalation_chain.chain("售后部")],
                "客服中心": [Level("客服主管", "supervisor", "lina"),
                             Level("公司经理", "company_manager", None)]},
        opens="08:30", closes="17:30")
    for key, value in changes.items():
        setattr(plan, key, value)
    return plan


def _snapshot():
    return [list(m.select().tuples()) for m in (Setting, Department, Branch, Staff)]


def test_the_whole_setup_is_written_with_its_audit(db):
    apply_setup(_plan(), "admin")
    assert settings.get("company.name") == "上海示例物流有限公司"
    assert {d.name for d in Department.select()} == {"售后部", "直播运营部", "仓储物流部", "客服中心"}
    lina = Staff.get(Staff.login == "lina")
    assert (lina.department.name, lina.branch.name, lina.role) == ("客服中心", "浦东分公司",
                                                                   "supervisor")
    assert escalation_chain.chain("售后部")[0].staff_login == "lina"
    new_chain = escalation_chain.chain("客服中心")
    assert [(lv.title, lv.staff_login, lv.is_head) for lv in new_chain] == \
        [("客服主管", "lina", False), ("公司经理", None, True)]
    assert settings.raw("sla.business_closes") == "17:30" and completed_at()
    entities = {e.entity for e in AuditEvent.select()}
    assert {"setting", "department", "branch", "staff", "escalation_level"} <= entities


def test_a_refusal_anywhere_writes_nothing_and_names_the_page(db):
    before = _snapshot()
    bad = _plan(staff=[NewStaff("lina", "李娜", "supervisor", "客服中心", None, "Lina-2026!"),
                       NewStaff("x", "某人", "clerk", None, None, "Pass-2026!")])
    with pytest.raises(SetupError) as caught:
        apply_setup(bad, "admin")
    assert (caught.value.page, caught.value.row, caught.value.field) == ("staff", 1, "login")
    with pytest.raises(SetupError) as caught:
        apply_setup(_plan(opens="18:00", closes="09:00"), "admin")
    assert caught.value.page == "hours" and "下班时间须晚于上班时间" in caught.value.message
    assert _snapshot() == before


def test_only_an_administrator_runs_it(db):
    person("boss", "company_manager")
    with pytest.raises(PermissionDenied):
        apply_setup(_plan(), "boss")
    assert completed_at() is None


def test_departments_and_branches_added_and_renamed(db):
    assert organisation.add_department("admin", " 客服 中心 ") == "客服 中心"
    with pytest.raises(ValidationError, match="已存在"):
        organisation.add_department("admin", "售后部")
    with pytest.raises(ValidationError, match="请填写部门名称"):
        organisation.add_department("admin", " ")
    # the callback group names 售后部 (by default): it follows the rename
    assert load_settings().group == "售后部"
    organisation.rename_department("admin", "售后部", "售后服务部")
    assert load_settings().group == "售后服务部"
    assert Staff.get(Staff.login == "admin").department.name == "售后服务部"
    staff_admin.add_branch("admin", "浦东")
    assert organisation.rename_branch("admin", "浦东", "浦东分公司") == "浦东分公司"
    assert [u.name for u in organisation.branches()] == ["浦东分公司"]
    person("clerk1", "clerk", department="售后服务部")
    with pytest.raises(PermissionDenied):
        organisation.rename_department("clerk1", "运营部", "别的")
    units = {u.name: u.staff for u in organisation.departments()}
    assert units["售后服务部"] == 2 and units["客服 中心"] == 0
    renames = [(e.old_value, e.new_value) for e in AuditEvent.select().where(
        AuditEvent.action == "rename")]
    assert renames == [("售后部", "售后服务部"), ("浦东", "浦东分公司")]
