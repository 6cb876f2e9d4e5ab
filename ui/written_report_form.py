"""书面报告 after an exception is handled: cause, measures, lessons (seed 004 6.1). One per
ticket: once written it is shown read-only."""
from __future__ import annotations


from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
)

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services.exception_report import LABELS, write_report, written_reports
from ui.exception_report_parts import shown_time
from ui.field_errors import show_form_error, with_error
from ui.labels import QT_TRANSLATE_NOOP, with_colon

FIELDS = ("cause", "measures", "lessons")
PLACEHOLDERS = {"cause": QT_TRANSLATE_NOOP("WrittenReportDialog", "分析客诉原因：问题出在哪个环节、为什么发生"),
                "measures": QT_TRANSLATE_NOOP("WrittenReportDialog", "已采取和今后采取的措施"),
                "lessons": QT_TRANSLATE_NOOP("WrittenReportDialog", "需要全公司学习的经验与教训（报告定期在全公司通报）")}


class WrittenReportDialog(QDialog):
    saved = Signal(str)

    def __init__(self, number: str, session, parent=None):
        super().__init__(parent)
        self.number, self.session = number, session
        self.setWindowTitle(self.tr("书面报告 %1").replace("%1", number))
        self.fields: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.state = QLabel()
        self.state.setWordWrap(True)
        form = QFormLayout()
        for field in FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(self.tr(PLACEHOLDERS[field]))
            edit.setMinimumHeight(90)
            self.fields[field] = edit
            box, self.errors[field] = with_error(edit)
            form.addRow(with_colon(self.tr(LABELS[field])), box)
            form.labelForField(box).setBuddy(edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("提交书面报告"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.state)
        column.addLayout(form, 1)
        column.addWidget(self.message)
        column.addWidget(buttons)
        self.resize(640, 520)
        self.load()

    def load(self) -> None:
        reports = written_reports(number=self.number)
        report = reports[0] if reports else None
        for field, edit in self.fields.items():
            if report is not None:
                edit.setPlainText(getattr(report, field))
            edit.setReadOnly(report is not None)
        self.save_button.setVisible(report is None)
        self.state.setText(
            self.tr("已于 %1 由 %2 提交，不能再修改。").replace("%1", shown_time(report.written_at))
            .replace("%2", report.written_by) if report else
            self.tr("异常情况处理完毕后填写；物流异常工单须先提交书面报告才能结案。"))

    def save(self) -> None:
        self.message.hide()
        for label in self.errors.values():
            label.hide()
        texts = {f: edit.toPlainText() for f, edit in self.fields.items()}
        try:
            write_report(self.number, actor=self.session.actor, **texts)
        except (ValidationError, NotFoundError) as exc:
            show_form_error(self, exc)
            return
        self.load()
        self._say(self.tr("书面报告已提交"), error=False)
        self.saved.emit(self.number)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(f"color: {'#c62828' if error else '#1b5e20'}; padding: 4px;")
        self.message.setText(text)
        self.message.show()
