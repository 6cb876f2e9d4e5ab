"""统计: the 看板 of the last month on demo data (upper and lower charts, one as its table), a
number opened as the ticket list behind it, and 内部监督 with a sample half reviewed.
Screenshots 90–94. Runs on a database of its own (1,200 demo tickets, so the charts have
something to show), then puts the shared one back for the modules after it."""
from __future__ import annotations

from pathlib import Path

FINDINGS = ("回访记录未写明客户原话", "处理结果与客户诉求不一致，未说明原因", "超过时限未升级")


def _wait(app, tab) -> None:
    from ui.background import wait_for_background

    while tab._running or tab.board is None:
        wait_for_background()
        app.processEvents()


def shoot_all(scenes) -> None:
    import os

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from aftersales_desktop.services.demo import generate_demo
    from aftersales_desktop.services.spot_checks import draw_sample, record_review, spot_items
    from aftersales_desktop.storage.connection import open_database
    from ui.main_window import MainWindow
    from ui.session import Session

    app, shoot = QApplication.instance(), scenes.shoot
    folder = Path(os.environ["AFTERSALES_DATA"])
    handle, location = open_database(str(folder / "statistics.sqlite3"))
    generate_demo(tickets=1200, seed=11)
    settings = QSettings(str(folder / "statistics.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Session.for_staff("admin", location), settings)
    window.resize(1366, 900)
    window.show()
    window.show_area("statistics")
    screen = window.screen("statistics")
    tab = screen.dashboard
    _wait(app, tab)
    tab.choose_preset("last_month")
    _wait(app, tab)
    shoot(window, "90_statistics_dashboard")
    tab.scroll.verticalScrollBar().setValue(tab.scroll.verticalScrollBar().maximum())
    shoot(window, "91_statistics_dashboard_lower")
    panel = tab.panels["department"]
    panel.toggle.setChecked(True)
    shoot(window, "92_statistics_table")
    row = next(r for r in panel.rows if r.label == "仓储物流部")
    panel.drill.emit("department", row)
    app.processEvents()
    shoot(window, "93_statistics_drill_down")
    window.show_area("statistics")
    screen.setCurrentWidget(screen.spot_check)
    start, end = tab.board.period.start, tab.board.period.end
    check = draw_sample("admin", start, end, 12, seed=20261201, note="月度例行抽查")
    for item, findings in zip(spot_items("admin", check.id)[:6],
                              ("", FINDINGS[0], "", "", FINDINGS[1], "")):
        record_review("admin", item.id, "fail" if findings else "pass", findings)
    spot = screen.spot_check
    spot.refresh(select=check.id)
    spot.item_table.selectRow(6)
    spot.review.failed.setChecked(True)
    spot.review.findings.setPlainText(FINDINGS[2])
    shoot(window, "94_statistics_spot_check")
    window.close()
    handle.close()
    open_database(str(scenes.location.target))  # the shared database again, for the others
