"""异常情况汇报表 (seed 004 6.3-1) of a logistics ticket: the report's own fields, the 10-minute
rule, and what the escalations supply, read-only. Only changed fields are saved."""
from __future__ import annotations


from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QTextBrowser, QVBoxLayout,
)

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.masking import mask_phone as mask
from aftersales_desktop.services.exception_report import (
    LABELS, exception_report, save_exception_report, ten_minute_rule,
)
from aftersales_desktop.services.staff import list_staff
from aftersales_desktop.services.ticket_queries import view_ticket
from ui.exception_report_parts import (
    escalation_html, rule_html, shown_time, typed_date, typed_time,
)
from ui.field_errors import show_form_error, with_error
from ui.labels import QT_TRANSLATE_NOOP, with_colon

TEXTS = ("what_happened", "customer_communication", "callback_result", "reward_penalty")
LINES = ("occurred_at", "info_received_at", "reported_at", "documents", "responsibility",
         "archived_on")
PLACEHOLDERS = {"occurred_at": "YYYY-MM-DD HH:MM", "info_received_at": "YYYY-MM-DD HH:MM",
                "reported_at": QT_TRANSLATE_NOOP("ExceptionReportDialog", "YYYY-MM-DD HH:MM（空：按第一次升级的时间）"),
                "archived_on": "YYYY-MM-DD", "documents": QT_TRANSLATE_NOOP("ExceptionReportDialog", "相关发货单、托运单或信息单号"),
                "what_happened": QT_TRANSLATE_NOOP("ExceptionReportDialog", "事件经过：信息准确、及时、真实")}


class ExceptionReportDialog(QDialog):
    saved = Signal(str)

    def __init__(self, number: str, session, parent=None):
        super().__init__(parent)
        self.number, self.session = number, session
        self.setWindowTitle(self.tr("异常情况汇报表 %1").replace("%1", number))
        self.fields: dict = {}
        self.errors: dict[str, QLabel] = {}
        self.loaded: dict[str, str] = {}
        self.data = None
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.rule = QLabel()
        self.escalations = QTextBrowser()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        own = QGroupBox(self.tr("汇报表"))
        form = QFormLayout()
        own_column = QVBoxLayout(own)
        own_column.addLayout(form)
        own_column.addStretch(1)
        for field in ("what_happened", "occurred_at", "info_received_at", "reported_at",
                      "reported_to", "rule", "documents", "customer_communication",
                      "callback_result", "responsibility", "reward_penalty", "archived_on"):
            if field == "rule":
                form.addRow(self.tr("十分钟汇报："), self.rule)
                continue
            widget = self._widget(field)
            box, self.errors[field] = with_error(widget)
            form.addRow(with_colon(self.tr(LABELS[field])), box)
            form.labelForField(box).setBuddy(widget)
        from_escalations = QGroupBox(self.tr("来自升级记录（只读）"))
        QVBoxLayout(from_escalations).addWidget(self.escalations)
        columns = QHBoxLayout()
        columns.addWidget(own, 3)
        columns.addWidget(from_escalations, 2)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.header)
        column.addLayout(columns, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)
        for field in ("info_received_at", "reported_at"):
            self.fields[field].textChanged.connect(self._show_rule)
        self.resize(980, 640)
        self.load()

    def _widget(self, field: str):
        if field == "reported_to":
            widget = QComboBox()
            widget.addItem("", None)
            for person in (s for s in list_staff() if s.active):
                widget.addItem(f"{person.name}（{person.login}）", person.login)
        elif field in TEXTS:
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(88 if field == "what_happened" else 52)
        else:
            widget = QLineEdit()
        if field in PLACEHOLDERS:
            widget.setPlaceholderText(self.tr(PLACEHOLDERS[field]))
        self.fields[field] = widget
        return widget

    # showing ------------------------------------------------------------------------------
    def load(self) -> None:
        ticket = view_ticket(self.number, self.session.actor)
        logistics = ticket.sections.get("logistics", {})
        self.header.setText(self.tr("工单 %1　客户：%2 %3　运单：%4 %5").replace("%1", self.number)
                            .replace("%2", ticket.customer.name or "")
                            .replace("%3", mask(ticket.customer.phone))
                            .replace("%4", logistics.get("waybill") or self.tr("未填"))
                            .replace("%5", logistics.get("carrier") or ""))
        try:
            self.data = exception_report(self.number)
        except NotFoundError:
            self.data = None
        data = self.data
        texts = {f: "" for f in (*TEXTS, *LINES)}
        if data is None:
            texts["info_received_at"] = shown_time(_naive(ticket.received_at))
        else:
            texts.update({f: getattr(data, f) or "" for f in TEXTS})
            texts.update({f: shown_time(getattr(data, f))
                          for f in ("occurred_at", "info_received_at", "reported_at")})
            texts.update(documents=data.documents or "", responsibility=data.responsibility or "",
                         archived_on=data.archived_on.isoformat() if data.archived_on else "")
        for field, text in texts.items():
            widget = self.fields[field]
            (widget.setPlainText if field in TEXTS else widget.setText)(text)
        combo = self.fields["reported_to"]
        names = {s.name: s.login for s in list_staff()}
        reported = data.reported_to if data else None
        combo.setItemText(0, self.tr("（按升级记录：%1）").replace("%1", reported)
                          if reported and reported not in names else "")
        combo.setCurrentIndex(max(0, combo.findData(names.get(reported or ""))))
        self.escalations.setHtml(escalation_html(data))
        self.loaded = self._texts()
        self._show_rule()

    def _texts(self) -> dict[str, str]:
        texts = {f: self.fields[f].toPlainText() for f in TEXTS}
        texts.update({f: self.fields[f].text() for f in LINES})
        texts["reported_to"] = self.fields["reported_to"].currentData() or ""
        return texts

    def _show_rule(self) -> None:
        try:
            received = typed_time("info_received_at", self.fields["info_received_at"].text())
            reported = typed_time("reported_at", self.fields["reported_at"].text())
        except ValidationError:
            received = None
        self.rule.setText(rule_html(received and ten_minute_rule(received, reported, utcnow())))

    # saving -------------------------------------------------------------------------------
    def values(self) -> dict:
        """The changed fields (all filled ones for a new report), converted for the service."""
        texts = self._texts()
        wanted = {f for f, t in texts.items()
                  if (t.strip() if self.data is None else t != self.loaded.get(f))}
        if self.data is None:
            wanted |= {"what_happened", "info_received_at"}
        values = {}
        for field in wanted:
            text = texts[field]
            if field in ("occurred_at", "info_received_at", "reported_at"):
                values[field] = typed_time(field, text)
            elif field == "archived_on":
                values[field] = typed_date(field, text)
            else:
                values[field] = text or None
        return values

    def save(self) -> None:
        self._clear_errors()
        try:
            values = self.values()
            if not values:
                self._say(self.tr("没有修改"), error=False)
                return
            save_exception_report(self.number, values, actor=self.session.actor)
        except (ValidationError, NotFoundError) as exc:
            show_form_error(self, exc)
            return
        self.load()
        self._say(self.tr("已保存"), error=False)
        self.saved.emit(self.number)

    def _clear_errors(self) -> None:
        self.message.hide()
        for label in self.errors.values():
            label.hide()

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#1b5e20'}; padding: 4px;")
        self.message.setText(text)
        self.message.show()


def _naive(iso: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=None)
