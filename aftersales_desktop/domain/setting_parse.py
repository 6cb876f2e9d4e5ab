"""A setting's value between what a person types, what is stored (text) and what the code uses.
Every refusal is a ValidationError with the key as field and the Chinese label in the message."""
from __future__ import annotations

import re
from pathlib import PureWindowsPath, PurePosixPath

from aftersales_desktop.domain import settings_registry as reg
from aftersales_desktop.domain.callback_rules import parse_days
from aftersales_desktop.domain.callback_script import check_template
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.rewards import parse_yuan
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_TRUE, _FALSE = {"1", "true", "yes", "是", "on"}, {"0", "false", "no", "否", "off"}


def parse(defn: reg.SettingDef, value) -> str:
    """The text to store for `value` (typed by a person, or a Python value)."""
    key, label = defn.key, defn.label
    text = "" if value is None else (("1" if value else "0") if isinstance(value, bool)
                                     else str(value))
    if defn.kind != reg.SCRIPT:
        text = " ".join(text.split())
    if not text:
        if defn.optional:
            return ""
        if defn.kind not in (reg.SCRIPT,):
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{label}：请填写"), label=label)
    if len(text) > defn.max_length:
        raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{label}最多 {defn_max_length} 个字（现在 {count_text} 个）"), label=label, defn_max_length=defn.max_length, count_text=len(text))
    kind = defn.kind
    if kind == reg.INT:
        return _int(defn, text)
    if kind == reg.BOOL:
        if text.lower() in _TRUE:
            return "1"
        if text.lower() in _FALSE:
            return "0"
        raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{label}：请选择是或否，收到“{text}”"), label=label, text=text)
    if kind == reg.CHOICE:
        for code, shown in defn.choices.items():
            if text in (code, shown):
                return code
        raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{label}须为 {value2} 之一，收到“{text}”"), label=label, value2='、'.join(defn.choices.values()), text=text)
    if kind == reg.TIME:
        if len(text) == 4 and text[1] == ":":
            text = "0" + text
        if not _HHMM.match(text):
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{label}请填时间 HH:MM，如 09:00，收到“{text}”"), label=label, text=text)
        return text
    if kind == reg.DAYS:
        return ",".join(map(str, parse_days(text, key)))
    if kind == reg.SCRIPT:
        return check_template(text, key)
    if kind == reg.MONEY:
        fen = parse_yuan(text, key)
        if not fen:
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{label}：请填写金额（元），如 2000"), label=label)
        return str(fen)
    if kind == reg.PATH:
        if not (PureWindowsPath(text).is_absolute() or PurePosixPath(text).is_absolute()
                or text.startswith("~")):
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{label}“{text}”不是完整路径（如 D:\\备份）"), label=label, text=text)
        return text
    return text  # TEXT, DEPARTMENT (the service checks the department exists)


def _int(defn: reg.SettingDef, text: str) -> str:
    if defn.optional and text == "0":
        return ""
    try:
        number = int(text)
    except ValueError:
        number = None
    if number is None or not defn.low <= number <= defn.high:
        off = QT_TRANSLATE_NOOP("errors", "，留空为不设置") if defn.optional else ""
        raise ValidationError(defn.key, QT_TRANSLATE_NOOP("errors", "{defn_label}为 {defn_low}–{defn_high} 的整数{off}，收到“{text}”"), defn_label=defn.label, defn_low=defn.low, defn_high=defn.high, off=off, text=text)
    return str(number)


def display(defn: reg.SettingDef, stored: str) -> str:
    """The stored text as a person reads and types it (money in yuan, a choice by its label)."""
    if defn.kind == reg.MONEY and stored.isdigit():
        yuan, fen = divmod(int(stored), 100)
        return f"{yuan}.{fen:02d}" if fen else str(yuan)
    if defn.kind == reg.CHOICE:
        return defn.choices.get(stored, stored)
    if defn.kind == reg.BOOL:
        return "是" if stored == "1" else "否"
    if defn.kind == reg.SCRIPT:
        return stored
    return stored or "（未设置）"


def typed(defn: reg.SettingDef, stored: str):
    """The value the code uses: int, bool, fen, or text; None for an empty optional one."""
    if stored == "" and defn.optional:
        return None
    if defn.kind in (reg.INT, reg.MONEY):
        return int(stored)
    if defn.kind == reg.BOOL:
        return stored == "1"
    if defn.kind == reg.DAYS:
        return parse_days(stored, defn.key)
    return stored


def check_together(values: dict[str, str]) -> None:
    """Rules between settings, on the values as they would be after a change."""
    if not values["sla.business_opens"] < values["sla.business_closes"]:
        raise ValidationError("sla.business_closes", QT_TRANSLATE_NOOP("errors", "下班时间须晚于上班时间"))
