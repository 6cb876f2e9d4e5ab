"""Render every screen offscreen to PNG in docs/screenshots/, on a temporary database.

Run: .venv/bin/python tools/screenshots.py [--lang en] [--only AREA ...]
--lang en renders the window in English into docs/screenshots/en/ (the data stays Chinese);
--only i18n renders only the scenes of tools/shots_i18n.py (and so on).
Each area added later brings its own `tools/shots_<area>.py` with `shoot_all(scenes)`; they run
after the scenes below, in file-name order.
"""
from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"

SAMPLES = [
    ("王芳", "13912345678", "hotline", "电饭煲外壳破损，无法正常加热", "TB20261101001", "quality",
     ["verified"]),
    ("李雷", "13800138000", "wechat", "快递显示已签收但没有收到包裹", "TB20261102007", "logistics",
     ["verified", "classified"]),
    ("张敏", "13700001111", "website", "直播间说是纯棉，收到后发现是混纺面料", "DY8812", "livestream",
     []),
    ("陈刚", "02162345678", "email", "申请无理由退货三天了还没有人处理", "JD5566", "returns",
     ["verified", "classified", "assigned", "in_progress"]),
    ("刘洋", "15900002222", "qq", "客服回复太慢，等了两天", None, "service", ["rejected"]),
    ("赵丽", "18600003333", "online_service", "APP 下单时一直提示系统错误", None, "technical",
     ["verified", "classified", "assigned", "in_progress", "resolved"]),
    ("王芳", "13912345678", "hotline", "上次换的电饭煲内胆有划痕", "TB20261115003", "quality", []),
]


def seed(photo: Path) -> str:
    from aftersales_desktop.services.tickets import create_ticket, transition

    first = None
    for name, phone, channel, text, order, category, path in SAMPLES:
        data = {"channel": channel, "customer": {"name": name, "phone": phone, "region": "上海"},
                "problem": {"description": text}, "category": category,
                "priority": "urgent" if "破损" in text else "normal"}
        if order:
            data["order"] = {"number": order, "product": "电饭煲" if "电饭煲" in text else None}
            data["order"] = {k: v for k, v in data["order"].items() if v}
        if first is None:
            data["attachments"] = [str(photo)]
            data["logistics"] = {"waybill": "SF1234567890", "carrier": "顺丰速运"}
        number = create_ticket(data).number
        first = first or number
        for target in path:
            transition(number, target, reason="不在售后政策范围内" if target == "rejected" else None,
                       assignee="admin" if target == "assigned" else None)
    return first


def sample_photo(folder: Path) -> Path:
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#b0bec5"))
    painter = QPainter(image)
    painter.fillRect(120, 100, 400, 280, QColor("#eceff1"))
    painter.fillRect(300, 160, 40, 160, QColor("#8d6e63"))
    painter.end()
    path = folder / "外壳破损.png"
    image.save(str(path))
    return path


@dataclass
class Scenes:
    """What a `tools/shots_<area>.py` module gets: its `shoot_all(scenes)` renders that area."""
    window: object  # the MainWindow
    location: object  # the open database's Location
    first: str  # number of the first sample ticket (with a photo and a waybill)
    shoot: object  # shoot(widget, name) writes docs/screenshots/<name>.png


