"""The two sides of 升级: the receiver's queue (instructions, executor, pass further up) and the
handler's tracking (execution and follow-up records until done)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from aftersales_desktop.services import escalation as esc
from aftersales_desktop.services.escalation_views import ENTRY_KINDS, followed_by, queue_for
from aftersales_desktop.services.staff import list_staff
from aftersales_desktop.services import list_tables
from ui.escalation_detail import ListDetail
from ui.export_button import ExportButton
from ui.escalation_form import EscalateForm
from ui.labels import labels
from ui.messages import message_text, text_of

FAILURES = (ValidationError, NotFoundError, ConflictError)


def message_of(exc: Exception) -> str:
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate(
            "Escalation", "工单 %1 刚被他人修改（您看到的是第 %2 版，现在是第 %3 版）；"
            "请刷新后核对再提交，您填写的内容仍保留。").replace("%1", exc.number).replace(
            "%2", str(exc.expected_version)).replace("%3", str(exc.current_version))
    return message_text(exc) if isinstance(exc, ValidationError) else str(exc)


class InstructPanel(ListDetail):
    """待我批示: what waits for this person's instructions, most urgent and oldest first."""
    changed = Signal(str)
    said = Signal(str, bool)

    def __init__(self, session, parent=None):
        actions = QWidget()
        super().__init__(actions, parent)
        self.session = session
        self.export_button = ExportButton(session, lambda: list_tables.escalations(True))
        self.head.addWidget(self.export_button)
        self.title_text = self.tr("待我批示：%1 件（紧急、最早的在前）")
        self.instructions = QPlainTextEdit()
        self.instructions.setPlaceholderText(self.tr("在本人职权范围内给出处理方案"))
        self.instructions.setTabChangesFocus(True)
        self.instructions.setFixedHeight(72)
        self.executor = QComboBox()
        for staff in list_staff():
            if staff.active:
                self.executor.addItem(f"{staff.name}（{staff.login}）", staff.login)
        self.instruct_button = QPushButton(self.tr("下达处理意见"))
        self.instruct_button.clicked.connect(self.instruct)
        box = QGroupBox(self.tr("处理意见"))
        form = QFormLayout(box)
        form.addRow(self.tr("处理意见(&I)："), self.instructions)
        form.labelForField(self.instructions).setBuddy(self.instructions)
        row = QHBoxLayout()
        row.addWidget(self.executor, 1)
        row.addWidget(self.instruct_button)
        form.addRow(self.tr("执行人(&E)："), row)
        form.labelForField(row).setBuddy(self.executor)
        self.further = EscalateForm(serious_choice=False)
        self.further_button = QPushButton(self.tr("继续上报上级"))
        self.further_button.clicked.connect(self.escalate_further)
        further_box = QGroupBox(self.tr("超出本人职权：继续上报"))
        further_column = QVBoxLayout(further_box)
        further_column.addWidget(self.further)
        further_row = QHBoxLayout()
        further_row.addStretch(1)
        further_row.addWidget(self.further_button)
        further_column.addLayout(further_row)
        column = QVBoxLayout(actions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(box)
        column.addWidget(further_box)

    def load_views(self) -> list:
        return queue_for(self.session.actor)

    def show_view(self, view) -> None:
        self.instructions.clear()
        self.further.clear()
        if view is None:
            return
        self.executor.setCurrentIndex(max(self.executor.findData(view.handler_login), 0))
        try:
            self.further.set_levels(*esc.levels_above(view.ticket_number))
        except FAILURES:
            self.further.set_levels(view.to_level, [])

    def instruct(self) -> None:
        view = self.current
        if view is None:
            return
        try:
            esc.instruct(view.id, self.instructions.toPlainText(), self.executor.currentData(),
                         actor=self.session.actor)
        except FAILURES as exc:
            self.said.emit(message_of(exc), True)
            return
        self.said.emit(self.tr("已对工单 %1 下达处理意见").replace("%1", view.ticket_number), False)
        self.changed.emit(view.ticket_number)
        self.refresh()

    def escalate_further(self) -> None:
        view = self.current
        if view is None:
            return
        values = self.further.values()
        try:
            new = esc.escalate_further(view.id, values["cause_analysis"],
                                       values["proposed_solution"], values["urgency"],
                                       actor=self.session.actor, level=values["level"],
                                       skip_reason=values["skip_reason"])
        except FAILURES as exc:
            if not (isinstance(exc, ValidationError) and self.further.show_error(exc)):
                self.said.emit(message_of(exc), True)
            return
        self.said.emit(self.tr("工单 %1 已上报给 %2").replace("%1", view.ticket_number)
                       .replace("%2", text_of(new.receiver_text)), False)
        self.changed.emit(view.ticket_number)
        self.refresh()


class FollowPanel(ListDetail):
    """我跟进的: escalations of my tickets; the instructions and my execution records."""
    changed = Signal(str)
    said = Signal(str, bool)

    def __init__(self, session, parent=None):
        actions = QGroupBox()
        super().__init__(actions, parent)
        self.session = session
        self.export_button = ExportButton(session, lambda: list_tables.escalations(False))
        self.head.addWidget(self.export_button)
        self.title_text = self.tr("我跟进的升级事项：%1 件")
        actions.setTitle(self.tr("执行与跟进"))
        self.kind = QComboBox()
        for code, text in labels("escalation_views", ENTRY_KINDS).items():
            self.kind.addItem(text, code)
        self.entry = QPlainTextEdit()
        self.entry.setPlaceholderText(self.tr("执行了什么、进展如何、与客户的沟通"))
        self.entry.setTabChangesFocus(True)
        self.entry.setFixedHeight(72)
        self.add_button = QPushButton(self.tr("添加记录"))
        self.add_button.clicked.connect(self.add_entry)
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("处理结果，如：客户已收到补发商品，表示满意"))
        self.complete_button = QPushButton(self.tr("处理完毕"))
        self.complete_button.clicked.connect(self.complete)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout(actions)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind)
        kind_row.addStretch(1)
        kind_row.addWidget(self.add_button)
        form.addRow(self.tr("记录(&R)："), self.entry)
        form.labelForField(self.entry).setBuddy(self.entry)
        form.addRow(self.tr("类型："), kind_row)
        done_row = QHBoxLayout()
        done_row.addWidget(self.result, 1)
        done_row.addWidget(self.complete_button)
        form.addRow(self.tr("处理结果："), done_row)
        form.addRow("", self.hint)

    def load_views(self) -> list:
        return followed_by(self.session.actor)

    def show_view(self, view) -> None:
        self.entry.clear()
        self.result.clear()
        instructed = view is not None and view.status == "instructed"
        self.result.setEnabled(instructed)
        self.complete_button.setEnabled(instructed)
        self.hint.setText("" if view is None or instructed
                          else self.tr("等待上级批示处理意见；可先记录跟进情况"))

    def add_entry(self) -> None:
        self._act(lambda view: esc.add_entry(view.id, self.kind.currentData(),
                                             self.entry.toPlainText(), actor=self.session.actor),
                  self.tr("已添加记录"))

    def complete(self) -> None:
        self._act(lambda view: esc.complete(view.id, self.result.text(),
                                            actor=self.session.actor),
                  self.tr("升级事项已处理完毕"))

    def _act(self, action, done_text: str) -> None:
        view = self.current
        if view is None:
            return
        try:
            action(view)
        except FAILURES as exc:
            self.said.emit(message_of(exc), True)
            return
        self.said.emit(done_text, False)
        self.changed.emit(view.ticket_number)
        self.refresh(keep=view.id)

