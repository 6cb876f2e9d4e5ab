"""设置 › 单位信息: the company name printed at the top of every document."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.company import MAX_LENGTH, company_name, set_company_name
from ui.field_errors import with_error


class CompanyPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_LENGTH + 20)  # longer is refused with a message, not cut off
        self.name.setPlaceholderText(self.tr("未设置单位名称"))
        self.name.returnPressed.connect(self.save)
        box, self.error = with_error(self.name)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.state = QLabel()
        self.state.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("单位名称"), box)
        form.addRow("", self.save_button)
        hint = QLabel(self.tr("单位名称印在每份打印件（登记表、通知书、汇报表、服务记录、受理单）的页眉。"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.error.hide()
        self.name.setText(company_name() or "")
        self._show_state()

    def _show_state(self, saved: bool = False) -> None:
        if company_name() is None:
            self.state.setStyleSheet("QLabel { background: #fff3cd; color: #6d4c00; padding: 6px; }")
            self.state.setText(self.tr("尚未设置单位名称：打印件页眉会显示“未设置单位名称”。"))
        else:
            self.state.setStyleSheet("color: #2e7d32;")
            self.state.setText(self.tr("已保存。") if saved else "")

    def save(self) -> None:
        self.error.hide()
        try:
            set_company_name(self.name.text(), actor=self.session.actor)
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.name.setFocus()
            return
        self.name.setText(company_name() or "")
        self._show_state(saved=True)
