"""受理: keyboard-only entry, inline validation, caller history, duplicates, drafts, evidence."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from aftersales_desktop.services.ticket_list import TicketFilter, list_page
from aftersales_desktop.services.ticket_queries import get_ticket
from tests.ui.conftest import make_ticket, press, show_focused, type_text
from ui.entry_screen import EntryScreen


@pytest.fixture
def screen(qtbot, session):
    widget = show_focused(qtbot, EntryScreen(session))
    widget.focus_first_field()
    return widget


def test_keyboard_only_ticket_is_saved(qtbot, screen):
    assert QApplication.focusWidget() is screen.form.fields["customer.phone"]
    type_text(qtbot, "138 1234 5678")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "李雷")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "洗衣机脱水时漏水严重")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    rows = list_page(TicketFilter(search="漏水"))
    assert len(rows) == 1
    ticket = get_ticket(rows[0].number)
    assert ticket.customer.phone == "13812345678"
    assert ticket.customer.name == "李雷"
    assert ticket.channel == "hotline" and ticket.priority == "normal"
    assert ticket.sections["problem"]["description"] == "洗衣机脱水时漏水严重"
    assert screen.saved_number.text() == ticket.number and not screen.saved_banner.isHidden()
    assert screen.form.fields["customer.phone"].text() == ""
    assert screen.session.drafts.load(screen.draft_key) is None


def test_enter_in_a_line_field_saves(qtbot, screen):
    screen.form.fields["problem.description"].setPlainText("屏幕有坏点")
    screen.form.fields["customer.name"].setFocus()
    type_text(qtbot, "韩梅梅")
    press(qtbot, Qt.Key.Key_Return)
    assert [r.customer_name for r in list_page(TicketFilter())] == ["韩梅梅"]


def test_save_disabled_until_the_minimum_is_there(qtbot, screen):
    assert not screen.save_button.isEnabled()
    type_text(qtbot, "13812345678")
    assert not screen.save_button.isEnabled()
    screen.form.fields["problem.description"].setFocus()
    type_text(qtbot, "漏水")
    assert screen.save_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(list_page(TicketFilter())) == 1


def test_bad_phone_shows_inline_message_and_writes_nothing(qtbot, screen):
    type_text(qtbot, "12345")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "李雷")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "漏水")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    label = screen.form.errors["customer.phone"]
    assert not label.isHidden() and "手机号" in label.text()
    assert QApplication.focusWidget() is screen.form.fields["customer.phone"]
    assert list_page(TicketFilter()) == []
    assert screen.form.fields["customer.name"].text() == "李雷"  # nothing typed is lost


def test_bad_date_shows_message_next_to_the_date(qtbot, screen):
    screen.form.fields["customer.name"].setText("李雷")
    screen.form.fields["problem.description"].setPlainText("漏水")
    screen.form.fields["order.purchased_on"].setText("2026/11/01")
    screen.save()
    assert "YYYY-MM-DD" in screen.form.errors["order.purchased_on"].text()
    assert list_page(TicketFilter()) == []


def test_known_phone_fills_customer_and_warns_of_duplicate(qtbot, screen, monkeypatch):
    earlier = make_ticket(name="王芳", phone="13912345678", order="TB1")
    type_text(qtbot, "13912345678")
    assert screen.form.fields["customer.name"].text() == "王芳"
    assert "回头客" in screen.caller.badge.text()
    assert screen.caller.earlier.count() == 1
    screen.form.fields["order.number"].setFocus()
    type_text(qtbot, "TB1")
    press(qtbot, Qt.Key.Key_Tab)
    assert not screen.caller.duplicate.isHidden() and earlier in screen.caller.duplicate.text()
    screen.form.fields["problem.description"].setPlainText("又坏了")

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    screen.save()
    assert len(asked) == 1 and len(list_page(TicketFilter())) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    number = screen.save()
    assert number and get_ticket(number).customer.ticket_count == 2


def test_draft_is_offered_again_after_an_unsaved_close(qtbot, session):
    first = show_focused(qtbot, EntryScreen(session))
    first.focus_first_field()
    type_text(qtbot, "13812345678")
    first.form.fields["problem.description"].setPlainText("冰箱不制冷")
    first.close()  # closed before saving: the draft is written at once

    second = EntryScreen(session)
    qtbot.addWidget(second)
    second.show()
    assert not second.draft_banner.isHidden()
    assert second.form.fields["customer.phone"].text() == ""
    second.restore_draft()
    assert second.form.fields["customer.phone"].text() == "13812345678"
    assert second.form.fields["problem.description"].toPlainText() == "冰箱不制冷"
    assert list_page(TicketFilter()) == []
    number = second.save()
    assert get_ticket(number).sections["problem"]["description"] == "冰箱不制冷"
    assert session.drafts.load(second.draft_key) is None


def test_draft_is_written_while_typing(qtbot, screen):
    type_text(qtbot, "138")
    qtbot.waitUntil(lambda: screen.session.drafts.load(screen.draft_key) is not None,
                    timeout=3000)
    assert screen.session.drafts.load(screen.draft_key)["customer.phone"] == "138"


def test_evidence_rejects_wrong_type_and_keeps_photos(qtbot, screen, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")
    photo = tmp_path / "破损.png"
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(photo))
    screen.form.evidence.add_paths([str(text), str(photo)])
    assert screen.form.evidence.list.count() == 1
    assert "notes.txt" in screen.form.evidence.message.text()
    screen.form.fields["customer.name"].setText("李雷")
    screen.form.fields["problem.description"].setPlainText("外壳破损")
    number = screen.save()
    assert [a["filename"] for a in get_ticket(number).attachments] == ["破损.png"]


def test_standard_phrase_is_inserted_into_the_description(qtbot, screen):
    screen.form.phrases.setCurrentIndex(3)
    screen.form.insert_phrase()
    assert screen.form.fields["problem.description"].toPlainText() == "已为您安排维修。"