def load_scenes(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def shoot(widget, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    # twice: a text set in the first round (the status bar's overdue count) is laid out in the
    # second; one round showed it cut off ("超时工单：1(")
    QApplication.processEvents()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main(argv: list[str] | None = None) -> int:
    import argparse

    global OUT
    parser = argparse.ArgumentParser(description="render every screen to PNG")
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--only", nargs="*", metavar="AREA",
                        help="only the scenes of tools/shots_AREA.py")
    args = parser.parse_args(argv)
    if args.lang != "zh_CN":
        OUT = OUT / args.lang
    tmp = Path(tempfile.mkdtemp(prefix="aftersales-shots-"))
    os.environ["AFTERSALES_DATA"] = str(tmp)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QScrollArea

    from aftersales_desktop.domain.errors import ValidationError
    from aftersales_desktop.storage.connection import open_database
    from ui.app import make_app
    from ui.main_window import MainWindow
    from ui.session import Session

    app = make_app(lang=args.lang)
    _, location = open_database(str(tmp / "desk.sqlite3"))
    first = seed(sample_photo(tmp))
    try:  # some demo tickets (other staff, longer timelines) when the generator is there
        from aftersales_desktop.services.demo import generate_demo

        generate_demo(tickets=60, seed=7)
    except ImportError:
        pass
    OUT.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session.for_staff("admin", location), settings)
    window.resize(1366, 820)
    window.show()
    if args.only is not None:
        scenes = Scenes(window, location, first, shoot)
        for area in args.only:
            load_scenes(Path(__file__).parent / f"shots_{area}.py").shoot_all(scenes)
        window.close()
        return 0

    window.show_area("entry")
    shoot(window, "01_entry_empty")
    form = window.entry.form
    form.fields["customer.phone"].setText("13912345678")
    form.fields["order.number"].setText("TB20261115003")
    form.fields["problem.description"].setPlainText("内胆涂层脱落。已为您安排维修。")
    window.entry.check_duplicates()
    shoot(window, "02_entry_caller_known")
    form.fields["customer.phone"].setText("12345")
    form.show_error(ValidationError("customer.phone", "expected a mainland mobile number"))
    shoot(window, "03_entry_validation")
    window.entry.clear_form()
    window.entry._after_save(first)
    shoot(window, "04_entry_saved")

    window.show_area("tickets")
    shoot(window, "05_ticket_list")
    window.tickets.search.setText("破损")
    window.tickets.refresh()
    shoot(window, "06_ticket_list_search")
    window.open_ticket(first)
    shoot(window, "07_ticket_detail")
    from aftersales_desktop.services.ticket_list import TicketFilter, list_page

    closed = list_page(TicketFilter(state="closed"), 1)
    if closed:
        window.open_ticket(closed[0].number)
        window.detail.findChild(QScrollArea).verticalScrollBar().setValue(10_000)
        shoot(window, "08_ticket_detail_timeline")
    shoot_deadlines(window, first)
    shoot_classification(window, first)
    shoot_settings(window)
    shoot_rule_settings(window)
    shoot_sla_settings(window, first)
    instructed = shoot_escalation(location)
    shoot_notices(window, instructed)
    shoot_reports(window, instructed)
    shoot_chain_and_circulation(window, location)
    scenes = Scenes(window, location, first, shoot)
    for module in sorted(Path(__file__).parent.glob("shots_*.py")):
        load_scenes(module).shoot_all(scenes)
    window.close()
    app.processEvents()
    return 0


def shoot_classification(window, first: str) -> None:
    from datetime import date, timedelta

    from PySide6.QtWidgets import QApplication

    from aftersales_desktop.services.tickets import create_ticket, transition

    bought = (date.today() - timedelta(days=30)).isoformat()
    late = create_ticket({"channel": "online_service", "customer": {"name": "孙悦", "phone":
                          "13600004444"}, "problem": {"description": "衣服不喜欢，申请无理由退货"},
                          "order": {"number": "TM7788", "product": "羊毛衫",
                                    "purchased_on": bought}}).number
    transition(late, "verified")
    window.show_area("classification")
    screen = window.classification
    impact = {"loss": "minor", "scope": "single", "urgency": "none", "repair": "compensation"}
    for number, name in ((first, "09_classification"), (late, "10_classification_rejected")):
        screen.select(number)
        for question, code in impact.items():
            combo = screen.form.answers[question]
            combo.setCurrentIndex(combo.findData(code))
        QApplication.processEvents()  # the summary's new height is laid out one round later
        shoot(window, name)


