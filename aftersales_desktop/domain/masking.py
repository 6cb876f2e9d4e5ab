"""Personal data as screens, exports and printouts show it by default (PIPL, seed 003 §5):
phones 138****5678, e-mail w***@qq.com, addresses down to the district. The one place that
decides how; revealing the full value is services.personal_data.reveal_contact."""
from __future__ import annotations

import re

MASK = "****"
# The administrative units an address keeps visible, largest first (省/市/区 …).
_UNITS = re.compile(r"^(.{1,10}?(?:自治区|特别行政区|省|市))?(.{1,10}?(?:自治州|地区|盟|市))?"
                    r"(.{1,10}?(?:区|县|旗))?")
CONTACT_FIELDS = ("phone", "email", "region", "address")


def mask_phone(phone: str | None) -> str:
    """138****5678: first three and last four digits stay visible."""
    if not phone:
        return ""
    if len(phone) <= 7:
        return phone[:1] + "*" * (len(phone) - 1)
    return phone[:3] + "*" * (len(phone) - 7) + phone[-4:]


def mask_email(email: str | None) -> str:
    """wangfang@qq.com → w***@qq.com."""
    if not email:
        return ""
    user, at, domain = email.partition("@")
    if not at:
        return user[:1] + "***"
    return f"{user[:1]}***@{domain}"


def mask_address(address: str | None) -> str:
    """上海市浦东新区张江路88号 → 上海市浦东新区****; an address that is only a province,
    city or district (as the customer region usually is) stays as it is."""
    text = (address or "").strip()
    if not text:
        return ""
    kept = "".join(part for part in _UNITS.match(text).groups() if part)
    if not kept:
        kept = text[:2]
    return text if kept == text else kept + MASK


def mask_field(field: str | None, value: str | None) -> str | None:
    """`value` of a ticket, customer or audit field, masked when the field is personal data."""
    if value is None or field is None:
        return value
    name = field.rsplit(".", 1)[-1]
    if name == "phone":
        return mask_phone(value)
    if name == "email":
        return mask_email(value)
    if name in ("region", "address"):
        return mask_address(value)
    return value


MOBILE_IN_TEXT = re.compile(r"(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)")
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def mask_in_text(text: str | None) -> str | None:
    """Free text (a description, a note) with every mobile number and e-mail in it masked."""
    if not text:
        return text
    text = MOBILE_IN_TEXT.sub(lambda m: mask_phone(re.sub(r"\D", "", m.group())[-11:]), text)
    return EMAIL_IN_TEXT.sub(lambda m: mask_email(m.group()), text)
