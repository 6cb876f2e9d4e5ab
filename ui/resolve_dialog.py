"""已解决…: how the ticket was resolved and what was done; the callback reads it to the customer."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout,
)

from aftersales_desktop.domain.callback_rules import RESOLUTION_KINDS
from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.domain.states import TransitionError
from ui.field_errors import show_form_error, with_error
from ui.labels import labels


class ResolveDialog(QDialog):
    """`submit(how, note)` resolves; on ConflictError it is expected to have reloaded the
    ticket, so the same input can be sent again."""

    def __init__(self, number: str, submit: Callable[[str, str], None], parent=None):
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("解决工单 %1").replace("%1", number))
        self.how = QComboBox()
        self.how.addItem(self.tr("请选择…"), None)
        for code, text in labels("callback_rules", RESOLUTION_KINDS).items():
            self.how.addItem(self.tr(text), code)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("为客户做了什么，如：已上门更换加热盘，试用正常"))
        self.note.setFixedHeight(90)
        self.fields = {"how": self.how, "note": self.note}
        self.errors = {}
        form = QFormLayout()
        for name, label in (("how", self.tr("处理方式")), ("note", self.tr("处理结果"))):
            box, self.errors[name] = with_error(self.fields[name])
            form.addRow(label, box)
        hint = QLabel(self.tr("保存后工单转为“已解决”，并自动安排回访；回访时会向客户说明处理结果。"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow("", hint)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("已解决"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _say(self, text: str, error: bool = True) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.hide()
        try:
            self.submit(self.how.currentData(), self.note.toPlainText())
        except ConflictError:
            self._say(self.tr("提交前已有人修改了这张工单，工单已刷新。您填写的内容仍保留，"
                              "核对后可再次点“已解决”。"))
            return
        except ValidationError as exc:
            show_form_error(self, exc)
            return
        except TransitionError as exc:
            self._say(str(exc))
            return
        super().accept()
