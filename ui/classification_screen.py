"""分类: the queue of verified tickets; confirm category, impact and priority; policy review."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget,
)

from aftersales_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from aftersales_desktop.domain.states import TransitionError
from aftersales_desktop.services.assignment import choose
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.classification import classify
from aftersales_desktop.services.classification_queue import (
    assess, load_case, preview_review, queue,
)
from aftersales_desktop.services import list_tables
from ui.caller_panel import local_time
from ui.export_button import ExportButton
from ui.classification_form import ClassificationForm
from ui.queue_layout import detail_pane, queue_and_detail
from ui.messages import message_text


class ClassificationScreen(QWidget):
    changed = Signal(str)
    open_ticket = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.case = None
        self._loading = False
        self.form = ClassificationForm(active_categories())
        self.form.changed.connect(self.update_previews)
        self._build()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.confirm)
        self.refresh()

    def _build(self) -> None:
        self.queue_list = QListWidget()
        self.queue_list.setWordWrap(True)
        self.queue_list.setAlternatingRowColors(True)
        self.queue_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.queue_list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.queue_list.currentItemChanged.connect(self._selected)
        self.queue_title = QLabel()
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        left = QWidget()
        column = QVBoxLayout(left)
        head = QHBoxLayout()
        head.addWidget(self.queue_title, 1)
        head.addWidget(refresh)
        self.export_button = ExportButton(self.session, list_tables.classification)
        head.addWidget(self.export_button)
        column.addLayout(head)
        column.addWidget(self.queue_list, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_box = QGroupBox(self.tr("工单概要"))
        QVBoxLayout(summary_box).addWidget(self.summary)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.confirm_button = QPushButton(self.tr("确认分类"))
        self.confirm_button.setDefault(True)
        self.confirm_button.setToolTip(self.tr("Ctrl+Enter"))
        self.confirm_button.clicked.connect(self.confirm)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Ctrl+Enter 确认")))
        actions.addWidget(self.confirm_button)
        body = QWidget()
        right = QVBoxLayout(body)
        right.addWidget(summary_box)
        right.addWidget(self.form)
        right.addStretch(1)
        self.detail = detail_pane(body, self.message, actions)
        queue_and_detail(self, left, self.detail, [360, 900])

    # the queue ----------------------------------------------------------------------------
    def refresh(self, keep: str | None = None, quiet: bool = False) -> None:
        """Reload the queue. `quiet` (changes made elsewhere): the ticket being classified
        stays in the form as typed when it still waits."""
        items = queue(viewer=self.session.actor)
        current = keep or (self.case.number if self.case else None)
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        for entry in items:
            item = QListWidgetItem(f"{entry.number}　{entry.customer_name or ''}\n"
                                   f"{local_time(entry.received_at)}　{entry.summary}")
            item.setData(Qt.ItemDataRole.UserRole, entry.number)
            self.queue_list.addItem(item)
        self.queue_list.blockSignals(False)
        self.queue_title.setText(self.tr("待分类工单：%1 张（最早的在前）")
                                 .replace("%1", str(len(items))))
        numbers = [entry.number for entry in items]
        row = numbers.index(current) if current in numbers else 0
        if items and quiet and current in numbers:
            self.queue_list.blockSignals(True)
            self.queue_list.setCurrentRow(row)
            self.queue_list.blockSignals(False)
        elif items:
            self.queue_list.setCurrentRow(row)
        else:
            self.case = None
            self.detail.setEnabled(False)
            self.summary.setText(self.tr("没有等待分类的工单"))

    def select(self, number: str) -> None:
        """Show `number` if it waits in the queue."""
        for row in range(self.queue_list.count()):
            if self.queue_list.item(row).data(Qt.ItemDataRole.UserRole) == number:
                self.queue_list.setCurrentRow(row)

    def _selected(self, item, _previous=None) -> None:
        if item is not None:
            self.load(item.data(Qt.ItemDataRole.UserRole))

    def load(self, number: str) -> bool:
        try:
            self.case = load_case(number)
        except NotFoundError:
            self._say(self.tr("找不到工单 %1").replace("%1", number), error=True)
            return False
        self.detail.setEnabled(True)
        self.summary.setText(self._summary_html(self.case))
        self._loading = True
        try:
            self.form.set_case(self.case)
        finally:
            self._loading = False
        self.update_previews()
        return True

    def _summary_html(self, case) -> str:
        rows = [(self.tr("工单号"), case.number), (self.tr("受理时间"), local_time(case.received_at)),
                (self.tr("客户"), case.customer_name or ""), (self.tr("商品"), case.product or ""),
                (self.tr("订单号"), case.order_number or ""),
                (self.tr("购买日期"), case.purchased_on.isoformat() if case.purchased_on else ""),
                (self.tr("线路/网点"), case.branch or ""),
                (self.tr("证据"), self.tr("%n 个文件", "", case.evidence_files)),
                (self.tr("问题描述"), case.description)]
        cells = "".join(f"<tr><td style='color:#555;padding-right:12px'>{k}</td>"
                        f"<td>{_escape(v)}</td></tr>" for k, v in rows if v)
        return f"<table>{cells}</table>"

    # previews -----------------------------------------------------------------------------
    def update_previews(self) -> None:
        if self.case is None or self._loading:
            return
        values = self.form.values()
        try:
            self.form.set_suggested_priority(assess(values["impact"]))
        except ValidationError:
            self.form.set_suggested_priority(None)
        category, sub = values["category"], values["subcategory"]
        try:
            outcome = preview_review(self.case.number, category, sub, values["delivered_on"]) \
                if category else None
        except ValidationError as exc:
            outcome = None
            self._say(message_text(exc), error=True)
        self.form.set_review(outcome)
        self.form.assignment_label.setText(
            self.tr("（驳回后不分派）") if self.form.rejecting()
            else choose(category, sub, self.case.branch).text() if category else "")
        self.confirm_button.setText(self.tr("驳回申请") if self.form.rejecting()
                                    else self.tr("确认分类"))

    # confirming ---------------------------------------------------------------------------
    def confirm(self) -> None:
        if self.case is None:
            return
        values = self.form.values()
        if self.form.failed and not self.form.rejecting() and not values["review_override"].strip():
            self._say(self.tr("人工放行须写明原因"), error=True)
            self.form.review_override.setFocus()
            return
        try:
            result = classify(self.case.number, values["category"], values["subcategory"],
                              values["priority"], values["impact"],
                              override_reason=values["override_reason"],
                              actor=self.session.actor, expect_version=self.case.version,
                              review_override=values["review_override"],
                              delivered_on=values["delivered_on"])
        except ConflictError:
            self.load(self.case.number)
            self._say(self.tr("这张工单刚被他人修改，已重新载入，请核对后再确认"), error=True)
            return
        except (ValidationError, TransitionError) as exc:
            self._say(message_text(exc) if isinstance(exc, ValidationError) else str(exc), error=True)
            return
        if result.state == "rejected":
            text = self.tr("工单 %1 已驳回。请向客户宣读：").replace("%1", result.number) \
                + "\n" + result.rejection_notice
        else:
            text = self.tr("工单 %1 已分类。分派：").replace("%1", result.number) \
                + result.assignment.text()
        self.case = None
        self.changed.emit(result.number)
        self.refresh()
        self._say(text, error=result.state == "rejected")

    def _say(self, text: str, error: bool = False) -> None:
        color = "#c62828" if error else "#1b5e20"
        self.message.setStyleSheet(f"color: {color}; padding: 4px;")
        self.message.setText(text)
        self.message.show()

    def focus_queue(self) -> None:
        self.queue_list.setFocus()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
