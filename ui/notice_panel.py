"""提醒: the current staff member's unread notices in a dock, a badge with their count in the
status bar, and a tray message for each new one where the desktop has a tray."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QStyle, QSystemTrayIcon, QToolButton, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services.notices import NoticeRow, mark_read, notices_for, unread_count
from ui.caller_panel import local_time

SHOWN = 200


class NoticePanel(QDockWidget):
    """`open_ticket(number)` when a notice is opened (double-click or Enter); it is then read."""
    open_ticket = Signal(str)
    count_changed = Signal(int)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("notice_dock")
        self.setWindowTitle(self.tr("提醒"))
        self.rows: list[NoticeRow] = []
        self.seen: set[int] = set()
        self.tray: QSystemTrayIcon | None = None
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(self.tr("没有未读提醒"))
        self.empty.setStyleSheet("color: #555; padding: 8px;")
        self.read_all_button = QPushButton(self.tr("全部已读"))
        self.read_all_button.clicked.connect(self.read_all)
        hint = QLabel(self.tr("双击或按回车打开工单"))
        hint.setWordWrap(True)  # the dock keeps its width in any language
        hint.setStyleSheet("color: #555;")
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.read_all_button)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.empty)
        column.addWidget(self.list, 1)
        column.addLayout(bottom)
        self.setWidget(body)
        self.setMinimumWidth(280)

    def refresh(self) -> None:
        """Read the unread notices again; announce in the tray those not seen before."""
        self.rows = notices_for(self.session.actor, unread_only=True, limit=SHOWN)
        self.list.clear()
        for row in self.rows:
            head = local_time(row.created_at, "%m-%d %H:%M")
            if row.ticket_number:
                head += "  " + row.ticket_number
            item = QListWidgetItem(f"{head}\n{row.text}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(row.text)
            self.list.addItem(item)
        self.empty.setVisible(not self.rows)
        self.list.setVisible(bool(self.rows))
        self.read_all_button.setEnabled(bool(self.rows))
        new = [row for row in self.rows if row.id not in self.seen]
        self.seen.update(row.id for row in self.rows)
        if new:
            self._announce(new[0])
        self.count_changed.emit(unread_count(self.session.actor))

    def _activated(self, item: QListWidgetItem) -> None:
        row = next((r for r in self.rows if r.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if row is None:
            return
        self._mark(row.id)
        self.refresh()
        if row.ticket_number:
            self.open_ticket.emit(row.ticket_number)

    def read_all(self) -> None:
        """Every unread notice, also those beyond the SHOWN listed."""
        for _ in range(100):
            rows = notices_for(self.session.actor, unread_only=True, limit=SHOWN)
            if not rows:
                break
            for row in rows:
                self._mark(row.id)
        self.refresh()

    def _mark(self, notice_id: int) -> None:
        try:
            mark_read(notice_id, self.session.actor)
        except (NotFoundError, ValidationError):
            pass  # gone or someone else's: the refresh that follows drops it from the list

    def _announce(self, row: NoticeRow) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            icon = self.window().windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("售后工单台"))
            self.tray.messageClicked.connect(self._tray_clicked)
            self.tray.show()
        title = self.tr("新提醒") + (f"：{row.ticket_number}" if row.ticket_number else "")
        self.tray.showMessage(title, row.text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _tray_clicked(self) -> None:
        self.show()
        self.raise_()
        self.window().activateWindow()


class NoticeBadge(QToolButton):
    """The status bar's unread count; a click shows or hides the notice panel."""

    def __init__(self, panel: NoticePanel, parent=None):
        super().__init__(parent)
        self.setObjectName("notice_badge")
        self.setAutoRaise(True)
        self.setToolTip(self.tr("未读提醒（点击显示或隐藏提醒栏）"))
        self.panel = panel
        self.count = 0
        panel.count_changed.connect(self.set_count)
        self.clicked.connect(lambda: panel.setVisible(not panel.isVisible()))
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(self.tr("提醒：%1").replace("%1", str(count)))
        self.setStyleSheet("color: #c62828; font-weight: bold;" if count else "")
