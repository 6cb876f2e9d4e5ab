"""The marker for labels the window shows in the chosen language, without importing Qt.

`QT_TRANSLATE_NOOP("states", "已受理")` returns the Chinese text unchanged; pyside6-lupdate
(tools/update_translations.py) finds the call by its name and puts the text into the
translation file under that context; the window translates it where it is shown
(ui.labels.label(context, text)). Printouts and the command line keep the Chinese.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    return text


class Term(str):
    """A label put into a message (a field name, a state, a role): the Chinese text, plus the
    context the window translates it in."""

    context: str

    def __new__(cls, context: str, text: str, /):
        term = super().__new__(cls, text)
        term.context = context
        return term


def fill(template: str, params: dict) -> str:
    """The message in Chinese: `template` (a marked "…{name}…" text) with its values. A list
    of values is joined with 、, a nested message gives its own Chinese text."""
    if not params:
        return template
    return template.format(**{key: _chinese(value) for key, value in params.items()})


def _chinese(value):
    if isinstance(value, (list, tuple)):
        return "、".join(str(_chinese(v)) for v in value)
    if hasattr(value, "template") and hasattr(value, "params"):
        return fill(value.template, value.params)
    return value


class Text(str):
    """A service-built sentence (a timeline line, a week label): the Chinese text itself (so the
    CLI, printouts and comparisons use it as a str), plus the marked template and its values
    for the window (ui.messages.text_of)."""

    template: str
    params: dict

    def __new__(cls, template: str, /, **params):
        text = super().__new__(cls, fill(template, params))
        text.template = template
        text.params = params
        return text
