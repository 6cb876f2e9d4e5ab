"""奖罚 screen by keyboard and clicks: propose with a refusal under the field, approve as
someone else, refuse a rejection without a reason, the proposer cannot decide, issue and print
the notice through 打印; what each role sees. Asserts on the database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from aftersales_desktop.storage.models_rewards import RewardApproval, RewardRecord
from tests.ui.conftest import press, show_focused, type_text
from tests.unit.pdf_checks import pages_text
from tests.unit.reward_helpers import setup_crew
from ui.main_window import MainWindow
from ui.rewards_screen import RewardsScreen
from ui.session import Session


@pytest.fixture
def crew(sqlite_db):
    setup_crew()
    return sqlite_db


def screen_for(qtbot, location, login: str) -> RewardsScreen:
    screen = show_focused(qtbot, RewardsScreen(Session.for_staff(login, location)))
    screen.resize(1200, 760)
    return screen


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_propose_by_keyboard_with_a_refusal_then_approve_issue_and_print(qtbot, crew, tmp_path):
    screen = screen_for(qtbot, crew, "li")
    assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == \
        ["待我审批（0）", "奖罚记录", "整改目标"]
    qtbot.mouseClick(screen.records.propose_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    choose(dialog.fields["kind"], "fine")
    choose(dialog.fields["staff"], "clerk1")
    dialog.fields["amount"].setFocus()
    type_text(qtbot, "abc")
    dialog.fields["facts"].setFocus()
    type_text(qtbot, "三次未在十分钟内上报物流异常")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = {k: label.text() for k, label in dialog.errors.items() if not label.isHidden()}
    assert "金额" in shown.get("amount", ""), (shown, dialog.message.text())
    assert RewardRecord.select().count() == 0
    assert dialog.fields["facts"].toPlainText() == "三次未在十分钟内上报物流异常"  # kept
    dialog.fields["amount"].setFocus()
    dialog.fields["amount"].selectAll()
    type_text(qtbot, "200")
    press(qtbot, Qt.Key.Key_Return)  # the default button
    assert dialog.result() == dialog.DialogCode.Accepted, (
        {k: label.text() for k, label in dialog.errors.items() if not label.isHidden()},
        dialog.fields["amount"].text())
    record = RewardRecord.get()
    assert (record.kind, record.amount_fen, record.status) == ("fine", 20_000, "proposed")
    assert screen.records.detail.row.number == record.number
    assert screen.records.detail.buttons["approve"].isHidden()  # li proposed it
    assert "其他审批人" in screen.records.detail.hint.text()

    manager = screen_for(qtbot, crew, "wang")
    assert manager.tabs.currentWidget() is manager.waiting
    assert manager.tabs.tabText(0) == "待我审批（1）"
    detail = manager.waiting.detail
    qtbot.mouseClick(detail.buttons["reject"], Qt.MouseButton.LeftButton)
    assert not detail.comment_error.isHidden() and RewardApproval.select().count() == 0
    detail.comment.setFocus()
    type_text(qtbot, "同意")
    qtbot.mouseClick(detail.buttons["approve"], Qt.MouseButton.LeftButton)
    assert RewardRecord.get().status == "approved" and manager.tabs.tabText(0) == "待我审批（0）"
    manager.tabs.setCurrentWidget(manager.records)
    detail = manager.records.detail
    assert detail.row.status == "approved" and detail.buttons["issue"].isVisible()
    qtbot.mouseClick(detail.buttons["issue"], Qt.MouseButton.LeftButton)
    assert RewardRecord.get().status == "issued" and detail.buttons["archive"].isVisible()
    with qtbot.waitSignal(manager.print_notice) as printed:
        qtbot.mouseClick(detail.buttons["print"], Qt.MouseButton.LeftButton)
    assert printed.args == [record.number]


def test_the_main_window_prints_the_notice_of_a_record(qtbot, crew, tmp_path):
    from aftersales_desktop.services.reward_approval import approve
    from aftersales_desktop.services.reward_records import propose

    row = propose({"kind": "commendation", "staff": "zhang", "facts": "回访满意 32 次"}, "li")
    approve(row.id, "wang")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = show_focused(qtbot, MainWindow(Session.for_staff("wang", crew), settings))
    window.show_area("rewards")
    rewards = window.screen("rewards")
    rewards.tabs.setCurrentWidget(rewards.records)
    qtbot.mouseClick(rewards.records.detail.buttons["print"], Qt.MouseButton.LeftButton)
    printing = window.screen("printing")
    assert window.stack.currentWidget() is printing and printing.current_key() == "notice"
    qtbot.waitUntil(lambda: printing.thread is None and printing.pdf is not None, timeout=15000)
    text = pages_text(printing.pdf)[0]
    assert row.number in text and "奖励通知书" in text and "王强" in text


def test_what_each_role_sees(qtbot, crew):
    clerk = screen_for(qtbot, crew, "clerk1")
    assert [clerk.tabs.tabText(i) for i in range(clerk.tabs.count())] == ["奖罚记录", "整改目标"]
    assert clerk.records.propose_button.isHidden() and clerk.targets.form.isHidden()
    admin = screen_for(qtbot, crew, "wang")
    assert [admin.tabs.tabText(i) for i in range(admin.tabs.count())][-2:] == \
        ["承运商与协议", "自动规则"]


def test_proposals_from_the_minute_tick_show_in_the_queue_count(qtbot, crew, tmp_path):
    from datetime import timedelta

    from aftersales_desktop.domain.clock import utcnow
    from aftersales_desktop.services.deadline_watch import tick
    from aftersales_desktop.storage.models_rewards import RewardRule
    from tests.unit.reward_helpers import logistics_ticket

    screen = screen_for(qtbot, crew, "wang")
    screen.tabs.setCurrentWidget(screen.waiting)
    screen.waiting.detail.comment.setPlainText("正在写的意见")
    RewardRule.update(active_from=utcnow() - timedelta(hours=1)).execute()
    logistics_ticket(carrier=None, minutes_ago=30)
    report = tick()
    assert report.proposed == 1
    screen.proposals_arrived()
    assert screen.tabs.tabText(0) == "待我审批（1）"
    assert screen.waiting.detail.comment.toPlainText() == "正在写的意见"
