"""提议奖罚 (and 修改 of a proposal nobody has decided on): kind, whom it is for — a staff member,
a team or an outsourced carrier with the clause of its agreement — facts, measure, amount or
goods value, tickets. Refusals show under the field they name; nothing typed is lost."""
from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QVBoxLayout,
)

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.rewards import CARRIER, DEPARTMENT, KINDS, STAFF, yuan_text
from aftersales_desktop.services.carriers import carriers
from aftersales_desktop.services.reward_records import edit_record, propose, staff_choices
from aftersales_desktop.services.reward_rows import RecordRow
from aftersales_desktop.services.targets import choices
from ui.field_errors import show_form_error, with_error
from ui.labels import QT_TRANSLATE_NOOP, label, with_colon

SIDES = {"reward": QT_TRANSLATE_NOOP("ProposeDialog", "奖励"), "penalty": QT_TRANSLATE_NOOP("ProposeDialog", "处罚")}
ROWS = (("kind", QT_TRANSLATE_NOOP("ProposeDialog", "奖罚类别")), ("staff", QT_TRANSLATE_NOOP("ProposeDialog", "员工")), ("department", QT_TRANSLATE_NOOP("ProposeDialog", "团队（部门）")),
        ("carrier", QT_TRANSLATE_NOOP("ProposeDialog", "外协承运商")), ("clause", QT_TRANSLATE_NOOP("ProposeDialog", "协议条款")), ("goods_value", QT_TRANSLATE_NOOP("ProposeDialog", "货值（元）")),
        ("amount", QT_TRANSLATE_NOOP("ProposeDialog", "金额（元）")), ("measure", QT_TRANSLATE_NOOP("ProposeDialog", "奖罚措施")), ("basis", QT_TRANSLATE_NOOP("ProposeDialog", "依据")),
        ("facts", QT_TRANSLATE_NOOP("ProposeDialog", "事实经过")), ("tickets", QT_TRANSLATE_NOOP("ProposeDialog", "涉及工单")))