def shoot_settings(window) -> None:
    """设置 › 工作日历: a year without an official schedule, then after importing one."""
    from datetime import date

    from PySide6.QtCore import QDate

    year = date.today().year + 1
    while year <= 2199:  # the first year the holidays package has no official schedule for
        from aftersales_desktop.domain.work_calendar import WorkCalendar

        if WorkCalendar().is_estimated(year):
            break
        year += 1
    window.show_area("settings")
    page = window.screen("settings").open("工作日历")
    page.year.setValue(year)
    page.month.setCurrentPage(year, 2)
    shoot(window, "20_settings_calendar_estimated")
    schedule = Path(tempfile.mkdtemp()) / f"{year}年放假安排.csv"
    lines = ["01-01,放假,元旦", "02-06~02-13,放假,春节", "02-14,上班,春节调休",
             "02-20,上班,春节调休", "04-03~04-05,放假,清明节", "05-01~05-05,放假,劳动节",
             "04-25,上班,劳动节调休", "06-09,放假,端午节", "09-15,放假,中秋节",
             "10-01~10-07,放假,国庆节", "09-26,上班,国庆节调休", "10-09,上班,国庆节调休"]
    schedule.write_text("日期,类型,名称\n" + "\n".join(
        f"{year}-" + line.replace("~", f"~{year}-") for line in lines), encoding="utf-8")
    page.import_file(str(schedule))
    page.month.setCurrentPage(year, 2)
    page.day.setDate(QDate(year, 2, 14))
    shoot(window, "21_settings_calendar_imported")


def shoot_rule_settings(window) -> None:
    """设置 › 投诉分类, 分类建议关键词 (with a try-out), 影响评估规则, each with a message."""
    from aftersales_desktop.services.taxonomy import add_category, set_retired

    set_retired(add_category("cold_chain", "冷链温控异常", parent_code="logistics"), True)
    window.show_area("settings")
    screen = window.screen("settings")
    page = screen.open("投诉分类")
    page.select("quality.defect")
    page.delete()  # used by tickets: refused with the reason
    page.new_code.setText("Bad Code")
    page.new_name.setText("冷链包装破损")
    page.add()
    shoot(window, "22_settings_taxonomy")

    page = screen.open("分类建议关键词")
    page.table.selectRow(1)
    page.sample.setText("快递送到时外壳破损，电饭煲无法使用")
    shoot(window, "23_settings_keywords")

    page = screen.open("影响评估规则")
    page.table.selectRow(2)
    shoot(window, "24_settings_impact")


def shoot_sla_settings(window, first: str) -> None:
    """设置 › 政策审核规则, 自动分派规则, 时限设置 after a change; 改派… on a ticket."""
    from aftersales_desktop.services.ticket_list import TicketFilter, list_page

    window.show_area("settings")
    screen = window.screen("settings")
    page = screen.open("政策审核规则")
    page.table.selectRow(0)
    page.days.setValue(15)
    page.save_rule()
    shoot(window, "25_settings_review_rules")
    page = screen.open("自动分派规则")
    page.table.clearSelection()
    page.categories.set("logistics", "logistics.late")
    page.branch.setText("浦东")
    page.department.setCurrentText("仓储物流部")
    page.add_rule()
    shoot(window, "26_settings_assignment_rules")
    page = screen.open("时限设置")
    page.table.selectRow(2)
    page.amount.setValue(2)
    page.save_rule()
    shoot(window, "27_settings_sla")
    from aftersales_desktop.storage.models import Staff

    busy = list_page(TicketFilter(state="in_progress"), 1)
    window.open_ticket(busy[0].number if busy else first)
    away = (Staff.select().where(Staff.login.not_in(("admin", "handler01")))
            .order_by(Staff.id.desc()).first())
    Staff.update(absent=True).where(Staff.id == away.id).execute()
    window.detail.open_reassign()
    window.detail.reassign_dialog.reason.setText("原处理人休假，转交同组同事")
    shoot(window.detail.reassign_dialog, "32_ticket_reassign")
    window.detail.reassign_dialog.reject()
    Staff.update(absent=False).where(Staff.id == away.id).execute()


