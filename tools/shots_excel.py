"""Screenshots of Excel export and import: the 工单 list after 导出 Excel (the message over the
window), 导入客户与订单 with problems named by row and column, the same file corrected (新增 /
更新 per row), and the 受理 form offering the caller's imported orders."""
from __future__ import annotations

import tempfile
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

HEADER = ["客户姓名", "手机号", "地区", "地址", "订单号", "商品", "型号", "购买日期", "购买渠道", "备注"]
WITH_ERRORS = [
    ["周杰", "13512340001", "上海", "徐汇区漕溪北路100号", "TB20261001001", "电饭煲", "MB-40", "2026-10-01", "网店", ""],
    ["王芳", "139 1234 5678", "上海", "浦东新区张江路88号", "TB20261002002", "电水壶", "K-15", "2026/10/2", "直播间", "老客户"],
    ["", "13512340003", "江苏", "苏州市工业园区星湖街1号", "TB20261003003", "空气炸锅", "", "2026-10-03", "网店", ""],
    ["吴敏", "1351234", "浙江", "杭州市西湖区文三路9号", "TB20261004004", "破壁机", "", "2026-10-32", "门店", ""],
    ["郑强", "13512340005", "上海", "", "TB20261001001", "电饭煲", "", "2026-10-05", "网店", ""],
    ["孙丽", "13512340006", "北京", "朝阳区建国路8号", "", "电饭煲", "", "", "", ""],
]


def _save(path: Path, rows) -> Path:
    book = Workbook()
    book.active.append(HEADER)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _settle() -> None:
    from ui.background import wait_for_background

    wait_for_background()
    for _ in range(5):
        QApplication.processEvents()


def _over(window, dialog, shoot_path: Path) -> None:
    """The window with `dialog` painted where it would stand, centred."""
    picture = window.grab()
    box = dialog.grab()
    painter = QPainter(picture)
    at = QPoint((picture.width() - box.width()) // 2, (picture.height() - box.height()) // 3)
    painter.drawPixmap(at, box)
    painter.setPen(QColor("#777"))
    painter.drawRect(at.x() - 1, at.y() - 1, box.width() + 1, box.height() + 1)
    painter.end()
    picture.save(str(shoot_path))
    print("wrote", shoot_path)


def shoot_all(scenes) -> None:
    import sys

    # the running tools/screenshots.py's folder (docs/screenshots/en/ with --lang en)
    from tools import screenshots

    OUT = getattr(sys.modules["__main__"], "OUT", screenshots.OUT)
    from ui import export_button

    window = scenes.window
    folder = Path(tempfile.mkdtemp(prefix="aftersales-excel-"))
    window.show_area("tickets")
    screen = window.tickets
    screen.search.clear()
    screen.refresh()
    target = folder / export_button.default_name(screen.export_button.table_of())
    export_button.QFileDialog.getSaveFileName = staticmethod(lambda *a: (str(target), ""))
    screen.export_button.export()
    _settle()
    box = screen.export_button.message
    box.adjustSize()
    _over(window, box, OUT / "86_ticket_list_exported.png")
    box.close()

    path = _save(folder / "客户订单.xlsx", WITH_ERRORS)
    dialog = screen.open_import()
    dialog.resize(1280, 620)
    dialog.open_file(str(path))
    _settle()
    scenes.shoot(dialog, "87_import_preview_errors")

    fixed = [list(r) for r in WITH_ERRORS]
    fixed[2][0], fixed[3][1], fixed[3][7] = "冯涛", "13512340004", "2026-10-30"
    fixed[4][4], fixed[5][4] = "TB20261005005", "TB20261006006"
    _save(path, fixed)
    dialog.check()
    _settle()
    scenes.shoot(dialog, "88_import_preview_ready")
    dialog.run_import()
    _settle()
    dialog.close()

    window.show_area("entry")
    window.entry.clear_form()
    window.entry.form.fields["customer.phone"].setText("13912345678")
    window.entry.look_up_caller()
    window.entry.use_order(window.entry.caller.orders.item(0).data(Qt.ItemDataRole.UserRole))
    scenes.shoot(window, "89_entry_imported_orders")
    window.entry.clear_form()
