"""受理: take a complaint — keyboard first, draft kept while typing, number shown large."""
from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import intake
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.storage.server_db import ConnectionLost
from ui.caller_panel import CallerPanel
from ui.entry_form import EntryForm
from ui.session import Session
from ui.messages import message_text

DRAFT_DELAY_MS = 400


class EntryScreen(QWidget):
    ticket_saved = Signal(str)
    open_ticket = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.draft_key = f"entry:{session.actor}"
        self.client_id = uuid.uuid4().hex
        self.form = EntryForm(active_categories())
        self.caller = CallerPanel()
        self.caller.open_ticket.connect(self.open_ticket)
        self.caller.order_chosen.connect(self.use_order)
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        self._build()
        self.form.changed.connect(self._on_change)
        self.form.enter_pressed.connect(self.save)
        self.form.fields["order.number"].editingFinished.connect(self.check_duplicates)
        self.form.fields["customer.phone"].textChanged.connect(self.look_up_caller)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, self.save)
        self._restoring = False
        self._offer_draft()
        self._update_save_button()

    def _build(self) -> None:
        self.saved_banner = QFrame()
        self.saved_banner.setStyleSheet("QFrame { background: #e8f5e9; }")
        self.saved_number = QLabel()
        self.saved_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSize(22)
        big.setBold(True)
        self.saved_number.setFont(big)
        copy = QPushButton(self.tr("复制工单号"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.last_number))
        show = QPushButton(self.tr("查看工单"))
        show.clicked.connect(lambda: self.open_ticket.emit(self.last_number))
        row = QHBoxLayout(self.saved_banner)
        row.addWidget(QLabel(self.tr("已保存，请告知客户工单号：")))
        row.addWidget(self.saved_number, 1)
        row.addWidget(copy)
        row.addWidget(show)
        self.saved_banner.hide()
        self.last_number = ""

        self.draft_banner = QFrame()
        self.draft_banner.setStyleSheet("QFrame { background: #fff3cd; }")
        restore = QPushButton(self.tr("恢复草稿"))
        restore.clicked.connect(self.restore_draft)
        discard = QPushButton(self.tr("丢弃"))
        discard.clicked.connect(self.discard_draft)
        row = QHBoxLayout(self.draft_banner)
        row.addWidget(QLabel(self.tr("上次有未保存的受理内容。")), 1)
        row.addWidget(restore)
        row.addWidget(discard)
        self.draft_banner.hide()

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        groups = self.form.groups
        grid.addWidget(groups["来电与问题"], 0, 0)
        grid.addWidget(self.caller, 0, 1)
        grid.addWidget(groups["客户资料"], 1, 0)
        grid.addWidget(groups["购买信息"], 1, 1, 2, 1)
        grid.addWidget(groups["问题详情与物流"], 2, 0)
        grid.addWidget(groups["证据"], 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)

        self.general_error = QLabel()
        self.general_error.setStyleSheet("color: #c62828;")
        self.general_error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存工单（Enter）"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.save_hint = QLabel(self.tr("至少需要：客户电话或姓名，以及问题描述"))
        self.save_hint.setStyleSheet("color: #666;")
        clear = QPushButton(self.tr("清空"))
        clear.clicked.connect(self.clear_form)
        bottom = QHBoxLayout()
        bottom.addWidget(self.general_error, 1)
        bottom.addWidget(self.save_hint)
        bottom.addWidget(clear)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.saved_banner)
        layout.addWidget(self.draft_banner)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        chain = self.form.tab_chain() + [self.save_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # typing -------------------------------------------------------------------------------
    def _on_change(self) -> None:
        self._update_save_button()
        if not self._restoring:
            self.draft_banner.hide()  # typing on: this form's draft replaces the old one
            self._draft_timer.start()

    def _update_save_button(self) -> None:
        ok = self.form.minimum_present()
        self.save_button.setEnabled(ok)
        self.save_hint.setVisible(not ok)

    def look_up_caller(self) -> None:
        phone = self.form.fields["customer.phone"].text()
        history = (intake.caller_history(phone, viewer=self.session.actor)
                   if len(phone.strip()) >= 7 else None)
        self.caller.show_history(history)
        if history is not None:
            customer = history.customer
            for key, value in (("customer.name", customer.name),
                               ("customer.region", customer.region),
                               ("customer.email", customer.email),
                               ("customer.postcode", customer.postcode),
                               ("customer.age_range", customer.age_range)):
                widget = self.form.fields[key]
                if value and not widget.text().strip():
                    widget.setText(value)
            if customer.vip:
                self.form.fields["customer.vip"].setChecked(True)
            if customer.gender and self.form.fields["customer.gender"].currentData() is None:
                combo = self.form.fields["customer.gender"]
                combo.setCurrentIndex(max(0, combo.findData(customer.gender)))
        self.check_duplicates()

    def use_order(self, order) -> None:
        """The caller's imported order picked in the panel: its fields into 购买信息."""
        for key, value in order.fields().items():
            self.form.fields[key].setText(value or "")
        self.check_duplicates()

    def check_duplicates(self) -> list:
        found = intake.find_duplicates(self.form.fields["customer.phone"].text(),
                                       self.form.fields["order.number"].text(),
                                       viewer=self.session.actor)
        self.caller.show_duplicates(found)
        return found

    # saving -------------------------------------------------------------------------------
    def save(self) -> str | None:
        if not self.form.minimum_present():
            self._update_save_button()
            return None
        self.form.clear_errors()
        self.general_error.clear()
        duplicates = self.check_duplicates()
        if duplicates and QMessageBox.question(
                self, self.tr("可能重复"),
                self.tr("7 天内同一电话、同一订单已有工单 %1。仍要新建工单吗？")
                .replace("%1", duplicates[0].number)) != QMessageBox.StandardButton.Yes:
            return None
        data = self.form.ticket_json()
        data["client_id"] = self.client_id
        # imported on the first save: the ticket core is not needed to show the form
        from aftersales_desktop.services.tickets import create_ticket

        try:
            ticket = create_ticket(data, actor=self.session.actor)
        except ValidationError as exc:
            if not self.form.show_error(exc):
                self.general_error.setText(message_text(exc))
            return None
        except ConnectionLost as exc:  # nothing saved; the same client id makes a retry safe
            self.general_error.setText(message_text(exc) + self.tr("您填写的内容仍在表中。"))
            return None
        self._after_save(ticket.number)
        return ticket.number

    def _after_save(self, number: str) -> None:
        self.last_number = number
        self.saved_number.setText(number)
        self.saved_banner.show()
        self.client_id = uuid.uuid4().hex
        self._draft_timer.stop()
        self.session.drafts.discard(self.draft_key)
        self._restoring = True
        self.form.clear()
        self._restoring = False
        self.caller.show_history(None)
        self.caller.show_duplicates([])
        self._update_save_button()
        self.ticket_saved.emit(number)
        self.focus_first_field()

    def focus_first_field(self) -> None:
        self.form.fields["customer.phone"].setFocus()

    def clear_form(self) -> None:
        self._restoring = True
        self.form.clear()
        self._restoring = False
        self.session.drafts.discard(self.draft_key)
        self.client_id = uuid.uuid4().hex
        self._update_save_button()

    # drafts -------------------------------------------------------------------------------
    def flush_draft(self) -> None:
        """Write the draft now (also called when the window closes)."""
        self._draft_timer.stop()
        values = self.form.values()
        typed = any(v for k, v in values.items() if k not in ("channel", "priority"))
        if typed:
            values["client_id"] = self.client_id
            self.session.drafts.save(self.draft_key, values)

    def _offer_draft(self) -> None:
        self.draft_banner.setVisible(self.session.drafts.load(self.draft_key) is not None)

    def restore_draft(self) -> None:
        values = self.session.drafts.load(self.draft_key) or {}
        self._restoring = True
        self.form.set_values(values)
        self._restoring = False
        self.client_id = values.get("client_id") or self.client_id
        self.draft_banner.hide()
        self._update_save_button()
        self.look_up_caller()
        self.focus_first_field()

    def discard_draft(self) -> None:
        self.session.drafts.discard(self.draft_key)
        self.draft_banner.hide()

    def closeEvent(self, event):
        self.flush_draft()
        super().closeEvent(event)