def shoot_escalation(location) -> None:
    from PySide6.QtWidgets import QApplication

    from aftersales_desktop.services import escalation as esc
    from aftersales_desktop.services.tickets import create_ticket, transition
    from ui.escalation_screen import EscalationScreen
    from ui.session import Session

    cases = [("周明", "13500005555", "快递显示已签收但客户没有收到，客户要求三天内解决", "normal",
              "快递员未按地址投递，包裹放在小区驿站后遗失", "联系顺丰查件，同时给客户补发"),
             ("吴婷", "13500006666", "冰箱送到时外包装和门体严重变形，客户要求全额退款并投诉到12315",
              "urgent", "承运商装卸不当，门体受压变形", "上门换新，承担运费并向承运商索赔")]
    views = []
    for name, phone, text, urgency, cause, plan in cases:
        number = create_ticket({"channel": "hotline", "category": "logistics",
                                "customer": {"name": name, "phone": phone},
                                "problem": {"description": text}}).number
        for target in ("verified", "classified"):
            transition(number, target)
        transition(number, "assigned", assignee="handler01")
        views.append(esc.escalate(number, cause, plan, urgency, actor="handler01"))
    manager = views[0].to_login
    inbox = EscalationScreen(Session.for_staff(manager, location))
    inbox.resize(1246, 780)
    inbox.show()
    inbox.inbox.instructions.setPlainText("同意上门换新，今天联系客户确定时间；索赔由物流部跟进")
    shoot(inbox, "11_escalation_queue")
    esc.instruct(views[1].id, "同意上门换新，今天联系客户确定时间", "handler01", actor=manager)
    esc.add_entry(views[1].id, "execution", "已联系客户，约定明天上午送货换新", actor="handler01")
    handler = EscalationScreen(Session.for_staff("handler01", location))
    handler.resize(1246, 780)
    handler.show()
    handler.following.list.setCurrentRow(
        [v.id for v in handler.following.views].index(views[1].id))
    handler.following.entry.setPlainText("客户确认收到新冰箱")
    shoot(handler, "12_escalation_follow_up")
    handler.report_ticket(views[0].ticket_number)
    form = handler.reporting.form
    form.cause.setPlainText("驿站称包裹已被冒领，客服经理出差无法批示")
    form.solution.setPlainText("先行补发，由分公司向承运商追偿")
    form.level.setCurrentIndex(form.level.count() - 1)
    QApplication.processEvents()  # the summary's new height is laid out one round later
    shoot(handler, "13_escalation_report")
    for screen in (inbox, handler):
        screen.close()
    return views[1].ticket_number


def shoot_notices(window, number: str) -> None:
    """提醒 dock with unread notices, the badge in the status bar."""
    from aftersales_desktop.services.notices import add_notice
    from aftersales_desktop.storage.models import Staff, Ticket, database

    admin = Staff.get(Staff.login == "admin").id
    ticket = Ticket.get(Ticket.number == number).id
    with database.atomic():
        for key, text in (("w", f"工单 {number} 的解决时限将在 2 小时后到期"),
                          ("e", f"工单 {number} 已超过解决时限，已自动升级给您，请尽快批示"),
                          ("r", "物流异常接信息已超过十分钟仍未汇报，已自动升级")):
            add_notice(admin, "deadline", text, f"shot-{key}", ticket_id=ticket)
    window.show_area("tickets")
    window.notices.refresh()
    shoot(window, "14_notices")


