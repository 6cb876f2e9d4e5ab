"""统计 › 客诉分析例会 (seed 004 6.2-4): one ISO week's complaints against the previous week and the
four-week average, the top causes, missed time limits and escalations, satisfaction, and the
countermeasures of the meeting. The week is read on a worker thread; progress shows when it
takes longer than half a second. Alt+← / Alt+→ the week before / after, Alt+Home last week."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.iso_week import Week, parse_week, week_of
from aftersales_desktop.printing.weekly_pack_pdf import WeeklyPackRenderer
from aftersales_desktop.services.action_items import items_of_week
from aftersales_desktop.services.weekly_pack import WeeklyPack, weekly_pack
from ui.action_items_panel import ActionItemsPanel
from ui.background import run_in_background
from ui.field_errors import error_label
from ui.weekly_sections import WeeklySections
from ui.labels import QT_TRANSLATE_NOOP
from ui.messages import message_text, text_of

SHOW_PROGRESS_MS = 500


class _Progress(QObject):
    moved = Signal(int, int, str)


class WeeklyMeetingPage(QWidget):
    print_requested = Signal(str)  # the week's code

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.week: Week = week_of(local_today()).shifted(-1)
        self.pack: WeeklyPack | None = None
        self.loading = False
        self._generation = 0
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._show_progress)
        self._build()
        self.week_edit.setText(self.week.code)

    def showEvent(self, event) -> None:
        """Read the week the first time the tab is shown, not while 统计 is being built."""
        super().showEvent(event)
        if self.pack is None and not self.loading:
            self.load(self.week)

    def _build(self) -> None:
        self.week_edit = QLineEdit()
        self.week_edit.setFixedWidth(96)
        self.week_edit.setPlaceholderText("2026-W47")
        self.week_edit.returnPressed.connect(self.load_typed)
        self.week_error = error_label()
        self.buttons = {}
        for key, text in (("previous", QT_TRANSLATE_NOOP("WeeklyMeetingPage", "◀ 上一周 (Alt+←)")), ("next", QT_TRANSLATE_NOOP("WeeklyMeetingPage", "下一周 ▶ (Alt+→)")),
                          ("last", QT_TRANSLATE_NOOP("WeeklyMeetingPage", "上周 (Alt+Home)")), ("print", QT_TRANSLATE_NOOP("WeeklyMeetingPage", "打印例会资料…"))):
            self.buttons[key] = QPushButton(self.tr(text))
        self.buttons["previous"].clicked.connect(lambda: self.step(-1))
        self.buttons["next"].clicked.connect(lambda: self.step(1))
        self.buttons["last"].clicked.connect(
            lambda: self.load(week_of(local_today()).shifted(-1)))
        self.buttons["print"].clicked.connect(lambda: self.print_requested.emit(self.week.code))
        caption = QLabel(self.tr("周次(&W)："))
        caption.setBuddy(self.week_edit)
        self.week_label = QLabel()
        top = QHBoxLayout()
        for widget in (caption, self.buttons["previous"], self.week_edit, self.buttons["next"],
                       self.buttons["last"], self.week_label):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.buttons["print"])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.sections = WeeklySections()
        self.actions = ActionItemsPanel(self.session)
        self.actions.changed.connect(self._items_changed)
        self.sections.addTab(self.actions, self.tr("例会对策"))
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addWidget(self.week_error)
        column.addWidget(self.summary)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addWidget(self.sections, 1)
        for keys, slot in (("Alt+Left", lambda: self.step(-1)), ("Alt+Right", lambda: self.step(1)),
                           ("Alt+Home", self.buttons["last"].click)):
            QShortcut(QKeySequence(keys), self, slot)

    # loading ------------------------------------------------------------------------------
    def step(self, weeks: int) -> None:
        self.load(self.week.shifted(weeks))

    def load_typed(self) -> None:
        try:
            week = parse_week(self.week_edit.text())
        except ValidationError as exc:
            self.week_error.setText(message_text(exc))
            self.week_error.show()
            self.week_edit.setFocus()
            self.week_edit.selectAll()
            return
        self.load(week)

    def refresh(self) -> None:
        self.load(self.week)

    def load(self, week: Week) -> None:
        self.week = week
        self.week_error.hide()
        self.week_edit.setText(week.code)
        self.week_label.setText(text_of(week.label))
        self.loading = True
        self._generation += 1
        generation, actor, moved = self._generation, self.session.actor, self._progress.moved
        self._slow.start(SHOW_PROGRESS_MS)
        run_in_background(self, lambda: weekly_pack(week, actor, moved.emit),
                          lambda pack: self._loaded(generation, pack),
                          lambda exc: self._failed(generation, exc))

    def _show_progress(self) -> None:
        if self.loading:
            self.progress.setRange(0, 0)
            self.progress.show()
            self.status.setText(self.tr("正在统计 %1 …").replace("%1", self.week.code))

    def _moved(self, done: int, total: int, what: str) -> None:
        if self.loading and self.progress.isVisible():
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self.status.setText(self.tr("正在统计：%1（%2 / %3）").replace("%1", self.tr(what))
                                .replace("%2", str(done)).replace("%3", str(total)))

    def _finished(self) -> None:
        self.loading = False
        self._slow.stop()
        self.progress.hide()
        self.status.setText("")

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._finished()
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(self.tr("统计失败：%1").replace("%1", str(exc)))

    def _loaded(self, generation: int, pack: WeeklyPack) -> None:
        if generation != self._generation:
            return  # a later week was asked for meanwhile
        self._finished()
        self.status.setStyleSheet("")
        self.pack = pack
        self.summary.setText(text_of(WeeklyPackRenderer(pack, None)._summary()))
        self.sections.show_pack(pack)
        self._show_items(pack.new_actions, pack.carried_actions)

    def _show_items(self, new, carried) -> None:
        self.actions.show_items(self.week, new, carried)
        late = sum(1 for r in carried if r.status == "late")
        self.sections.setTabText(3, self.tr("例会对策（新 %1 · 检查 %2 · 逾期 %3）").replace(
            "%1", str(len(new))).replace("%2", str(len(carried))).replace("%3", str(late)))

    def _items_changed(self) -> None:
        """Only the countermeasures are read again (a small table, on this thread)."""
        self._show_items(*items_of_week(self.week, self.session.actor))
