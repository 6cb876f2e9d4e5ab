"""改派…: hand a ticket to another staff member, with a reason for the audit trail."""
from __future__ import annotations


from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.services.staff import list_staff
from ui.labels import QT_TRANSLATE_NOOP
from ui.messages import message_text

ABSENT = QT_TRANSLATE_NOOP("ReassignDialog", "（缺勤）")


class ReassignDialog(QDialog):
    """`submit(login, reason)` does the change; on ConflictError it is expected to have
    reloaded the ticket, so the same input can be sent again."""

    def __init__(self, number: str, current: str | None,
                 submit: Callable[[str, str], None], parent=None):
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("改派工单 %1").replace("%1", number))
        self.staff = QComboBox()
        model: QStandardItemModel = self.staff.model()
        first, absent = None, []
        for person in (s for s in list_staff() if s.active):
            text = f"{person.name}（{person.login}）"
            if person.login == current:
                text += self.tr("（当前处理人）")
            self.staff.addItem(text + (self.tr(ABSENT) if person.absent else ""), person.login)
            if person.absent:  # reassign() refuses them; shown so the clerk sees why
                model.item(self.staff.count() - 1).setEnabled(False)
                absent.append(person.name)
            elif first is None and person.login != current:
                first = self.staff.count() - 1
        self.staff.setCurrentIndex(first if first is not None else 0)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如 原处理人休假，转交同组同事"))
        self.reason.setMaxLength(500)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("新处理人"), self.staff)
        form.addRow(self.tr("改派原因"), self.reason)
        if absent:
            hint = QLabel(self.tr("缺勤，不能改派给：") + "、".join(absent))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            form.addRow("", hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("改派"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        if not self.reason.text().strip():
            self._error(self.tr("请写明改派原因。"))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            self.submit(self.staff.currentData(), self.reason.text().strip())
        except ConflictError:
            self._error(self.tr("提交前已有人修改了这张工单，工单已刷新。"
                                "您填写的内容仍保留，核对后可再次点“改派”。"))
            return
        except ValidationError as exc:
            self._error({"assignee": self.tr("所选人员缺勤或已停用，请另选。"),
                         "state": self.tr("工单当前的状态不能改派。")}.get(exc.field, message_text(exc)))
            return
        super().accept()
