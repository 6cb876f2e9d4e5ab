"""The review of one sampled ticket (内部监督): 合格/不合格, the findings, 保存评定 (Ctrl+S)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.services.spot_checks import record_review
from ui.field_errors import show_form_error, with_error


class SpotReviewForm(QGroupBox):
    saved = Signal(object)  # SpotItemRow
    open_ticket = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("评定"))
        self.session = session
        self.item = None
        self.ticket_label = QLabel()
        self.ticket_label.setWordWrap(True)
        self.passed = QRadioButton(self.tr("合格"))
        self.failed = QRadioButton(self.tr("不合格"))
        self.choice = QButtonGroup(self)
        for button in (self.passed, self.failed):
            self.choice.addButton(button)
        choices = QWidget()
        row = QHBoxLayout(choices)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.passed)
        row.addWidget(self.failed)
        row.addStretch(1)
        self.findings = QPlainTextEdit()
        self.findings.setPlaceholderText(self.tr("不合格时必填：发现的问题（如：未按时回访、处理结果未告知客户）"))
        self.findings.setMaximumHeight(90)
        result_box, result_error = with_error(choices)
        findings_box, findings_error = with_error(self.findings)
        self.errors = {"result": result_error, "findings": findings_error}
        self.fields = {"result": self.passed, "findings": self.findings}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存评定"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.open_button = QPushButton(self.tr("打开工单"))
        self.open_button.clicked.connect(
            lambda: self.item and self.open_ticket.emit(self.item.ticket_number))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        form = QFormLayout()
        form.addRow(self.tr("工单"), self.ticket_label)
        form.addRow(self.tr("结果"), result_box)
        form.addRow(self.tr("发现的问题"), findings_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.show_item(None)

    def show_item(self, item) -> None:
        self.item = item
        for label in self.errors.values():
            label.hide()
        self.message.clear()
        self.setEnabled(item is not None)
        if item is None:
            self.ticket_label.setText(self.tr("请在上方选择一张抽中的工单"))
            self.findings.clear()
            return
        self.ticket_label.setText(f"{item.ticket_number} · {item.category or ''} · "
                                  f"{item.description[:60]}")
        self.choice.setExclusive(False)
        self.passed.setChecked(item.result == "pass")
        self.failed.setChecked(item.result == "fail")
        self.choice.setExclusive(True)
        self.findings.setPlainText(item.findings or "")

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message.setText(text)

    def save(self) -> None:
        if self.item is None:
            return
        for label in self.errors.values():
            label.hide()
        result = "pass" if self.passed.isChecked() else "fail" if self.failed.isChecked() else ""
        try:
            saved = record_review(self.session.actor, self.item.id, result,
                                  self.findings.toPlainText(), expect_version=self.item.version)
        except ValidationError as exc:  # a refusal (PermissionDenied) too: the message line
            show_form_error(self, exc)
            return
        except ConflictError:
            self._say(self.tr("这张工单的评定已被他人修改，请刷新后再评定（您填写的内容仍在）"),
                      error=True)
            return
        self.item = saved
        self._say(self.tr("已保存：%1 %2").replace("%1", saved.ticket_number)
                  .replace("%2", saved.result_label))
        self.saved.emit(saved)
