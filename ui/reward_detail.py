"""One reward or penalty record on the 奖罚 screen: what it says, who proposed and decided,
and what can be done next — 批准 / 驳回 with a comment, 修改…, 下发, 打印通知书…, 归档."""
from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
)

from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.permissions import APPROVE_REWARDS
from aftersales_desktop.domain.rewards import PRINTABLE, yuan_text
from aftersales_desktop.services import reward_approval
from aftersales_desktop.services.reward_notice import proposer_text
from aftersales_desktop.services.reward_rows import RecordRow
from ui.field_errors import with_error
from ui.labels import QT_TRANSLATE_NOOP, label, with_colon
from ui.messages import message_text

LINES = (("recipient", QT_TRANSLATE_NOOP("RecordDetail", "对象")), ("facts", QT_TRANSLATE_NOOP("RecordDetail", "事实经过")), ("basis", QT_TRANSLATE_NOOP("RecordDetail", "依据")), ("measure", QT_TRANSLATE_NOOP("RecordDetail", "措施")),
         ("amount", QT_TRANSLATE_NOOP("RecordDetail", "金额")), ("tickets", QT_TRANSLATE_NOOP("RecordDetail", "涉及工单")), ("proposer", QT_TRANSLATE_NOOP("RecordDetail", "提议")),
         ("approvals", QT_TRANSLATE_NOOP("RecordDetail", "审批")), ("issued", QT_TRANSLATE_NOOP("RecordDetail", "下发 / 归档")))
DECISIONS = {"approve": QT_TRANSLATE_NOOP("RecordDetail", "批准"), "reject": QT_TRANSLATE_NOOP("RecordDetail", "驳回")}


def _when(value) -> str:
    return to_local(value).strftime("%Y-%m-%d %H:%M") if value else ""


class RecordDetail(QGroupBox):
    changed = Signal(str)
    edit_requested = Signal(object)  # the RecordRow
    print_requested = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(self.tr("记录"), parent)
        self.session, self.row = session, None
        self.lines: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in LINES:
            self.lines[key] = QLabel()
            self.lines[key].setWordWrap(True)
            self.lines[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(with_colon(self.tr(label)), self.lines[key])
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("审批意见（驳回时必填）"))
        self.comment.setMaximumHeight(70)
        comment_box, self.comment_error = with_error(self.comment)
        self.comment_label = QLabel(self.tr("审批意见(&C)："))
        self.comment_label.setBuddy(self.comment)
        form.addRow(self.comment_label, comment_box)
        self.buttons = {}
        row = QHBoxLayout()
        for key, text in (("approve", self.tr("批准")), ("reject", self.tr("驳回")), ("edit", self.tr("修改…")),
                          ("issue", self.tr("下发")), ("print", self.tr("打印通知书…")), ("archive", self.tr("归档"))):
            self.buttons[key] = QPushButton(self.tr(text))
            self.buttons[key].clicked.connect(lambda _=False, k=key: self.act(k))
            row.addWidget(self.buttons[key])
        row.addStretch(1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addLayout(row)
        column.addWidget(self.error)
        column.addWidget(self.hint)
        column.addStretch(1)
        self.show_row(None)

    def show_row(self, row: RecordRow | None) -> None:
        self.row = row
        self.comment_error.hide()
        self.error.hide()
        self.setTitle(self.tr("记录 %1 · %2 · %3").replace("%1", row.number)
                      .replace("%2", label("rewards", row.kind_label))
                      .replace("%3", label("rewards", row.status_label))
                      if row else self.tr("请在左侧选择一条记录"))
        for line in self.lines.values():
            line.setText("")
        for button in self.buttons.values():
            button.setVisible(False)
        self.comment.setVisible(False)
        self.comment_label.setVisible(False)
        self.hint.setText("")
        if row is None:
            return
        self._fill(row)
        self._actions(row)

    def _fill(self, r: RecordRow) -> None:
        where = (f"（{r.department}）" if r.department and r.recipient_kind == "staff"
                 else self.tr("（运输协议 %1）").replace("%1", r.agreement_no) if r.agreement_no else "")
        money = self.tr("%1 元").replace("%1", r.amount_text) if r.amount_fen is not None else self.tr("（无金额）")
        if r.goods_value_fen is not None:
            money += self.tr("，货值 %1 元").replace("%1", yuan_text(r.goods_value_fen))
        elif r.clause_id and r.amount_fen is None:
            money = self.tr("按货值比例计罚：请填写货值（修改…）")
        approvals = [f"{a.role} {a.name} {DECISIONS[a.decision]} {_when(a.at)}"
                     + (f"：{a.comment}" if a.comment else "") for a in r.approvals]
        need = self.tr("需 %1 人批准").replace("%1", str(r.required_approvals))
        texts = {"recipient": f"{label('rewards', r.recipient_label)} {r.recipient}{where}", "facts": r.facts,
                 "basis": r.basis or "—", "measure": r.measure, "amount": money,
                 "tickets": "、".join(r.tickets) or "—",
                 "proposer": f"{proposer_text(r)}　{_when(r.proposed_at)}",
                 "approvals": "\n".join(approvals + [need]),
                 "issued": " / ".join(str(d) for d in (r.issued_on, r.archived_on) if d) or "—"}
        for key, text in texts.items():
            self.lines[key].setText(text)

    def _actions(self, r: RecordRow) -> None:
        may = self.session.can(APPROVE_REWARDS)
        mine = self.session.actor in (r.proposer_login, r.recipient_login)
        decided = self.session.actor in [a.login for a in r.approvals]
        deciding = may and r.status == "proposed" and not mine and not decided
        for key in ("approve", "reject"):
            self.buttons[key].setVisible(deciding)
        self.comment.setVisible(deciding)
        self.comment_label.setVisible(deciding)
        self.buttons["edit"].setVisible(may and r.status == "proposed" and not r.approvals)
        self.buttons["issue"].setVisible(may and r.status == "approved")
        self.buttons["archive"].setVisible(may and r.status == "issued")
        self.buttons["print"].setVisible(r.status in PRINTABLE)
        if may and r.status == "proposed" and mine:
            self.hint.setText(self.tr("这条记录由您提议或与您有关，须由其他审批人审批。"))
        elif may and r.status == "proposed" and decided:
            self.hint.setText(self.tr("您已批准，还需另一位审批人批准。"))

    def act(self, key: str) -> None:
        row = self.row
        if row is None:
            return
        if key == "edit":
            self.edit_requested.emit(row)
            return
        if key == "print":
            self.print_requested.emit(row.number)
            return
        self.comment_error.hide()
        self.error.hide()
        action = getattr(reward_approval, key)
        args = (self.comment.toPlainText(),) if key in ("approve", "reject") else ()
        try:
            done = action(row.id, self.session.actor, *args)
        except (ValidationError, NotFoundError) as exc:
            text = message_text(exc) if isinstance(exc, ValidationError) else str(exc)
            label = (self.comment_error if getattr(exc, "field", None) == "comment"
                     and self.comment.isVisible() else self.error)
            label.setText(text)
            label.show()
            if label is self.comment_error:
                self.comment.setFocus()
            return
        self.comment.clear()
        self.changed.emit(done.number)
