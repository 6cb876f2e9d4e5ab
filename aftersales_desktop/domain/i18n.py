"""The marker for labels the window shows in the chosen language, without importing Qt.

`QT_TRANSLATE_NOOP("states", "已受理")` returns the Chinese text unchanged; pyside6-lupdate
(tools/update_translations.py) finds the call by its name and puts the text into the
translation file under that context; the window translates it where it is shown
(ui.labels.label(context, text)). Printouts and the command line keep the Chinese.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    return text
