"""The 异常情况汇报表… and 书面报告… buttons of a logistics ticket's screen."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from ui.exception_report_form import ExceptionReportDialog
from ui.labels import QT_TRANSLATE_NOOP
from ui.written_report_form import WrittenReportDialog


def report_buttons(parent: QWidget, number: str, session,
                   saved: Callable[[str], None]) -> list[QPushButton]:
    """Each opens its dialog (kept as parent.report_dialog); `saved(number)` after a save."""
    buttons = []
    for name, text, dialog_class in (("exception_report", QT_TRANSLATE_NOOP("ReportButtons", "异常情况汇报表…"),
                                      ExceptionReportDialog),
                                     ("written_report", QT_TRANSLATE_NOOP("ReportButtons", "书面报告…"),
                                      WrittenReportDialog)):
        button = QPushButton(QCoreApplication.translate("ReportButtons", text))
        button.setObjectName(f"action_{name}")
        button.clicked.connect(lambda _=False, c=dialog_class: _open(parent, c, number, session,
                                                                    saved))
        buttons.append(button)
    return buttons


def _open(parent: QWidget, dialog_class, number: str, session, saved) -> None:
    parent.report_dialog = dialog_class(number, session, parent)
    parent.report_dialog.saved.connect(saved)
    parent.report_dialog.open()