def shoot_reports(window, number: str) -> None:
    """异常情况汇报表 and 书面报告 of a logistics ticket, opened from its detail screen."""
    from datetime import timedelta

    from aftersales_desktop.domain.clock import utcnow
    from aftersales_desktop.services.exception_report import save_exception_report

    received = utcnow() - timedelta(hours=3)
    save_exception_report(number, {
        "what_happened": "冰箱送到时外包装和门体严重变形，客户拒收并要求全额退款",
        "occurred_at": received - timedelta(hours=1), "info_received_at": received,
        "reported_at": received + timedelta(minutes=6), "documents": "托运单 TY-20261120-0099",
        "customer_communication": "已致歉，约定明天上午上门换新"}, actor="admin")
    window.open_ticket(number)
    window.detail.findChild(type(window.detail.save_button), "action_exception_report").click()
    dialog = window.detail.report_dialog
    shoot(dialog, "15_exception_report")
    dialog.reject()
    window.detail.findChild(type(window.detail.save_button), "action_written_report").click()
    dialog = window.detail.report_dialog
    dialog.fields["cause"].setPlainText("承运商装卸不当，冰箱在车内未固定，运输中门体受压变形")
    dialog.fields["measures"].setPlainText("上门换新并承担运费；按运输协议向承运商索赔")
    dialog.save()
    dialog.fields["cause"].setFocus()
    shoot(dialog, "16_written_report_validation")
    dialog.reject()


def shoot_chain_and_circulation(window, location) -> None:
    """设置 › 升级链 with a refused change; 升级 › 书面报告 of this month."""
    from aftersales_desktop.services.exception_report import write_report, written_reports
    from ui.escalation_screen import EscalationScreen
    from ui.session import Session

    window.show_area("settings")
    page = window.screen("settings").open("升级链")
    page.department.setCurrentText("仓储物流部")
    page.new_button.click()
    page.save_button.click()  # no title: refused, the field named under the form
    shoot(window, "28_settings_escalation_chain")
    reported = {r.number for r in written_reports()}
    for number, texts in zip([n for n in _recent_numbers() if n not in reported], (
            ("承运商装卸不当，冰箱在车内未固定，运输中门体受压变形",
             "上门换新并承担运费；按运输协议向承运商索赔",
             "大件家电须在车内固定，交接时当面开箱验货"),
            ("驿站未核对身份，包裹被他人冒领", "先行补发，由分公司向承运商追偿",
             "贵重物品改为本人签收，不放驿站"))):
        write_report(number, *texts, actor="admin")
    screen = EscalationScreen(Session.for_staff("admin", location))
    screen.resize(1246, 780)
    screen.show()
    screen.tabs.setCurrentIndex(screen.tabs.count() - 1)
    shoot(screen, "17_written_reports_circulation")
    screen.close()


def _recent_numbers() -> list[str]:
    from aftersales_desktop.services.ticket_list import TicketFilter, list_page

    return [row.number for row in list_page(TicketFilter(), 10)]


def shoot_deadlines(window, first: str) -> None:
    """Only overdue tickets; a ticket waiting on the customer with a promised time."""
    from datetime import datetime, timedelta

    from aftersales_desktop.domain.clock import SHANGHAI
    from aftersales_desktop.services.ticket_clock import pause_clock, set_promised

    window.show_area("tickets")
    window.tickets.search.setText("")
    window.tickets.overdue.setChecked(True)
    shoot(window, "30_ticket_list_overdue")
    window.tickets.overdue.setChecked(False)
    promised = (datetime.now(SHANGHAI) + timedelta(days=2)).replace(
        hour=18, minute=0, second=0, microsecond=0)
    set_promised(first, promised)
    pause_clock(first, "请客户补拍外壳破损处的照片")
    window.open_ticket(first)
    shoot(window, "31_ticket_detail_deadlines")


def _source(title: str) -> str:
    """The Chinese source of a settings tab's title (the scenes look tabs up by it)."""
    from PySide6.QtCore import QCoreApplication

    from ui.settings_screen import SettingsScreen  # noqa: F401 (its strings)

    for chinese in ("投诉分类", "分类建议关键词", "影响评估规则", "政策审核规则", "自动分派规则",
                    "时限设置", "升级链", "回访设置"):
        if QCoreApplication.translate("SettingsScreen", chinese) == title:
            return chinese
    return title


if __name__ == "__main__":
    sys.exit(main())

