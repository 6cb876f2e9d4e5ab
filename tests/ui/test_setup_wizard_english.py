"""The setup wizard in English, driven with the keyboard: its refusals (its own and the
services') in English, Qt's buttons in English, and what it writes read back from the database.
Modal boxes are answered by monkeypatching QMessageBox, so nothing waits for a person."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from aftersales_desktop.services import escalation_chain
from aftersales_desktop.services.company import company_name
from aftersales_desktop.services.setup import completed_at
from aftersales_desktop.storage.models import Branch, Department, Staff
from tests.ui.conftest import press, show_focused, type_text
from tests.ui.test_language import english, restored  # noqa: F401 (fixtures)
from tests.ui.test_setup_wizard import retype
from ui.setup_wizard import SetupWizard
from ui.visible_text import visible_texts

HAN = re.compile(r"[\u3400-\u9fff]")


def _no_chinese_chrome(wizard) -> None:
    """Titles, buttons and labels in English (names typed or seeded stay as they are)."""
    page = wizard.currentPage()
    assert not HAN.search(page.title()), page.title()
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                  QWizard.WizardButton.CancelButton):
        assert not HAN.search(wizard.button(which).text())


def test_the_wizard_in_english_writes_everything_at_the_end(qtbot, session, monkeypatch,
                                                             english):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    wizard = show_focused(qtbot, SetupWizard(session))
    assert not HAN.search(wizard.windowTitle())
    _no_chinese_chrome(wizard)
    retype(qtbot, wizard.company.name, "Shanghai Example Appliances Ltd.")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.organisation
    _no_chinese_chrome(wizard)

    departments, branches = wizard.organisation.departments, wizard.organisation.branches
    departments.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, "Service centre")
    retype(qtbot, departments.edits[1], "Service centre")  # twice: refused in English
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.organisation
    error = departments.error.text()
    assert error and not HAN.search(error.replace("Service centre", "")), error
    retype(qtbot, departments.edits[1], "Live commerce")
    branches.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # a new line with the focus
    type_text(qtbot, "Pudong branch")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.staff
    _no_chinese_chrome(wizard)

    row = wizard.staff.rows[0]
    assert not HAN.search(row["role"].currentText()), row["role"].currentText()
    retype(qtbot, row["login"], "wangfang")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Wang Fang")
    press(qtbot, Qt.Key.Key_Tab)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Down)  # clerk → classification → handler
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_End)  # the last department: Service centre
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # Pudong branch
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "aa")  # too short: the service's refusal, in English
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.staff
    assert "The password needs at least" in wizard.staff.error.text(), wizard.staff.error.text()
    assert not HAN.search(wizard.staff.error.text())
    assert QApplication.focusWidget() is row["password"]
    type_text(qtbot, "-Fang-2026")
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.chains
    _no_chinese_chrome(wizard)

    chain_of = wizard.chains.department.currentText()
    first_level = wizard.chains.levels[0][0][2]
    first_level.setFocus()
    press(qtbot, Qt.Key.Key_End)
    assert first_level.currentData() == "wangfang"
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.hours
    _no_chinese_chrome(wizard)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.holidays
    _no_chinese_chrome(wizard)
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.demo and wizard.demo.no.isChecked()
    _no_chinese_chrome(wizard)
    shown = [t for _, t in visible_texts(wizard.currentPage()) if HAN.search(t)]
    assert shown == [], shown
    assert company_name() is None  # nothing written before 完成 / Finish
    press(qtbot, Qt.Key.Key_Return)

    assert not wizard.isVisible() and completed_at() is not None
    assert company_name() == "Shanghai Example Appliances Ltd."
    assert {"Service centre", "Live commerce"} <= {d.name for d in Department.select()}
    assert [b.name for b in Branch.select()] == ["Pudong branch"]
    fang = Staff.get(Staff.login == "wangfang")
    assert (fang.name, fang.role, fang.department.name, fang.branch.name) == \
        ("Wang Fang", "handler", "Service centre", "Pudong branch")
    assert escalation_chain.chain(chain_of)[0].staff_login == "wangfang"
