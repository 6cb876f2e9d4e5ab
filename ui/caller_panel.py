"""Beside the 受理 form: who is calling (repeat/VIP badge, earlier tickets) and duplicates."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
)

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.intake import CallerHistory, EarlierTicket
from ui.labels import label


def local_time(iso: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return datetime.fromisoformat(iso).astimezone(SHANGHAI).strftime(fmt)


class CallerPanel(QGroupBox):
    open_ticket = Signal(str)
    order_chosen = Signal(object)  # KnownOrder: fill the form's order fields with it

    def __init__(self, parent=None):
        super().__init__(self.tr("来电客户"), parent)
        self.badge = QLabel()
        self.badge.setStyleSheet("font-weight: bold; color: #ad5700;")
        self.summary = QLabel(self.tr("输入电话后显示客户的历史工单"))
        self.summary.setWordWrap(True)
        self.earlier = QListWidget()
        self.earlier.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.earlier.itemDoubleClicked.connect(
            lambda item: self.open_ticket.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.orders_title = QLabel(self.tr("已登记的订单（双击填入购买信息）"))
        self.orders = QListWidget()
        self.orders.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.orders.setMaximumHeight(96)
        self.orders.itemDoubleClicked.connect(
            lambda item: self.order_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.duplicate = QLabel()
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet("background: #fff3cd; color: #7a4d00; padding: 6px;")
        self.duplicate_button = QPushButton(self.tr("打开已有工单"))
        self.duplicate_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.duplicate_button.clicked.connect(
            lambda: self.open_ticket.emit(self.duplicate_button.property("number")))
        layout = QVBoxLayout(self)
        for widget in (self.badge, self.summary, self.earlier, self.orders_title, self.orders,
                       self.duplicate, self.duplicate_button):
            layout.addWidget(widget)
        self.show_history(None)
        self.show_duplicates([])

    def show_history(self, history: CallerHistory | None) -> None:
        self.earlier.clear()
        self.orders.clear()
        known = history.orders if history is not None else []
        self.orders_title.setVisible(bool(known))
        self.orders.setVisible(bool(known))
        for order in known:
            when = order.purchased_on.isoformat() if order.purchased_on else ""
            item = QListWidgetItem("  ".join(t for t in (order.order_number, order.product,
                                                          order.model, when) if t))
            item.setData(Qt.ItemDataRole.UserRole, order)
            self.orders.addItem(item)
        if history is None:
            self.badge.hide()
            self.summary.setText(self.tr("新客户，或尚未输入完整电话"))
            return
        customer = history.customer
        badges = []
        if customer.vip:
            badges.append(self.tr("VIP"))
        if customer.ticket_count >= 1:
            badges.append(self.tr("回头客"))
        self.badge.setText(" · ".join(badges))
        self.badge.setVisible(bool(badges))
        self.summary.setText(self.tr("%1，此前共 %2 张工单")
                             .replace("%1", customer.name or self.tr("（未留姓名）"))
                             .replace("%2", str(customer.ticket_count)))
        for ticket in history.earlier:
            item = QListWidgetItem(f"{ticket.number}  {local_time(ticket.received_at, '%m-%d')}  "
                                   f"{label('states', STATE_LABELS.get(ticket.state, ticket.state))}\n"
                                   f"{ticket.description[:30]}")
            item.setData(Qt.ItemDataRole.UserRole, ticket.number)
            self.earlier.addItem(item)

    def show_duplicates(self, duplicates: list[EarlierTicket]) -> None:
        if not duplicates:
            self.duplicate.hide()
            self.duplicate_button.hide()
            return
        first = duplicates[0]
        self.duplicate.setText(
            self.tr("可能重复：同一电话、同一订单在 7 天内已有工单 %1（%2，%3）")
            .replace("%1", first.number).replace("%2", local_time(first.received_at))
            .replace("%3", label("states", STATE_LABELS.get(first.state, first.state))))
        self.duplicate_button.setProperty("number", first.number)
        self.duplicate.show()
        self.duplicate_button.show()
