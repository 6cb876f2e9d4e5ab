"""Chinese phone numbers: normalise, validate (masking: domain.masking)."""
from __future__ import annotations

import re

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}\d{7,8}$")
_SEPARATORS = re.compile(r"[\s\-()（）]")


def normalise(raw: str) -> str:
    """'+86 138-0013-8000' → '13800138000'; raise ValueError when it is no Chinese number."""
    text = _SEPARATORS.sub("", str(raw))
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    if _MOBILE.match(text) or _LANDLINE.match(text):
        return text
    raise ValueError("请输入大陆手机号（1 开头的 11 位）或带区号的固话，如 021-62345678")
