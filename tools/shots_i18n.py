"""界面语言: 设置 › 界面语言 (112); with `--lang en` also the ticket list (110) and the intake form
with a validation message (111) in English, into docs/screenshots/en/. Run through
tools/screenshots.py (e.g. `tools/screenshots.py --lang en --only i18n`)."""
from __future__ import annotations


def shoot_all(scenes) -> None:
    from aftersales_desktop.domain.errors import ValidationError
    from ui.language import current_language

    window = scenes.window
    if current_language() != "zh_CN":
        window.show_area("tickets")
        window.tickets.refresh()
        scenes.shoot(window, "110_ticket_list")
        window.show_area("entry")
        form = window.entry.form
        form.fields["customer.phone"].setText("12345")
        form.show_error(ValidationError(
            "customer.phone", "请输入大陆手机号（1 开头的 11 位）或带区号的固话，如 021-62345678"))
        scenes.shoot(window, "111_entry_form")
        window.entry.clear_form()
    window.show_area("settings")
    settings = window.screen("settings")
    settings.show_page(settings.language)
    scenes.shoot(window, "112_settings_language")
