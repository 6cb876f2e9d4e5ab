"""奖罚: proposals waiting for approval (one proposed by a rule under a carrier's clause), the
records with filters, 提议奖罚 with a refusal, 整改目标 against actual, 承运商与协议, 自动规则,
and an approved record's notice on the 打印 screen and as docs/printing/notice_record.png.
Run through tools/screenshots.py."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

CARRIER = "上海安达运输有限公司"


def _setup(scenes) -> None:
    from aftersales_desktop.domain.clock import SHANGHAI, local_today
    from aftersales_desktop.domain.targets import period_of
    from aftersales_desktop.services.carriers import save_clause
    from aftersales_desktop.services.reward_approval import approve, issue, reject
    from aftersales_desktop.services.reward_records import propose
    from aftersales_desktop.services.reward_rule_run import run_rules
    from aftersales_desktop.services.targets import save_target
    from aftersales_desktop.services.tickets import create_ticket
    from aftersales_desktop.storage.models import Carrier
    from aftersales_desktop.storage.models_rewards import RewardRule

    carrier = Carrier.get(Carrier.name == CARRIER)
    for values in ({"clause_no": "7.2", "title": "因承运方原因造成货损货差，按货值赔付",
                    "subcategory_code": "logistics.damage_shortage", "penalty_kind": "percent",
                    "percent": "30", "cap": "5000"},
                   {"clause_no": "7.5", "title": "未按约定时间送达", "penalty_kind": "fixed",
                    "subcategory_code": "logistics.late_arrival", "amount": "300"},
                   {"clause_no": "9.1", "title": "其他服务违约", "penalty_kind": "fixed",
                    "amount": "200"}):
        save_clause(carrier.id, values, "admin")
    RewardRule.update(active_from=datetime.now(timezone.utc).replace(tzinfo=None)
                      - timedelta(days=1)).execute()
    received = (datetime.now(SHANGHAI) - timedelta(minutes=40)).isoformat()
    for phone, text, sub in (("13600007777", "冰箱送达时门体凹陷，外包装破损，客户拒收", "货损货差"),
                             ("13600008888", "整箱饮料少了两箱，签收时发现短少", "货损货差")):
        create_ticket({"channel": "hotline", "received_at": received, "category": "logistics",
                       "subcategory": sub, "customer": {"name": "郑洁", "phone": phone},
                       "problem": {"description": text},
                       "logistics": {"carrier": CARRIER, "waybill": "AD2026112201",
                                     "branch": "上海浦东分公司"}}, actor="clerk01")
    run_rules()
    commendation = propose({"kind": "commendation", "staff": "handler01",
                            "facts": "本月回访满意 32 次，无一投诉；协助处理冷链货损 3 起",
                            "basis": "《客诉管理奖罚制度》第6.2条"}, "supervisor01")
    issue(approve(commendation.id, "branchmgr01", "同意通报表扬").id, "branchmgr01")
    fine = propose({"kind": "fine", "staff": "clerk02", "amount": "100",
                    "facts": "两次未在十分钟内上报物流异常，造成客户重复投诉",
                    "basis": "《异常情况处理流程》6.3-2"}, "supervisor01")
    approve(fine.id, "branchmgr01", "同意")
    late = propose({"kind": "warning", "staff": "clerk03", "facts": "回访记录不完整"},
                   "supervisor01")
    reject(late.id, "branchmgr01", "已补全记录，不予处罚")
    this = period_of(local_today(), "month")
    for period, department, target, on_time in ((this.previous, "售后部", "25", "90"),
                                                (this.previous, "仓储物流部", "8", "85"),
                                                (this, "售后部", "30", "90"),
                                                (this, "仓储物流部", "10", "85")):
        save_target({"period": period, "department": department, "target": target,
                     "on_time": on_time, "note": "第47周例会布置"}, "admin")
    save_target({"period": this, "branch": "上海浦东分公司", "measure": "rate", "target": "0.5",
                 "volume": "4000", "on_time": "90"}, "admin")
    save_target({"period": this.previous, "measure": "reduction", "target": "10"}, "admin")


def shoot_all(scenes) -> None:
    from PySide6.QtWidgets import QApplication

    from tools.shots_printing import to_png, wait

    _setup(scenes)
    window, shoot = scenes.window, scenes.shoot
    window.show_area("rewards")
    screen = window.screen("rewards")
    screen.refresh()
    screen.tabs.setCurrentWidget(screen.waiting)
    kinds = [r.kind for r in screen.waiting.rows]
    screen.waiting.table.selectRow(kinds.index("carrier_penalty"))
    screen.waiting.detail.comment.setPlainText("按协议第7.2条处罚，货值待物流部确认后填写")
    shoot(window, "70_rewards_waiting")
    screen.tabs.setCurrentWidget(screen.records)
    screen.records.refresh()
    screen.records.select([r.number for r in screen.records.rows if r.status == "approved"][0])
    shoot(window, "71_rewards_records")
    dialog = screen.open_proposal()
    dialog.fields["kind"].setCurrentIndex(dialog.fields["kind"].findData("fine"))
    dialog.fields["staff"].setCurrentIndex(2)
    dialog.fields["facts"].setPlainText("未按规定核实客户信息，导致错发")
    dialog.fields["amount"].setText("一百")
    dialog.save()
    QApplication.processEvents()
    shoot(dialog, "72_rewards_propose_validation")
    dialog.reject()
    screen.tabs.setCurrentWidget(screen.targets)
    from aftersales_desktop.domain.clock import local_today
    from aftersales_desktop.domain.targets import period_of

    screen.targets.choose(period_of(local_today(), "month").previous)
    screen.targets.table.selectRow(1)
    shoot(window, "73_rewards_targets")
    screen.tabs.setCurrentWidget(screen.carriers)
    carriers = screen.carriers
    names = [c.name for c in carriers.rows]
    carriers.carrier_table.selectRow(names.index(CARRIER))
    carriers.clause_table.selectRow(0)
    shoot(window, "74_rewards_carriers")
    screen.tabs.setCurrentWidget(screen.rules)
    screen.rules.table.selectRow(0)
    shoot(window, "75_rewards_rules")
    approved = [r for r in screen.records.rows if r.status in ("approved", "issued")][0]
    window.print_notice(approved.number)
    printing = window.screen("printing")
    wait(printing)
    shoot(window, "76_printing_notice")
    from aftersales_desktop.printing.documents import notice_record_pdf

    to_png(notice_record_pdf(approved.number), "notice_record")
