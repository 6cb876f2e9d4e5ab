"""A ticket's deadlines with their state and remaining time, and the clock actions: wait on the
customer (暂停计时 / 恢复计时) and promise a resolution time (承诺解决时间)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDate, QDateTime, QTime, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QPushButton, QVBoxLayout,
)

from aftersales_desktop.domain.clock import SHANGHAI, iso_utc, utcnow
from aftersales_desktop.domain.deadline_text import STATE_LABELS
from aftersales_desktop.services.deadlines import ANSWERED
from aftersales_desktop.services.ticket_queries import TicketView
from ui.caller_panel import local_time
from ui.labels import label, remaining_text, stored_limit_text

COLORS = {"running": "#2e7d32", "warning": "#b26a00", "overdue": "#c62828",
          "paused": "#757575", "met": "#555555"}


class DeadlinePanel(QGroupBox):
    pause_requested = Signal(str)  # what the ticket waits for
    resume_requested = Signal()
    promise_requested = Signal(object)  # aware datetime

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("时限"))
        self.now = utcnow
        self.states: dict[str, str] = {}  # kind → state as shown
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setWordWrap(True)
        self.pause_note = QLabel()
        self.pause_button = QPushButton(self.tr("暂停计时…"))
        self.pause_button.setToolTip(self.tr("等待客户（例如补充照片）期间，解决时限不计时"))
        self.resume_button = QPushButton(self.tr("恢复计时"))
        self.promise_button = QPushButton(self.tr("承诺解决时间…"))
        self.pause_button.clicked.connect(self._pause)
        self.resume_button.clicked.connect(self.resume_requested)
        self.promise_button.clicked.connect(self._promise)
        buttons = QHBoxLayout()
        for button in (self.pause_button, self.resume_button, self.promise_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.pause_note)
        layout.addLayout(buttons)

    def set_view(self, view: TicketView) -> None:
        now = self.now()
        self.states = {d.kind: d.state_at(now) for d in view.deadlines}
        rows = []
        for item in view.deadlines:
            state = self.states[item.kind]
            if state == "met":
                tail = self.tr("已完成 %1").replace("%1", local_time(iso_utc(item.met_at)))
            elif state == "paused":
                tail = self.tr("计时暂停")
            else:
                tail = f"{label('deadline_text', STATE_LABELS[state])} · {remaining_text(item.due_at, now)}"
            due = local_time(iso_utc(item.due_at)) if item.due_at else "—"
            rows.append(f"<tr><td style='color:#555;padding-right:12px'>{label('sla_policy', item.label)}</td>"
                        f"<td style='padding-right:12px'>{due}</td>"
                        f"<td style='color:#777;padding-right:12px'>{stored_limit_text(item.limit_label)}</td>"
                        f"<td style='color:{COLORS[state]}'>{tail}</td></tr>")
        self.table.setText(f"<table>{''.join(rows)}</table>" if rows
                           else self.tr("（无时限）"))
        paused = view.paused_since is not None
        self.pause_note.setVisible(paused)
        if paused:
            self.pause_note.setText(self.tr("自 %1 起等待客户：%2")
                                    .replace("%1", local_time(view.paused_since))
                                    .replace("%2", view.pause_reason or ""))
        running = view.state not in ANSWERED
        self.pause_button.setEnabled(running and not paused)
        self.resume_button.setEnabled(paused)
        self.promise_button.setEnabled(running)

    def ask_pause_reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("暂停计时"),
                                        self.tr("等待客户什么？（例如：补充照片）"))
        return text.strip() if ok and text.strip() else None

    def ask_promise(self) -> datetime | None:
        """The promised time chosen in a dialog (Shanghai time), aware; None if cancelled."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("承诺解决时间"))
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        day = (datetime.now(SHANGHAI) + timedelta(days=1)).date()
        edit.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(18, 0)))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("向客户承诺在此时间前解决（北京时间）：")))
        layout.addWidget(edit)
        layout.addWidget(box)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        chosen = edit.dateTime().toPython().replace(tzinfo=SHANGHAI)
        return chosen.astimezone(timezone.utc)

    def _pause(self) -> None:
        reason = self.ask_pause_reason()
        if reason:
            self.pause_requested.emit(reason)

    def _promise(self) -> None:
        when = self.ask_promise()
        if when is not None:
            self.promise_requested.emit(when)
