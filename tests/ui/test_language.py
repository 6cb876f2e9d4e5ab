"""界面语言: the window in English and in Chinese, Qt's own buttons included, and the choice
in 设置 › 界面语言."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.ui.conftest import show_focused
from ui.language import SETTINGS_KEY, chosen_language, install_language
from ui.main_window import AREAS, BUILT, MainWindow
from ui.visible_text import visible_texts

HAN = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture
def restored(qapp):
    """The translators and default locale of the other tests come back afterwards."""
    locale = QLocale()
    yield qapp
    for translator in getattr(qapp, "_aftersales_translators", []):
        qapp.removeTranslator(translator)
    qapp._aftersales_translators, qapp._aftersales_language = [], "zh_CN"
    QLocale.setDefault(locale)


@pytest.fixture
def english(restored):
    install_language(restored, "en")
    return restored


def _window(qtbot, session, tmp_path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return show_focused(qtbot, MainWindow(session, settings))


def _button_texts() -> tuple[str, str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel)
    return (box.button(QDialogButtonBox.StandardButton.Cancel).text(),
            box.button(QDialogButtonBox.StandardButton.Ok).text())


def test_english_window_navigation_and_qt_buttons(qtbot, session, tmp_path, english):
    window = _window(qtbot, session, tmp_path)
    labels = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert labels[:3] == ["Intake", "Tickets", "Classification"]
    assert "Settings" in labels and not any(HAN.search(text) for text in labels)
    assert window.windowTitle() == "AfterSales Desk"
    assert _button_texts()[0] == "Cancel"
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.No).text().replace("&", "") == "No"


def test_chinese_is_the_default_with_chinese_qt_buttons(qtbot, session, tmp_path, restored):
    install_language(restored, chosen_language(QSettings(str(tmp_path / "none.ini"),
                                                     QSettings.Format.IniFormat)))
    window = _window(qtbot, session, tmp_path)
    assert window.nav.item(1).text() == "工单"
    assert _button_texts()[0] == "取消"


def test_every_built_screen_in_english_shows_no_chinese_of_ours(qtbot, session, tmp_path,
                                                                 english):
    """Walk every area and every settings page: any Chinese left is text lupdate cannot
    see or a label shown without translation. Data (names typed by the company) would be
    allowed, but the fresh database holds only the built-in categories."""
    window = _window(qtbot, session, tmp_path)
    chinese = set()
    for key, _ in AREAS:
        if key in BUILT:
            window.show_area(key)
            QApplication.processEvents()
            chinese |= {text for _, text in visible_texts(window.screen(key)) if HAN.search(text)}
    assert len(window.screen("settings").page_titles()) >= 15
    data = _data_names()
    left = sorted(t for t in chinese
                  if not any(part in t for part in data | set(STAYS_CHINESE)))
    assert left == [], "\n".join(left)


# Chinese on purpose in English mode: what the clerk says to the customer, the calendar file's
# keywords, examples of Chinese data, placeholders of the callback script, the language's own name.
STAYS_CHINESE = ("放假,春节", "上班,春节调休", "{客户}", "e.g. 破损", "e.g. 冷链温控异常", "简体中文")


def _data_names() -> set[str]:
    """What the company entered or the seed data holds: categories, staff, departments, phrases."""
    from aftersales_desktop.domain.phrases import STANDARD_PHRASES
    from aftersales_desktop.services.staff import list_staff
    from aftersales_desktop.services.taxonomy import list_taxonomy
    from aftersales_desktop.services.staff_admin import department_names

    return ({entry.name for entry in list_taxonomy()} | {s.name for s in list_staff()}
            | set(department_names()) | set(STANDARD_PHRASES))


def test_language_page_saves_the_choice_for_the_next_start(qtbot, session, tmp_path):
    window = _window(qtbot, session, tmp_path)
    window.show_area("settings")
    page = window.screen("settings").language
    window.screen("settings").show_page(page)
    page.choice.setCurrentIndex(page.choice.findData("en"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert window.settings.value(SETTINGS_KEY) == "en"
    assert chosen_language(window.settings) == "en"
    assert chosen_language(window.settings, override="zh_CN") == "zh_CN"
    assert "English" in page.state.text()



def test_import_dialog_in_english_shows_no_chinese_of_ours(qtbot, session, english):
    """导入客户与订单 opens from the ticket list, outside the walk of the areas."""
    from ui.import_dialog import ImportDialog

    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    chinese = {t for _, t in visible_texts(dialog) if HAN.search(t)}
    assert sorted(t for t in chinese if not any(part in t for part in STAYS_CHINESE)) == []


@pytest.mark.parametrize("code, words", [("zh_CN", "下次启动程序时生效"), ("en", "next start")])
def test_language_page_says_the_choice_applies_at_the_next_start(qtbot, session, tmp_path,
                                                                 restored, code, words):
    install_language(restored, code)
    window = _window(qtbot, session, tmp_path)
    window.show_area("settings")
    page = window.screen("settings").language
    window.screen("settings").show_page(page)
    assert any(words in text for _, text in visible_texts(page)), visible_texts(page)
    other = "zh_CN" if code == "en" else "en"
    page.choice.setCurrentIndex(page.choice.findData(other))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert ("下次启动" if code == "zh_CN" else "next start") in page.state.text()


def test_save_and_switch_rebuilds_the_window_in_english_at_once(qtbot, session, tmp_path,
                                                                restored):
    window = _window(qtbot, session, tmp_path)
    window.show_area("entry")
    window.entry.form.fields["problem.description"].setPlainText("冰箱不制冷")  # not saved
    window.show_area("settings")
    page = window.screen("settings").language
    window.screen("settings").show_page(page)
    page.choice.setCurrentIndex(page.choice.findData("en"))
    qtbot.mouseClick(page.switch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(restored, "_aftersales_main_window", None) is not None)
    fresh = restored._aftersales_main_window
    qtbot.addWidget(fresh)
    restored._aftersales_main_window = None
    assert not window.isVisible() and fresh.isVisible()
    labels = [fresh.nav.item(row).text() for row in range(fresh.nav.count())]
    assert labels[:3] == ["Intake", "Tickets", "Classification"]
    assert fresh.current_area() == "settings"
    settings = fresh.screen("settings")
    assert settings.stack.currentWidget().currentWidget() is settings.language
    assert settings.language.choice.currentData() == "en"
    assert fresh.settings.value(SETTINGS_KEY) == "en"
    assert not HAN.search(fresh.staff_label.text().split(":", 1)[0])
    fresh.show_area("entry")  # the intake draft is offered again, its typing restorable
    assert not fresh.entry.draft_banner.isHidden()
    fresh.entry.restore_draft()
    assert fresh.entry.form.fields["problem.description"].toPlainText() == "冰箱不制冷"
