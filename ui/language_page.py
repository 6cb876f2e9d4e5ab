"""设置 › 界面语言: the language of the window on this desk (saved per user in QSettings),
used from the next start, or at once (保存并立即切换: ui.language_switch); `aftersales --lang
en|zh_CN` overrides it for one start."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.language import (
    LANGUAGES, SETTINGS_KEY, chosen_language, current_language, save_language,
)


class LanguagePage(QWidget):
    def __init__(self, session=None, parent=None, settings: QSettings | None = None):
        super().__init__(parent)
        self._settings = settings
        self.choice = QComboBox()
        for code, name in LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(self.choice.findData(current_language()))
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.clicked.connect(self.save)
        self.switch_button = QPushButton(self.tr("保存并立即切换"))
        self.switch_button.setToolTip(self.tr("重新打开主窗口：受理中的草稿保留，其他界面未保存的输入不保留"))
        self.switch_button.clicked.connect(self.save_and_switch)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.choice.setMinimumWidth(200)
        caption = QLabel(self.tr("界面语言(&L)："))
        caption.setBuddy(self.choice)
        row = QHBoxLayout()
        for widget in (caption, self.choice, self.save_button, self.switch_button):
            row.addWidget(widget)
        row.addStretch(1)
        hint = QLabel(self.tr("只影响本机本用户的界面文字、日期格式和系统对话框按钮；打印件、客户数据和"
                              "命令行保持中文。保存后下次启动程序时生效；“保存并立即切换”重新打开主窗口"
                              "（受理中的草稿保留，其他界面未保存的输入不保留）。"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.state)
        layout.addStretch(1)

    def settings(self) -> QSettings:
        """The main window's settings when the page sits in it (tests give their own)."""
        if self._settings is not None:
            return self._settings
        return getattr(self.window(), "settings", None) or QSettings()

    def showEvent(self, event) -> None:  # the saved choice, which may differ from the running one
        saved = self.settings().value(SETTINGS_KEY)
        code = chosen_language(self.settings()) if saved else current_language()
        self.choice.setCurrentIndex(self.choice.findData(code))
        super().showEvent(event)

    def save(self) -> None:
        code = self.choice.currentData()
        save_language(self.settings(), code)
        if code == current_language():
            self.state.setText(self.tr("已保存。"))
        else:
            self.state.setText(self.tr("已保存：下次启动程序时界面改为 %1。").replace(
                "%1", LANGUAGES[code]))

    def save_and_switch(self) -> None:
        """Save, then rebuild the main window in the chosen language (ui.language_switch)."""
        code = self.choice.currentData()
        self.save()
        window = self.window()
        if code != current_language() and hasattr(window, "attach"):
            from PySide6.QtCore import QTimer

            from ui.language_switch import switch_now

            QTimer.singleShot(0, lambda: switch_now(window, code))  # after this click's slot
