"""The status bar's count of overdue tickets, read again every minute and on refresh."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from aftersales_desktop.domain.clock import utcnow

REFRESH_MS = 60_000


class OverdueLabel(QLabel):
    def __init__(self, viewer: str | None = None, parent=None):
        """`viewer`: the signed-in login; only the tickets they see are counted."""
        super().__init__(parent)
        self.viewer = viewer
        self.setObjectName("overdue_label")
        self.setToolTip(self.tr("有未完成时限已超时的工单数（每分钟及按 F5 时更新）"))
        self.count = 0
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.setText(self.tr("超时工单：…"))
        QTimer.singleShot(0, self, self.refresh)  # after the first paint: startup stays quick

    def refresh(self) -> None:
        from aftersales_desktop.services.deadlines import overdue_count

        try:
            self.count = overdue_count(utcnow(), self.viewer)
        except Exception:  # noqa: BLE001 - a lost or closed database must not break the window
            self.setText(self.tr("超时工单：…"))  # the next minute's refresh tries again
            return
        self.setText(self.tr("超时工单：%1").replace("%1", str(self.count)))
        self.setStyleSheet("color: #c62828; font-weight: bold;" if self.count else "")
