"""奖罚 › 整改目标, 承运商与协议, 自动规则 and the 打印 screen's 奖罚通知书, driven by clicks and
typing; refusals under the field they name, nothing written; asserts on the database."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.targets import period_of
from aftersales_desktop.storage.models import Carrier
from aftersales_desktop.storage.models_rewards import CarrierClause, ReductionTarget, RewardRule
from tests.ui.conftest import show_focused, type_text
from tests.unit.reward_helpers import setup_crew
from ui.printing_screen import PrintingScreen
from ui.rewards_screen import RewardsScreen
from ui.session import Session


@pytest.fixture
def screen(qtbot, sqlite_db):
    setup_crew()
    screen = show_focused(qtbot, RewardsScreen(Session.for_staff("wang", sqlite_db)))
    screen.resize(1200, 780)
    return screen


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def write(qtbot, field, text: str) -> None:
    field.setFocus()
    field.clear()
    type_text(qtbot, text)


def test_set_a_target_with_a_refusal_then_propose_from_a_closed_period(qtbot, screen):
    panel = screen.targets
    screen.tabs.setCurrentWidget(panel)
    last = period_of(local_today(), "month").previous
    panel.choose(last)
    panel.fields["department"].setCurrentIndex(panel.fields["department"].findData("售后部"))
    write(qtbot, panel.fields["target"], "二十")
    write(qtbot, panel.fields["on_time"], "95")
    click(qtbot, panel.buttons["new"])
    assert not panel.errors["target"].isHidden() and ReductionTarget.select().count() == 0
    assert panel.fields["on_time"].text() == "95"
    write(qtbot, panel.fields["target"], "20")
    click(qtbot, panel.buttons["new"])
    target = ReductionTarget.get()
    assert (target.target_value, target.on_time_bp, target.period_start) == (20, 9500, last.start)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 4).text() == "已达成"
    assert panel.propose_button.isEnabled()
    click(qtbot, panel.propose_button)
    dialog = screen.dialog
    assert dialog.fields["kind"].currentData() == "commendation"
    assert dialog.fields["staff"].currentData() == "li"  # the head of 售后部
    assert "售后部" in dialog.fields["facts"].toPlainText()
    dialog.reject()
    panel.choose(period_of(local_today() + timedelta(days=40), "month"))
    assert panel.table.rowCount() == 0


def test_carriers_and_clauses(qtbot, screen):
    panel = screen.carriers
    screen.tabs.setCurrentWidget(panel)
    click(qtbot, panel.buttons["new_carrier"])
    assert not panel.carrier_form.errors["name"].isHidden() and Carrier.select().count() == 0
    write(qtbot, panel.carrier_form.fields["name"], "上海安达运输有限公司")
    write(qtbot, panel.carrier_form.fields["agreement_no"], "YS-2026-009")
    click(qtbot, panel.buttons["new_carrier"])
    assert Carrier.get().agreement_no == "YS-2026-009" and panel.carrier().name == Carrier.get().name
    form = panel.clause_form
    write(qtbot, form.fields["clause_no"], "7.2")
    write(qtbot, form.fields["title"], "货损货差按货值赔付")
    form.fields["penalty_kind"].setCurrentIndex(form.fields["penalty_kind"].findData("percent"))
    assert form.fields["percent"].isVisible() and not form.fields["amount"].isVisible()
    write(qtbot, form.fields["percent"], "300")
    click(qtbot, panel.buttons["new_clause"])
    assert not form.errors["percent"].isHidden() and CarrierClause.select().count() == 0
    write(qtbot, form.fields["percent"], "30")
    click(qtbot, panel.buttons["new_clause"])
    clause = CarrierClause.get()
    assert (clause.percent_bp, clause.penalty_kind) == (3000, "percent")
    assert panel.clause_table.item(0, 3).text() == "按货值 30% 计罚"
    click(qtbot, panel.buttons["retire_clause"])
    assert CarrierClause.get().retired_at is not None


def test_rules_page_refuses_then_adds_and_switches_off(qtbot, screen):
    panel = screen.rules
    screen.tabs.setCurrentWidget(panel)
    before = RewardRule.select().count()
    write(qtbot, panel.name, "未及时汇报罚款")
    panel.trigger.setCurrentIndex(panel.trigger.findData("report_missed"))
    panel.kind.setCurrentIndex(panel.kind.findData("fine"))
    click(qtbot, panel.add_button)
    assert "金额" in panel.message.text() and RewardRule.select().count() == before
    write(qtbot, panel.amount, "50")
    click(qtbot, panel.add_button)
    rule = RewardRule.get(RewardRule.name == "未及时汇报罚款")
    assert (rule.kind, rule.amount_fen, rule.active) == ("fine", 5000, True)
    click(qtbot, panel.retire_button)
    assert not RewardRule.get_by_id(rule.id).active
    write(qtbot, panel.threshold_edit, "两千")
    panel.save_threshold()
    assert "两人审批金额" in panel.message.text()


def test_printing_a_notice_needs_an_approved_record(qtbot, sqlite_db):
    setup_crew()
    from aftersales_desktop.services.reward_records import propose

    row = propose({"kind": "warning", "staff": "clerk1", "facts": "回访记录不完整"}, "li")
    printing = show_focused(qtbot, PrintingScreen(Session.for_staff("wang", sqlite_db)))
    printing.choose("notice")
    panel = printing.panels["notice"]
    assert panel.record.count() == 0  # nothing approved yet
    panel.record.setEditText(row.number)
    printing.render()
    qtbot.waitUntil(lambda: printing.thread is None, timeout=10000)
    assert printing.pdf is None
    assert "批准后才能打印" in printing.status.text() + panel.errors["record"].text()
