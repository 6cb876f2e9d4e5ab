"""统计 › 客诉分析例会: five weeks of complaints around last week, the comparison by category,
missed limits and escalations, the countermeasures (with a refusal under its field), and the
pack on the 打印 screen and as docs/printing/weekly_pack.png. Run through tools/screenshots.py."""
from __future__ import annotations

import random
import time
from datetime import datetime, time as clock_time, timedelta

# (category, subcategory, branch, carrier, weight)
KINDS = (("logistics", "商品破损", "上海浦东分公司", "顺丰速运", 5),
         ("logistics", "配送延迟", "上海闵行分公司", "中通快递", 4),
         ("logistics", "货损货差", "上海浦东分公司", "上海安达运输有限公司", 2),
         ("quality", "产品本身缺陷", None, None, 3),
         ("livestream", "虚假宣传", None, None, 1),
         ("returns", "退换货流程问题", None, None, 2),
         ("service", "响应时间过长", None, None, 2))
PER_WEEK = (9, 11, 8, 12, 10, 16)  # five weeks before last week, then last week


def _setup():
    from aftersales_desktop.domain.clock import SHANGHAI, local_today
    from aftersales_desktop.domain.iso_week import week_of
    from aftersales_desktop.services.action_items import mark_done, save_item
    from aftersales_desktop.services.tickets import create_ticket
    from aftersales_desktop.storage.models import Department, Ticket

    rng = random.Random(47)
    last = week_of(local_today()).shifted(-1)
    logistics = Department.get(Department.name == "仓储物流部").id
    weights = [k[-1] for k in KINDS]
    for offset, count in zip(range(-5, 1), PER_WEEK):
        week = last.shifted(offset)
        for n in range(count):
            category, sub, branch, carrier, _ = rng.choices(KINDS, weights)[0]
            day = week.monday + timedelta(days=rng.randrange(7))
            at = datetime.combine(day, clock_time(rng.randrange(8, 21), rng.randrange(60)),
                                  tzinfo=SHANGHAI)
            data = {"channel": "hotline", "received_at": at.isoformat(), "category": category,
                    "subcategory": sub, "customer": {"name": "周丽",
                                                     "phone": f"1370000{offset + 5}{n:03d}"},
                    "problem": {"description": f"{sub}，客户要求尽快处理"}}
            if carrier:
                data["logistics"] = {"branch": branch, "carrier": carrier}
            number = create_ticket(data, actor="clerk01").number
            if carrier:
                Ticket.update(department=logistics).where(Ticket.number == number).execute()
    before, older = last.shifted(-1), last.shifted(-2)
    for week, text, owner, days, department, category in (
            (older, "闵行网点配送时效每日通报", "supervisor01", 4, "仓储物流部", "logistics"),
            (before, "顺丰浦东分拨加固大件包装，签收前开箱验货", "supervisor01", 5, "仓储物流部",
             "logistics"),
            (before, "直播间商品描述逐条复核", "handler01", 12, "运营部", "livestream"),
            (before, "退换货流程说明加入短信模板", "clerk01", 3, None, "returns"),
            (last, "约谈中通闵行网点，限期改善配送延迟", "branchmgr01", 7, "仓储物流部",
             "logistics"),
            (last, "质量问题工单 24 小时内首次回复", "supervisor01", 4, "售后部", "quality"),
            (last, "回访话术增加真诚致歉一句", "clerk01", 10, None, "service")):
        item = save_item({"week": week, "text": text, "owner": owner, "category": category,
                          "department": department,
                          "deadline": week.monday + timedelta(days=days)}, "admin")
        if text.startswith("退换货"):
            mark_done(item, "admin", week.monday + timedelta(days=2))
    return last


def _wait(page) -> None:
    from PySide6.QtWidgets import QApplication

    while page.loading:
        QApplication.processEvents()
        time.sleep(0.01)


def shoot_all(scenes) -> None:
    from PySide6.QtCore import QDate

    from aftersales_desktop.printing.documents import weekly_pack_pdf
    from tools.shots_printing import to_png, wait

    last = _setup()
    window, shoot = scenes.window, scenes.shoot
    window.show_area("statistics")
    screen = window.screen("statistics")
    page = screen.weekly
    screen.setCurrentWidget(page)
    page.load(last)
    _wait(page)
    shoot(window, "95_weekly_meeting")
    page.sections.setCurrentIndex(3)
    panel = page.actions
    panel.carried_table.selectRow(0)
    shoot(window, "96_weekly_action_items")
    panel.new_table.clearSelection()
    panel.carried_table.clearSelection()
    panel.form.load(None, last.monday)
    panel.fields["text"].setText("浦东分公司大件家电上门安装前电话预约")
    owner = panel.fields["owner"]
    owner.setCurrentIndex(owner.findData("supervisor01"))
    panel.fields["deadline"].setDate(QDate(last.monday - timedelta(days=3)))
    panel._current = None
    panel.act("new")
    shoot(window, "97_weekly_action_item_refused")
    page.sections.setCurrentIndex(1)
    shoot(window, "98_weekly_overdue_escalated")
    window.print_weekly(last.code)
    printing = window.screen("printing")
    wait(printing)
    shoot(window, "99_printing_weekly")
    to_png(weekly_pack_pdf(last), "weekly_pack")
