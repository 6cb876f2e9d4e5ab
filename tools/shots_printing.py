"""打印: every document rendered from the screenshot database to docs/printing/<name>.png (page 1,
and page 2 of the register to show its header repeated), and the 打印 screen and 设置 › 单位信息
to docs/screenshots/. Run through tools/screenshots.py."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

DOCS = Path(__file__).resolve().parent.parent / "docs" / "printing"
DPI = 90


def to_png(pdf: bytes, name: str, page: int = 1) -> None:
    """Page `page` as docs/printing/<name>.png: pdftoppm when installed, else PDFium."""
    DOCS.mkdir(parents=True, exist_ok=True)
    target = DOCS / f"{name}.png"
    if shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "doc.pdf"
            source.write_bytes(pdf)
            subprocess.run(["pdftoppm", "-r", str(DPI), "-png", "-singlefile", "-f", str(page),
                            "-l", str(page), str(source), str(Path(folder) / "page")], check=True)
            shutil.copy(Path(folder) / "page.png", target)
    else:
        import pypdfium2

        pypdfium2.PdfDocument(pdf)[page - 1].render(scale=DPI / 72).to_pil().save(target)
    print("wrote", target)


def sample_notice(number: str):
    """A notice as the rewards/penalties module will hand one over (it has no records yet)."""
    from aftersales_desktop.domain.clock import local_today
    from aftersales_desktop.printing.notice_data import Approval, RewardPenaltyNotice

    today = local_today()
    return RewardPenaltyNotice(
        "JC2026-0012", "penalty", "carrier", "顺丰速运",
        "承运冰箱一台，装卸时未固定，运输中门体受压变形，客户拒收并投诉。", (number,),
        "《运输协议》YS-2026-003 第7.2条：因承运方原因造成货损，按货值30%赔付并承担返程运费",
        "罚款", today, Decimal("1250.50"), agreement_no="YS-2026-003",
        proposer="张伟", proposed_on=today - timedelta(days=1),
        approvals=(Approval("客服经理", "李娜"), Approval("分公司经理", "王强")))


def render_documents(scenes) -> None:
    from aftersales_desktop.domain.clock import local_today
    from aftersales_desktop.printing import documents
    from aftersales_desktop.services.complaint_register import RegisterFilter
    from aftersales_desktop.services.exception_report import written_reports
    from aftersales_desktop.services.ticket_list import TicketFilter, list_page

    today = local_today()
    register = documents.register_pdf(RegisterFilter(today - timedelta(days=90), today))
    to_png(register, "register")
    to_png(register, "register_page2", page=2)
    to_png(documents.ticket_pdf(scenes.first, scenes.location.attachments_dir), "service_record")
    reported = written_reports()[0].number
    to_png(documents.exception_report_pdf(reported), "exception_report")
    to_png(documents.written_report_pdf(today - timedelta(days=30), today), "written_report")
    to_png(documents.blank_form_pdf(), "blank_form")
    to_png(documents.notice_pdf(sample_notice(reported)), "notice")
    closed = list_page(TicketFilter(state="closed"), 1)
    if closed:  # a long timeline: the listing's header repeats on its second page
        to_png(documents.ticket_pdf(closed[0].number, scenes.location.attachments_dir),
               "service_record_closed")


def wait(screen) -> None:
    """Until the worker thread has rendered the document."""
    from PySide6.QtWidgets import QApplication

    while screen.thread is not None:
        QApplication.processEvents()
        time.sleep(0.01)


def shoot_all(scenes) -> None:
    from PySide6.QtCore import QDate

    from aftersales_desktop.domain.clock import local_today
    from aftersales_desktop.services.company import set_company_name

    window, shoot = scenes.window, scenes.shoot
    window.show_area("printing")
    screen = window.screen("printing")
    shoot(window, "50_printing_no_company")
    set_company_name("上海示例电器销售有限公司")
    render_documents(scenes)
    window.show_area("printing")
    register = screen.panels["register"]
    register.date_from.setDate(QDate(local_today()).addDays(-90))
    screen.render()
    wait(screen)
    shoot(window, "51_printing_register_preview")
    screen.preview.page.setValue(2)
    shoot(window, "52_printing_register_page2")
    screen.choose("ticket")
    screen.panels["ticket"].number.setText(scenes.first)
    screen.render()
    wait(screen)
    shoot(window, "53_printing_service_record")
    screen.choose("exception-report")
    screen.panels["exception-report"].number.setText("")
    screen.render()
    shoot(window, "54_printing_validation")
    window.show_area("settings")
    settings = window.screen("settings")
    settings.open("单位信息")
    settings.company.refresh()
    shoot(window, "55_settings_company")
