"""设置 › 个人信息 (PIPL): a customer's request to see a copy of their data or to have it deleted.
Find the customer, export everything about them (JSON or Excel; masked unless the full contact
data is asked for and allowed), or anonymise them after a typed confirmation. Below: the
retention period of personal data (ui.retention_box)."""
from __future__ import annotations


from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel,
    QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import (
    ANONYMISE, EDIT_SETTINGS, EXPORT, REVEAL_PERSONAL,
)
from aftersales_desktop.domain.scrub import REDACTED
from aftersales_desktop.services.anonymise import anonymise_customer
from aftersales_desktop.services.customer_export import export_customer
from aftersales_desktop.services.customer_lookup import find_customers
from ui.labels import QT_TRANSLATE_NOOP
from ui.retention_box import RetentionBox
from ui.row_table import row_table
from ui.messages import message_text

HEADERS = (QT_TRANSLATE_NOOP("PersonalDataPage", "客户"), QT_TRANSLATE_NOOP("PersonalDataPage", "电话"), QT_TRANSLATE_NOOP("PersonalDataPage", "工单数"), QT_TRANSLATE_NOOP("PersonalDataPage", "最近的工单"), QT_TRANSLATE_NOOP("PersonalDataPage", "状态"))
CONFIRM_WORD = QT_TRANSLATE_NOOP("PersonalDataPage", "删除")


class PersonalDataPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.matches = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("客户电话、工单号、订单号或完整姓名，按 Enter 查找"))
        self.search.returnPressed.connect(self.find)
        find = QPushButton(self.tr("查找(&F)"))
        find.clicked.connect(self.find)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(find)
        self.table = row_table([self.tr(h) for h in HEADERS], (120, 120, 70, 170, 0))
        self.table.setMinimumHeight(140)
        self.table.itemSelectionChanged.connect(self._enable)
        self.unmasked = QCheckBox(self.tr("包含完整的电话、邮箱和地址（记入审计日志）"))
        self.unmasked.setVisible(session.can(REVEAL_PERSONAL) and session.can(EXPORT))
        self.json_button = QPushButton(self.tr("导出 JSON…"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.anonymise_button = QPushButton(self.tr("删除个人信息（匿名化）…"))
        self.anonymise_button.setStyleSheet("color: #c62828;")
        self.anonymise_button.clicked.connect(self.anonymise)
        buttons = QHBoxLayout()
        for widget in (self.json_button, self.xlsx_button, self.unmasked):
            buttons.addWidget(widget)
        self.json_button.setVisible(session.can(EXPORT))
        self.xlsx_button.setVisible(session.can(EXPORT))
        buttons.addStretch(1)
        buttons.addWidget(self.anonymise_button)
        self.anonymise_button.setVisible(session.can(ANONYMISE))
        self.message = QLabel()
        self.message.setWordWrap(True)
        intro = QLabel(self.tr("客户要求查阅、复制或删除其个人信息时使用。导出只包含您有权查看的工单；"
                               "匿名化后工单保留用于统计，客户的姓名、联系方式、订单号、证据文件等"
                               "全部删除，无法恢复。"))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retention = None
        if session.can(EDIT_SETTINGS) or session.can(ANONYMISE):
            self.retention = RetentionBox(session)
            layout.addWidget(self.retention)
        self._enable()

    def refresh(self) -> None:
        if self.search.text().strip():
            self.find()
        if self.retention:
            self.retention.refresh()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def find(self) -> None:
        self.matches = find_customers(self.search.text(), self.session.actor)
        self._fill()
        if self.matches:
            self._say(self.tr("找到 %1 位客户").replace("%1", str(len(self.matches))))
        else:
            self._say(self.tr("没有找到：请输入完整的电话、工单号、订单号或姓名"), error=True)

    def _fill(self, select: int = 0) -> None:
        self.table.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            cells = (match.name or "", match.phone, str(match.tickets), match.last_ticket,
                     self.tr("已匿名") if match.anonymised else "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.matches:
            self.table.selectRow(select)
        self._enable()

    def selected(self):
        row = self.table.currentRow()
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def _enable(self) -> None:
        match = self.selected()
        for button in (self.json_button, self.xlsx_button):
            button.setEnabled(match is not None)
        self.anonymise_button.setEnabled(match is not None and not match.anonymised)

    def export(self, fmt: str) -> None:
        match = self.selected()
        if match is None:
            return
        suffix = {"json": "JSON (*.json)", "xlsx": "Excel (*.xlsx)"}[fmt]
        name = self.tr("客户%1-个人信息").replace("%1", str(match.id)) + f".{fmt}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出客户个人信息"), name, suffix)
        if not path:
            return
        try:
            report = export_customer(match.id, self.session.actor, path, fmt,
                                     unmasked=self.unmasked.isChecked())
        except ValidationError as exc:
            self._say(message_text(exc), error=True)
            return
        self._say(self.tr("已导出 %1 张工单到 %2（%3）").replace("%1", str(report.tickets))
                  .replace("%2", str(report.path))
                  .replace("%3", self.tr("电话、邮箱和地址已隐去") if report.masked
                           else self.tr("完整信息，已记入审计日志")))

    def anonymise(self) -> None:
        match = self.selected()
        if match is None or match.anonymised:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("删除个人信息"),
            self.tr("将删除客户 %1（%2）在 %3 张工单中的全部个人信息：姓名、电话、邮箱、地址、"
                    "订单号、运单号、证据文件，以及描述和记录中提到的这些内容。工单保留用于统计。"
                    "\n此操作无法撤销。确认请输入“%4”：")
            .replace("%1", match.name or "").replace("%2", match.phone)
            .replace("%3", str(match.tickets)).replace("%4", CONFIRM_WORD))
        if not ok:
            return
        if text.strip() != CONFIRM_WORD:
            self._say(self.tr("未删除：需要输入“%1”确认").replace("%1", CONFIRM_WORD), error=True)
            return
        try:
            report = anonymise_customer(match.id, self.session.actor)
        except ValidationError as exc:
            self._say(message_text(exc), error=True)
            return
        self._say(self.tr("已删除客户个人信息：%1 张工单已匿名化，删除证据文件 %2 个、"
                          "本机草稿 %3 份（已记入审计日志）")
                  .replace("%1", str(report.tickets)).replace("%2", str(report.files_removed))
                  .replace("%3", str(report.drafts_removed)))
        row = self.matches.index(match)
        self.matches[row] = replace(match, name=REDACTED, phone="", anonymised=True)
        self._fill(row)

