"""The form of 整改目标: scope (department and/or branch), target type and value, business
volume for a rate, target on-time rate, note — each with its error line."""
from __future__ import annotations


from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit

from aftersales_desktop.domain.rewards import percent_text
from aftersales_desktop.domain.targets import MEASURES
from aftersales_desktop.services.targets import TargetRow, choices
from ui.field_errors import with_error
from ui.labels import QT_TRANSLATE_NOOP, labels, with_colon

FIELDS = (("department", QT_TRANSLATE_NOOP("TargetForm", "部门")), ("branch", QT_TRANSLATE_NOOP("TargetForm", "分公司/网点")), ("measure", QT_TRANSLATE_NOOP("TargetForm", "目标类型")),
          ("target", QT_TRANSLATE_NOOP("TargetForm", "目标值")), ("volume", QT_TRANSLATE_NOOP("TargetForm", "本期业务量（单）")), ("on_time", QT_TRANSLATE_NOOP("TargetForm", "按时办结率目标（%）")),
          ("note", QT_TRANSLATE_NOOP("TargetForm", "备注")))
UNITS = {"count": QT_TRANSLATE_NOOP("TargetForm", "件（不超过）"), "rate": QT_TRANSLATE_NOOP("TargetForm", "%（客诉数 ÷ 业务量，不超过）"),
         "reduction": QT_TRANSLATE_NOOP("TargetForm", "%（比上期减少至少）")}


class TargetForm(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("目标"), parent)
        self.fields, self.errors = {}, {}
        grid = QGridLayout(self)
        for index, (key, label) in enumerate(FIELDS):
            widget = QComboBox() if key in ("department", "branch", "measure") else QLineEdit()
            self.fields[key] = widget
            box, self.errors[key] = with_error(widget)
            caption = QLabel(with_colon(self.tr(label)))
            caption.setBuddy(widget)
            row, column = divmod(index, 2)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(box, row, column * 2 + 1)
        for code, label in labels("targets", MEASURES).items():
            self.fields["measure"].addItem(self.tr(label), code)
        self.unit = QLabel()
        self.unit.setStyleSheet("color: #555;")
        grid.addWidget(self.unit, 4, 1, 1, 3)
        self.fields["measure"].currentIndexChanged.connect(self._measure_changed)
        self.fields["on_time"].setPlaceholderText(self.tr("可不填，如 95"))
        self.fields["note"].setPlaceholderText(self.tr("如 依据第47周例会布置"))
        self._measure_changed()

    def set_choices(self) -> None:
        departments, branches = choices()
        for key, names in (("department", departments), ("branch", branches)):
            combo = self.fields[key]
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("（全部）"), None)
            for name in names:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _measure_changed(self) -> None:
        measure = self.fields["measure"].currentData()
        self.unit.setText(self.tr("目标值单位：%1").replace("%1", self.tr(UNITS[measure])))
        self.fields["volume"].setEnabled(measure == "rate")

    def load(self, row: TargetRow | None) -> None:
        self.clear_errors()
        for key, value in (("department", row and row.department),
                           ("branch", row and row.branch), ("measure", row and row.measure)):
            combo = self.fields[key]
            combo.setCurrentIndex(max(0, combo.findData(value)))
        if row is None:
            for key in ("target", "volume", "on_time", "note"):
                self.fields[key].clear()
            return
        value = str(row.target_value) if row.measure == "count" else \
            percent_text(row.target_value).rstrip("%")
        self.fields["target"].setText(value)
        self.fields["volume"].setText(str(row.business_volume or ""))
        self.fields["on_time"].setText(percent_text(row.on_time_bp).rstrip("%"))
        self.fields["note"].setText(row.note or "")

    def values(self) -> dict:
        out = {key: self.fields[key].currentData() for key in ("department", "branch", "measure")}
        out.update({key: self.fields[key].text() for key in ("target", "volume", "on_time",
                                                             "note")})
        return out

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
