"""Removing one person from free text (PIPL anonymisation): their name (also as 王女士 / 王先生),
phone in any spelling, e-mail, order, waybill and serial numbers, the street part of their
address, and any other mobile number, e-mail address or ID card number the text carries.
What remains (the problem itself) stays readable for statistics."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from aftersales_desktop.domain.masking import EMAIL_IN_TEXT, MOBILE_IN_TEXT, mask_address

REDACTED = "〔已匿名〕"  # the audit trail accepts a changed value only with this mark (step 11)

_HONORIFICS = ("先生", "女士", "小姐", "老师", "师傅", "阿姨", "总", "姐", "哥")
_ANY_ID_CARD = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


@dataclass
class Secrets:
    """What identifies the person; built from their customer row and their tickets."""
    names: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)  # order, waybill, serial, service card numbers
    places: set[str] = field(default_factory=set)  # the street part of an address

    def add_name(self, name: str | None) -> None:
        name = (name or "").strip()
        if len(name) < 2:
            return  # one character would cut words out of every sentence
        self.names.add(name)
        if _HAN.match(name):
            self.names.update(name[0] + title for title in _HONORIFICS)

    def add_address(self, address: str | None) -> None:
        text = (address or "").strip()
        kept = mask_address(text).removesuffix("****")
        if text and kept != text and text.startswith(kept):
            self.places.add(text)
            if len(text) - len(kept) >= 2:
                self.places.add(text[len(kept):])

    def add_code(self, code: str | None) -> None:
        if code and len(code.strip()) >= 4:
            self.codes.add(code.strip())

    def pattern(self) -> re.Pattern | None:
        parts = [re.escape(t) for t in self.names | self.emails | self.codes | self.places if t]
        parts += [_digits_pattern(p) for p in self.phones if p]
        if not parts:
            return None
        parts.sort(key=len, reverse=True)  # the longest first: 王芳 before 王
        return re.compile("|".join(parts), re.IGNORECASE)


def _digits_pattern(phone: str) -> str:
    """The phone with optional spaces or dashes between digits and an optional +86."""
    digits = re.sub(r"\D", "", phone)
    return r"(?:\+?86[\s-]?)?" + r"[\s-]?".join(digits)


def scrub(text: str | None, secrets: Secrets, pattern: re.Pattern | None = None) -> str | None:
    """`text` without the person: each piece replaced by 〔已匿名〕; None stays None."""
    if not text:
        return text
    pattern = pattern if pattern is not None else secrets.pattern()
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    for generic in (EMAIL_IN_TEXT, MOBILE_IN_TEXT, _ANY_ID_CARD):
        text = generic.sub(REDACTED, text)
    return text