class ProposeDialog(QDialog):
    saved = Signal(str)  # the record's number

    def __init__(self, session, record: RecordRow | None = None, parent=None):
        super().__init__(parent)
        self.session, self.record = session, record
        self.setWindowTitle(self.tr("修改提议 %1").replace("%1", record.number) if record
                            else self.tr("提议奖罚"))
        self.fields, self.errors, self.labels = {}, {}, {}
        self.carrier_rows = carriers()
        form = QFormLayout()
        for key, label in ROWS:
            widget = self._widget(key)
            self.fields[key] = widget
            box, self.errors[key] = with_error(widget)
            self.labels[key] = QLabel(with_colon(self.tr(label)))
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.save_button = QPushButton(self.tr("保存修改") if record else self.tr("提交审批"))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.save_button.setDefault(True)  # once it is in the dialog: Enter submits
        self.fields["kind"].currentIndexChanged.connect(self._kind_changed)
        self.fields["carrier"].currentIndexChanged.connect(self._fill_clauses)
        self.fields["clause"].currentIndexChanged.connect(self._clause_changed)
        self._fill_clauses()
        self._kind_changed()
        if record is not None:
            self._load(record)
        self.resize(600, 540)

    def _widget(self, key: str):
        if key == "facts":
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr("经核查的事实：时间、经过、后果"))
            edit.setMinimumHeight(100)
            return edit
        if key in ("kind", "staff", "department", "carrier", "clause"):
            combo = QComboBox()
            if key in ("staff", "department", "carrier"):
                combo.addItem(self.tr("（请选择）"), None)
            items = {"kind": [(k.code, f"{self.tr(SIDES[k.side])} · {label('rewards', k.label)}") for k in KINDS.values()],
                     "staff": staff_choices(),
                     "department": [(n, n) for n in choices()[0]],
                     "carrier": [(c.name, c.name) for c in self.carrier_rows],
                     "clause": []}[key]
            for value, text in items:
                combo.addItem(self.tr(text) if key == "kind" else text, value)
            return combo
        edit = QLineEdit()
        edit.setPlaceholderText({"amount": self.tr("如 200 或 1250.50"), "goods_value":
                                 self.tr("按货值比例计罚时填写"), "tickets":
                                 self.tr("工单编号，多个用逗号分隔，如 SH20261122-0007"),
                                 "basis": self.tr("制度条款，如《客诉管理奖罚制度》第3条"),
                                 "measure": ""}[key])
        return edit

    def _kind_changed(self) -> None:
        kind = KINDS[self.fields["kind"].currentData()]
        shown = {"staff": kind.recipient == STAFF, "department": kind.recipient == DEPARTMENT,
                 "carrier": kind.recipient == CARRIER, "clause": kind.recipient == CARRIER,
                 "goods_value": kind.recipient == CARRIER, "amount": kind.recipient != CARRIER}
        for key, visible in shown.items():
            self.fields[key].parentWidget().setVisible(visible)
            self.labels[key].setVisible(visible)
        self.fields["measure"].setPlaceholderText(self.tr("默认：%1").replace("%1", kind.measure))
        self._clause_changed()

    def _fill_clauses(self) -> None:
        combo = self.fields["clause"]
        combo.clear()
        found = [c for c in self.carrier_rows if c.name == self.fields["carrier"].currentData()]
        for clause in found[0].clauses if found else ():
            combo.addItem(self.tr("第%1条 %2（%3）").replace("%1", clause.clause_no)
                          .replace("%2", clause.title).replace("%3", clause.terms), clause.id)

    def _clause_changed(self) -> None:
        carrier = [c for c in self.carrier_rows if c.name == self.fields["carrier"].currentData()]
        clause = next((c for c in carrier[0].clauses if c.id == self.fields["clause"]
                       .currentData()), None) if carrier else None
        if clause is not None:
            self.fields["basis"].setPlaceholderText(clause.basis(carrier[0].agreement_no))

    def _load(self, r: RecordRow) -> None:
        for key in ("kind", "staff", "department", "carrier"):
            combo = self.fields[key]
            value = {"kind": r.kind, "staff": r.recipient_login}.get(key, r.recipient)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.setEnabled(False)
        self.fields["clause"].setCurrentIndex(max(0, self.fields["clause"].findData(r.clause_id)))
        self.fields["clause"].setEnabled(False)
        self.fields["facts"].setPlainText(r.facts)
        for key, value in (("basis", r.basis), ("measure", r.measure),
                           ("amount", yuan_text(r.amount_fen)),
                           ("goods_value", yuan_text(r.goods_value_fen)),
                           ("tickets", "，".join(r.tickets))):
            self.fields[key].setText(value or "")

    def prefill(self, values: dict) -> None:
        """Start a new proposal from what the caller knows (a target that closed)."""
        for key in ("kind", "staff", "department"):
            if values.get(key):
                combo = self.fields[key]
                combo.setCurrentIndex(max(0, combo.findData(values[key])))
        if values.get("facts"):
            self.fields["facts"].setPlainText(values["facts"])

    def values(self) -> dict:
        out = {key: self.fields[key].text() for key in ("goods_value", "amount", "measure",
                                                       "basis", "tickets")}
        out["facts"] = self.fields["facts"].toPlainText()
        for key in ("kind", "staff", "department", "carrier", "clause"):
            out[key] = self.fields[key].currentData()
        return out

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.hide()
        values = self.values()
        try:
            if self.record is None:
                row = propose(values, self.session.actor)
            else:
                row = edit_record(self.record.id, {k: values[k] for k in (
                    "facts", "basis", "measure", "amount", "goods_value", "tickets")},
                    self.session.actor)
        except (ValidationError, NotFoundError) as exc:
            show_form_error(self, exc)
            return
        self.saved.emit(row.number)
        self.accept()
