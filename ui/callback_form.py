"""记录回访: what the clerk records for one call, laid out for the keyboard — Down picks in a
list, a digit sets a score, Tab moves on, Ctrl+Enter (on the screen) saves. Shows beforehand what
saving will do to the ticket."""
from __future__ import annotations


from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget,
)

from aftersales_desktop.domain import callback_rules as rules
from ui.field_errors import with_error
from ui.labels import QT_TRANSLATE_NOOP, label

LABELS = {"reached": QT_TRANSLATE_NOOP("CallbackForm", "接通情况"), "solved": QT_TRANSLATE_NOOP("CallbackForm", "问题是否真正解决"), "resolution_score": QT_TRANSLATE_NOOP("CallbackForm", "对处理结果的满意度"),
          "attitude_score": QT_TRANSLATE_NOOP("CallbackForm", "对服务态度的满意度"), "customer_words": QT_TRANSLATE_NOOP("CallbackForm", "客户原话"), "note": QT_TRANSLATE_NOOP("CallbackForm", "备注"),
          "revisit_in_days": QT_TRANSLATE_NOOP("CallbackForm", "另约回访")}


class CallbackForm(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.threshold, self.attempts, self.max_attempts, self.kind = 3, 0, 3, "callback"
        self.retry_label = ""
        self.reached = QComboBox()
        self.reached.addItem(self.tr("请选择…"), None)
        self.reached.addItem(self.tr("已接通"), "yes")
        for reason in rules.UNREACHED_REASONS:
            self.reached.addItem(self.tr("未接通：") + label("callback_rules", reason), reason)
        self.solved = QComboBox()
        # "yes"/"no", not Python bools: bools as item data upset PySide6's reference counts
        for text, value in ((self.tr("请选择…"), None), (self.tr("是，问题已真正解决"), "yes"),
                            (self.tr("否，问题没有解决"), "no")):
            self.solved.addItem(text, value)
        self.resolution_score, self.attitude_score = self._score(), self._score()
        self.customer_words = QPlainTextEdit()
        self.customer_words.setTabChangesFocus(True)
        self.customer_words.setFixedHeight(64)
        self.customer_words.setPlaceholderText(self.tr("照客户的原话记录，不满意时必填"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("可不填"))
        self.revisit_in_days = QSpinBox()
        self.revisit_in_days.setRange(0, 365)
        self.revisit_in_days.setSpecialValueText(self.tr("不另约"))
        self.revisit_in_days.setSuffix(self.tr(" 天后"))
        self.revisit_in_days.setToolTip(self.tr("客户满意、工单关闭后，再加约一次回访"))
        self.fields = {"reached": self.reached, "solved": self.solved,
                       "resolution_score": self.resolution_score,
                       "attitude_score": self.attitude_score,
                       "customer_words": self.customer_words, "note": self.note,
                       "revisit_in_days": self.revisit_in_days}
        self.errors: dict[str, QLabel] = {}
        self.score_words = {name: QLabel() for name in ("resolution_score", "attitude_score")}
        for word in self.score_words.values():  # room for the longest, so nothing jumps
            word.setMinimumWidth(word.fontMetrics().horizontalAdvance(self.tr("非常不满意")) + 8)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, (name, widget) in enumerate(self.fields.items()):
            box, self.errors[name] = with_error(widget)
            grid.addWidget(QLabel(self.tr(LABELS[name])), row, 0)
            grid.addWidget(box, row, 1)
            if name in self.score_words:
                grid.addWidget(self.score_words[name], row, 2)
        grid.addWidget(self.preview, len(self.fields), 0, 1, 3)
        grid.setColumnStretch(1, 1)
        for signal in (self.reached.currentIndexChanged, self.solved.currentIndexChanged,
                       self.resolution_score.valueChanged, self.attitude_score.valueChanged,
                       self.customer_words.textChanged):
            signal.connect(self._update)
        self._update()

    def _score(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 5)
        box.setSpecialValueText(self.tr("未打分"))
        box.setSuffix(self.tr(" 分"))
        box.setToolTip(self.tr("输入 1–5：5 非常满意，4 满意，3 一般，2 不满意，1 非常不满意"))
        return box

    # filling -------------------------------------------------------------------------------
    def start(self, kind: str, attempts: int, max_attempts: int, threshold: int,
              retry_label: str = "") -> None:
        """An empty form for the next call of a task."""
        self.kind, self.attempts, self.max_attempts = kind, attempts, max_attempts
        self.threshold, self.retry_label = threshold, retry_label
        self.reached.setCurrentIndex(0)
        self.solved.setCurrentIndex(0)
        self.resolution_score.setValue(0)
        self.attitude_score.setValue(0)
        self.customer_words.clear()
        self.note.clear()
        self.revisit_in_days.setValue(0)
        self.revisit_in_days.setEnabled(kind == "callback")
        self.clear_errors()
        self._update()

    def focus_first(self) -> None:
        self.reached.setFocus()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def _say(self, text: str, error: bool = False) -> None:  # for show_form_error
        self.preview.setText(text)

    # reading -------------------------------------------------------------------------------
    def is_reached(self) -> bool | None:
        value = self.reached.currentData()
        return None if value is None else value == "yes"

    def values(self) -> dict:
        reached = self.is_reached()
        data = {"reached": reached, "customer_words": self.customer_words.toPlainText(),
                "note": self.note.text()}
        if reached is False:
            data["unreached_reason"] = self.reached.currentData()
        elif reached:
            solved = self.solved.currentData()
            data.update(solved=None if solved is None else solved == "yes",
                        resolution_score=self.resolution_score.value() or None,
                        attitude_score=self.attitude_score.value() or None)
        return data

    def revisit_days(self) -> int | None:
        return self.revisit_in_days.value() or None

    def refresh_preview(self) -> None:
        self._update()

    def _update(self) -> None:
        reached = self.is_reached()
        for widget in (self.solved, self.resolution_score, self.attitude_score):
            widget.setEnabled(reached is not False)
        for name, label in self.score_words.items():
            value = self.fields[name].value()
            label.setText(self.tr(rules.SCORE_LABELS.get(value, "")))
        self.preview.setText(self._what_happens(reached))

    def _what_happens(self, reached: bool | None) -> str:
        call = self.tr("第 %1/%2 次拨打。").replace("%1", str(self.attempts + 1)) \
            .replace("%2", str(self.max_attempts))
        if reached is None:
            return call + self.tr("请先选择接通情况。")
        try:
            answers = rules.check_answers(self.values())
        except ValueError:
            return call + self.tr("填完问题是否解决和两项满意度后，可预览保存后的结果。")
        step = rules.next_step(answers, self.threshold, self.attempts + 1, self.max_attempts)
        revisit = self.kind == "revisit"
        return call + ({
            rules.CLOSE: self.tr("保存后：客户满意，本次再次回访完成。") if revisit
            else self.tr("保存后：客户满意，工单关闭。"),
            rules.REOPEN: self.tr("保存后：客户不满意，工单重开给处理人（附客户原话），重新计时，并提醒主管。"),
            rules.RETRY: self.tr("保存后：%1后再次拨打。"),
            rules.GIVE_UP: self.tr("保存后：已达最多拨打次数，结束本次回访。") if revisit
            else self.tr("保存后：已达最多拨打次数，结束本次回访，工单按未接通结案，并提醒主管。"),
        }[step]).replace("%1", self.retry_label or self.tr("稍"))
