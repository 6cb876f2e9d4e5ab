"""One escalation shown to people: the ticket in brief, the report, the instructions and every
execution and follow-up record; and the list-plus-detail frame both 升级 panels share."""
from __future__ import annotations

from datetime import timezone

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.services.escalation_views import ENTRY_KINDS, STATUSES, URGENCIES
from ui.labels import label
from ui.messages import text_of



def local(value) -> str:
    if value is None:
        return ""
    return value.replace(tzinfo=timezone.utc).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
        .replace("\n", "<br>")


def _table(rows) -> str:
    cells = "".join(f"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>{k}</td>"
                    f"<td>{_escape(str(v))}</td></tr>" for k, v in rows if v)
    return f"<table>{cells}</table>"


def list_text(view) -> str:
    return (f"{view.ticket_number}　{label('escalation_views', URGENCIES[view.urgency])}　{label('escalation_views', STATUSES[view.status])}\n"
            f"{local(view.created_at)}　{view.ticket_summary}")


def report_html(view) -> str:
    origin = {"serious": label("EscalationDetail", "预计有严重后果，立即上报"),
              "automatic": label("EscalationDetail", "系统自动升级：%1").replace("%1", view.reason or "")}
    head = [(label("EscalationDetail", "工单号"), view.ticket_number), (label("EscalationDetail", "客户"), view.customer_name),
            (label("EscalationDetail", "处理人"), view.handler_name), (label("EscalationDetail", "问题描述"), view.ticket_summary)]
    report = [(label("EscalationDetail", "上报人"), view.from_name or label("EscalationDetail", "系统")), (label("EscalationDetail", "上报给"), text_of(view.receiver_text)),
              (label("EscalationDetail", "上报时间"), local(view.created_at)), (label("EscalationDetail", "紧急程度"), label("escalation_views", URGENCIES[view.urgency])),
              (label("EscalationDetail", "状态"), label("escalation_views", STATUSES[view.status])), (label("EscalationDetail", "说明"), origin.get(view.origin)),
              (label("EscalationDetail", "越级理由"), view.skip_reason), (label("EscalationDetail", "原因分析"), view.cause_analysis),
              (label("EscalationDetail", "解决方案"), view.proposed_solution)]
    parts = ["<b>" + label("EscalationDetail", "工单概要") + "</b>", _table(head), "<b>" + label("EscalationDetail", "上报内容") + "</b>", _table(report)]
    if view.instructions:
        parts += ["<b>" + label("EscalationDetail", "处理意见") + "</b>", _table([
            (label("EscalationDetail", "批示人"), view.instructed_by), (label("EscalationDetail", "批示时间"), local(view.instructed_at)),
            (label("EscalationDetail", "处理意见"), view.instructions), (label("EscalationDetail", "执行人"), view.executor_name)])]
    if view.entries:
        parts += ["<b>" + label("EscalationDetail", "执行与跟进记录") + "</b>", _table([
            (f"{local(e.at)} {label('escalation_views', ENTRY_KINDS[e.kind])}", f"{e.text}（{e.staff_name}）")
            for e in view.entries])]
    if view.result:
        parts += ["<b>" + label("EscalationDetail", "处理结果") + "</b>", _table([(local(view.done_at), view.result)])]
    return "".join(parts)


class ListDetail(QWidget):
    """A list of escalations on the left; the selected one and `actions` on the right."""

    title_text = "%1"

    def __init__(self, actions: QWidget, parent=None):
        super().__init__(parent)
        self.views: list = []
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setStyleSheet("QListWidget::item { padding: 4px; }")
        self.list.currentRowChanged.connect(self._selected)
        self.title = QLabel()
        refresh = QPushButton(self.tr("刷新"))
        refresh.clicked.connect(self.refresh)
        left = QWidget()
        column = QVBoxLayout(left)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(refresh)
        self.head = head
        column.addLayout(head)
        column.addWidget(self.list, 1)
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.RichText)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report.setAlignment(Qt.AlignmentFlag.AlignTop)
        report_box = QGroupBox(self.tr("升级事项"))
        QVBoxLayout(report_box).addWidget(self.report)
        body = QWidget()
        right = QVBoxLayout(body)
        right.addWidget(report_box)
        right.addWidget(actions)
        right.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.actions = actions
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def load_views(self) -> list:
        raise NotImplementedError

    def refresh(self, keep: int | None = None, quiet: bool = False) -> None:
        """Reload the list. `quiet` (changes made elsewhere): the selected escalation's report
        is updated, what is typed in its actions stays."""
        current = keep or (self.current.id if self.current else None)
        self.views = self.load_views()
        self.list.blockSignals(True)
        self.list.clear()
        for view in self.views:
            item = QListWidgetItem(list_text(view))
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.title.setText(self.title_text.replace("%1", str(len(self.views))))
        ids = [view.id for view in self.views]
        if ids and quiet and current in ids:
            self.list.blockSignals(True)
            self.list.setCurrentRow(ids.index(current))
            self.list.blockSignals(False)
            self.report.setText(report_html(self.current))
        elif ids:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
            self._selected(self.list.currentRow())
        else:
            self._selected(-1)

    @property
    def current(self):
        row = self.list.currentRow()
        return self.views[row] if 0 <= row < len(self.views) else None

    def _selected(self, row: int) -> None:
        view = self.views[row] if 0 <= row < len(self.views) else None
        self.report.setText(report_html(view) if view else self.tr("没有升级事项"))
        self.actions.setEnabled(view is not None)
        self.show_view(view)

    def show_view(self, view) -> None:
        """Fill the actions for `view` (None when the list is empty)."""
