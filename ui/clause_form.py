"""The forms of 承运商与协议: a carrier (name, contact, agreement number) and one clause of its
transport agreement (number, wording, the exception it covers, fixed amount or percentage of
the goods value with a cap), each field with its error line."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit

from aftersales_desktop.domain.rewards import percent_text, yuan_text
from aftersales_desktop.services.carriers import PENALTY_KINDS, CarrierRow, ClauseRow
from aftersales_desktop.services.categories import active_categories
from ui.field_errors import with_error
from ui.labels import QT_TRANSLATE_NOOP, labels, with_colon


class _Form(QGroupBox):
    ROWS: tuple[tuple[str, str], ...] = ()

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.fields, self.errors, self.labels = {}, {}, {}
        form = QFormLayout(self)
        for key, label in self.ROWS:
            widget = self.widget(key)
            self.fields[key] = widget
            box, self.errors[key] = with_error(widget)
            self.labels[key] = QLabel(with_colon(self.tr(label)))
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], box)

    def widget(self, key: str):
        return QLineEdit()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()


class CarrierForm(_Form):
    ROWS = (("name", QT_TRANSLATE_NOOP("CarrierForm", "承运商名称")), ("contact", QT_TRANSLATE_NOOP("CarrierForm", "联系人/电话")), ("agreement_no", QT_TRANSLATE_NOOP("CarrierForm", "运输协议编号")))

    def __init__(self, parent=None):
        super().__init__(self.tr("承运商"), parent)

    def load(self, row: CarrierRow | None) -> None:
        self.clear_errors()
        for key in ("name", "contact", "agreement_no"):
            self.fields[key].setText(getattr(row, key) or "" if row else "")

    def values(self) -> dict:
        return {key: self.fields[key].text() for key in ("name", "contact", "agreement_no")}


class ClauseForm(_Form):
    ROWS = (("clause_no", QT_TRANSLATE_NOOP("ClauseForm", "条款号")), ("title", QT_TRANSLATE_NOOP("ClauseForm", "条款内容")), ("subcategory_code", QT_TRANSLATE_NOOP("ClauseForm", "适用异常")),
            ("penalty_kind", QT_TRANSLATE_NOOP("ClauseForm", "罚则")), ("amount", QT_TRANSLATE_NOOP("ClauseForm", "罚款金额（元）")), ("percent", QT_TRANSLATE_NOOP("ClauseForm", "占货值（%）")),
            ("cap", QT_TRANSLATE_NOOP("ClauseForm", "最高（元）")))

    def __init__(self, parent=None):
        super().__init__(self.tr("协议条款"), parent)
        self.fields["clause_no"].setPlaceholderText(self.tr("如 7.2"))
        self.fields["cap"].setPlaceholderText(self.tr("可不填"))
        self.fields["penalty_kind"].currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def widget(self, key: str):
        if key == "subcategory_code":
            combo = QComboBox()
            combo.addItem(self.tr("（任何物流异常）"), None)
            for option in active_categories():
                if option.code == "logistics":
                    for code, name in option.children:
                        combo.addItem(name, code)
            return combo
        if key == "penalty_kind":
            combo = QComboBox()
            for code, text in labels("carriers", PENALTY_KINDS).items():
                combo.addItem(text, code)
            return combo
        return QLineEdit()

    def _kind_changed(self) -> None:
        fixed = self.fields["penalty_kind"].currentData() == "fixed"
        for key, shown in (("amount", fixed), ("percent", not fixed), ("cap", not fixed)):
            self.fields[key].parentWidget().setVisible(shown)
            self.labels[key].setVisible(shown)

    def load(self, row: ClauseRow | None) -> None:
        self.clear_errors()
        self.fields["clause_no"].setText(row.clause_no if row else "")
        self.fields["title"].setText(row.title if row else "")
        for key, value in (("subcategory_code", row and row.subcategory_code),
                           ("penalty_kind", row.penalty_kind if row else "fixed")):
            combo = self.fields[key]
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.fields["amount"].setText(yuan_text(row.amount_fen).replace(",", "") if row else "")
        self.fields["percent"].setText(percent_text(row.percent_bp).rstrip("%") if row else "")
        self.fields["cap"].setText(yuan_text(row.cap_fen).replace(",", "") if row else "")

    def values(self) -> dict:
        out = {key: self.fields[key].text() for key in ("clause_no", "title", "amount", "percent",
                                                       "cap")}
        out["subcategory_code"] = self.fields["subcategory_code"].currentData()
        out["penalty_kind"] = self.fields["penalty_kind"].currentData()
        return out
