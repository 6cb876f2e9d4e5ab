"""回访: the queue of due and overdue callbacks and revisits; one call with the ticket summary,
what was done, the calls so far and the script; the form to record it.

Keyboard: Up/Down in the queue, Enter to the form, Ctrl+D shows the number to dial (audited),
Ctrl+Enter saves and moves on to the next call, Esc back to the queue, Ctrl+PgDown / Ctrl+PgUp
next / previous call, Ctrl+O the ticket."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.callback_rules import task_label
from aftersales_desktop.domain.clock import to_local, utcnow
from aftersales_desktop.domain.errors import NotFoundError, PermissionDenied, ValidationError
from aftersales_desktop.services.callback_queue import (
    SCOPES, callback_queue, load_call, reveal_phone)
from aftersales_desktop.services.callback_settings import load_settings
from aftersales_desktop.services.callbacks import record_call
from aftersales_desktop.services import list_tables
from ui.callback_form import CallbackForm
from ui.export_button import ExportButton
from ui.callback_texts import call_summary_html, done_html, result_text
from ui.field_errors import show_form_error
from ui.labels import labels, remaining_text, task_text
from ui.queue_layout import detail_pane, queue_and_detail
from ui.messages import message_text


class CallbackScreen(QWidget):
    changed = Signal(str)
    open_ticket = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.call = None
        self.rows = []
        self.form = CallbackForm()
        self._build()
        shortcuts = (("Ctrl+Return", self.save), ("Ctrl+Enter", self.save),
                     ("Escape", self.focus_queue), ("Ctrl+PgDown", lambda: self.step(1)),
                     ("Ctrl+PgUp", lambda: self.step(-1)), ("Ctrl+O", self._open_ticket),
                     ("Ctrl+D", self.reveal))
        for keys, slot in shortcuts:
            QShortcut(QKeySequence(keys), self, slot)
        self.refresh()

    def _build(self) -> None:
        self.queue_title = QLabel()
        self.scope = QComboBox()
        for code, text in labels("callback_queue", SCOPES).items():
            self.scope.addItem(self.tr(text), code)
        self.scope.currentIndexChanged.connect(lambda _: self.refresh())
        self.waiting = QCheckBox(self.tr("显示未到时间的"))
        self.waiting.toggled.connect(lambda _: self.refresh())
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(lambda: self.refresh())
        self.queue_list = QListWidget()
        self.queue_list.setWordWrap(True)
        self.queue_list.setAlternatingRowColors(True)
        self.queue_list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.queue_list.currentItemChanged.connect(self._selected)
        self.queue_list.itemActivated.connect(lambda _: self.form.focus_first())
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(self.queue_title)
        filters = QHBoxLayout()
        for widget in (self.scope, self.waiting):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(refresh)
        self.export_button = ExportButton(self.session, lambda: list_tables.callbacks(
            self.scope.currentData(), self.waiting.isChecked()))
        filters.addWidget(self.export_button)
        column.addLayout(filters)
        column.addWidget(self.queue_list, 1)

        self.summary, self.done, self.script = QLabel(), QLabel(), QLabel()
        for label in (self.summary, self.done, self.script):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.script.setTextFormat(Qt.TextFormat.PlainText)
        self.script.setStyleSheet("QLabel { background: #fffde7; padding: 6px; }")
        body = QWidget()
        grid = QGridLayout(body)
        boxes = ((self.tr("工单概要"), self.summary, 0, 0), (self.tr("处理情况与历次回访"), self.done, 0, 1),
                 (self.tr("回访话术（真诚致歉，逐项询问）"), self.script, 1, 0),
                 (self.tr("记录本次回访"), self.form, 1, 1))
        for title, widget, row, col in boxes:
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(widget)
            inner.addStretch(1)
            grid.addWidget(box, row, col)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("保存回访记录"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.reveal_button = QPushButton(self.tr("显示号码"))
        self.reveal_button.setToolTip(self.tr("Ctrl+D：显示完整号码拨打（记入审计日志）"))
        self.reveal_button.clicked.connect(self.reveal)
        self.ticket_button = QPushButton(self.tr("打开工单"))
        self.ticket_button.setToolTip(self.tr("Ctrl+O"))
        self.ticket_button.clicked.connect(self._open_ticket)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr(
            "Enter 开始记录 · Ctrl+D 显示号码 · Ctrl+Enter 保存并转下一通 · Esc 回到队列")))
        actions.addStretch(1)
        actions.addWidget(self.reveal_button)
        actions.addWidget(self.ticket_button)
        actions.addWidget(self.save_button)
        self.detail = detail_pane(body, self.message, actions)
        queue_and_detail(self, left, self.detail, [320, 960])

    # the queue ----------------------------------------------------------------------------
    def refresh(self, row: int | None = None, quiet: bool = False) -> None:
        """Reload the queue; keep the current call, or select `row` (after a save). `quiet`
        (changes made elsewhere): the call being recorded stays in the form as typed."""
        now = utcnow()
        current = self.call.task_id if self.call else None
        self.rows = callback_queue(self.session.actor, self.scope.currentData(),
                                   self.waiting.isChecked(), now)
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        for entry in self.rows:
            self.queue_list.addItem(self._item(entry, now))
        self.queue_list.blockSignals(False)
        due = [r for r in self.rows if not r.waiting(now)]
        overdue = sum(r.overdue(now) for r in due)
        self.queue_title.setText(self.tr("待回访：%1 通，其中逾期 %2 通").replace(
            "%1", str(len(due))).replace("%2", str(overdue)))
        ids = [r.task_id for r in self.rows]
        if not self.rows:
            self.call = None
            self.detail.setEnabled(False)
            self.summary.setText(self.tr("没有需要回访的工单"))
            for label in (self.done, self.script):
                label.clear()
            return
        if row is None:
            row = ids.index(current) if current in ids else 0
        self.queue_list.blockSignals(quiet and current in ids)
        self.queue_list.setCurrentRow(min(row, len(self.rows) - 1))
        self.queue_list.blockSignals(False)

    def _item(self, entry, now) -> QListWidgetItem:
        if entry.waiting(now):
            start = to_local(entry.available_at).strftime("%m-%d %H:%M")
            when = self.tr("%1 起").replace("%1", start)
        else:
            when = remaining_text(entry.due_at, now)
        text = (f"{entry.number}　{entry.customer_name or ''}\n"
                f"{task_text(entry.kind, entry.revisit_days)} · "
                + self.tr("第 %1/%2 次").replace("%1", str(entry.attempts + 1))
                .replace("%2", str(entry.max_attempts)) + f" · {when}\n{entry.summary}")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, entry.task_id)
        if entry.waiting(now):
            item.setForeground(QBrush(QColor("#757575")))
        elif entry.overdue(now):
            item.setForeground(QBrush(QColor("#c62828")))
        return item

    def _selected(self, item, _previous=None) -> None:
        if item is not None:
            self.load(item.data(Qt.ItemDataRole.UserRole))

    def step(self, delta: int) -> None:
        if self.rows:
            row = max(0, min(self.queue_list.currentRow() + delta, len(self.rows) - 1))
            self.queue_list.setCurrentRow(row)
            self.form.focus_first()

    def load(self, task_id: int) -> bool:
        try:
            self.call = load_call(task_id, self.session.actor)
        except NotFoundError:
            self._say(self.tr("这通回访已不存在，请刷新"), error=True)
            return False
        except PermissionDenied as exc:
            self.call = None
            self.detail.setEnabled(False)
            self._say(message_text(exc), error=True)
            return False
        self.detail.setEnabled(True)
        self.message.hide()
        self.summary.setText(call_summary_html(self.call))
        self.done.setText(done_html(self.call))
        self.script.setText(self.call.script)
        settings = load_settings()
        self.form.start(self.call.kind, self.call.attempts, self.call.max_attempts,
                        settings.satisfied_min, settings.retry.label())
        return True

    # saving -------------------------------------------------------------------------------
    def save(self) -> None:
        if self.call is None:
            return
        self.form.clear_errors()
        number, row = self.call.number, self.queue_list.currentRow()
        try:
            result = record_call(self.call.task_id, self.form.values(), actor=self.session.actor,
                                 expect_attempts=self.call.attempts,
                                 revisit_in_days=self.form.revisit_days())
        except PermissionDenied as exc:
            self._say(message_text(exc), error=True)
            return
        except ValidationError as exc:
            if exc.field in self.form.fields:
                show_form_error(self.form, exc)
            else:
                self._reload_keeping_input()
                self._say(message_text(exc), error=True)
            return
        self.changed.emit(number)
        self.call = None
        self.refresh(row)  # the next call takes the saved one's place
        self._say(result_text(result), error=result.step in ("reopen", "give_up"))
        self.form.focus_first() if self.rows else self.focus_queue()

    def _reload_keeping_input(self) -> None:
        """Someone else recorded this call meanwhile: show it as it is now and keep what the
        clerk typed, to save again if it still applies; a call that has ended leaves."""
        try:
            call = load_call(self.call.task_id, self.session.actor)
        except (NotFoundError, PermissionDenied):
            call = None
        if call is None or not call.open:
            self.call = None
            self.refresh()
            return
        self.call = call
        self.summary.setText(call_summary_html(call))
        self.done.setText(done_html(call))
        self.form.attempts = call.attempts
        self.form.refresh_preview()

    def _say(self, text: str, error: bool = False) -> None:
        color = "#c62828" if error else "#1b5e20"
        self.message.setStyleSheet(f"color: {color}; padding: 4px;")
        self.message.setText(text)
        self.message.show()

    def reveal(self) -> None:
        """The full number to dial, written to the audit trail."""
        if self.call is None:
            return
        try:
            number = reveal_phone(self.call.task_id, self.session.actor)
        except (PermissionDenied, NotFoundError) as exc:
            self._say(message_text(exc), error=True)
            return
        self.summary.setText(call_summary_html(self.call, number))

    def _open_ticket(self) -> None:
        if self.call is not None:
            self.open_ticket.emit(self.call.number)

    def focus_queue(self) -> None:
        self.queue_list.setFocus()
