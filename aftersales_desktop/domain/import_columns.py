"""The columns of a customer/order file people bring (a shop's order export, a CRM list, a
sheet typed by hand): Chinese headers in their usual spellings mapped to our fields, and the
cells read as our values — or a message in Chinese saying what is expected."""
from __future__ import annotations

import re
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text
from datetime import date, datetime

from aftersales_desktop.domain import phone as phones
from aftersales_desktop.domain.channels import GENDERS

# field → the headers meaning it (compared without spaces, brackets' content or a trailing *)
HEADERS = {
    "name": ("客户姓名", "姓名", "客户", "客户名称", "买家姓名", "收货人", "联系人", "name"),
    "phone": ("手机号", "手机", "手机号码", "电话", "联系电话", "电话号码", "收货人手机",
              "联系方式", "phone", "mobile"),
    "address": ("地址", "收货地址", "详细地址", "联系地址", "address"),
    "region": ("地区", "所在地区", "省市", "省市区", "城市", "region"),
    "email": ("邮箱", "电子邮箱", "电子邮件", "email", "e-mail"),
    "gender": ("性别", "gender"),
    "age_range": ("年龄段", "年龄"),
    "postcode": ("邮编", "邮政编码"),
    "vip": ("vip", "会员", "是否vip", "是否会员"),
    "order_number": ("订单号", "订单编号", "订单", "order"),
    "product": ("商品", "商品名称", "产品", "产品名称", "宝贝标题", "product"),
    "model": ("型号", "规格型号", "商品型号", "规格", "model"),
    "serial": ("序列号", "机身号", "sn"),
    "purchased_on": ("购买日期", "下单日期", "下单时间", "购买时间", "付款时间", "订单日期"),
    "purchase_channel": ("购买渠道", "渠道", "店铺", "店铺名称", "来源"),
}
LABELS = {"name": QT_TRANSLATE_NOOP("errors", "客户姓名"), "phone": QT_TRANSLATE_NOOP("errors", "手机号"), "address": QT_TRANSLATE_NOOP("errors", "地址"), "region": QT_TRANSLATE_NOOP("errors", "地区"),
          "email": QT_TRANSLATE_NOOP("errors", "邮箱"), "gender": QT_TRANSLATE_NOOP("errors", "性别"), "age_range": QT_TRANSLATE_NOOP("errors", "年龄段"), "postcode": QT_TRANSLATE_NOOP("errors", "邮编"),
          "vip": "VIP", "order_number": QT_TRANSLATE_NOOP("errors", "订单号"), "product": QT_TRANSLATE_NOOP("errors", "商品"), "model": QT_TRANSLATE_NOOP("errors", "型号"),
          "serial": QT_TRANSLATE_NOOP("errors", "序列号"), "purchased_on": QT_TRANSLATE_NOOP("errors", "购买日期"), "purchase_channel": QT_TRANSLATE_NOOP("errors", "购买渠道")}
CUSTOMER_KEYS = ("name", "phone", "region", "email", "gender", "age_range", "postcode", "vip")
ORDER_KEYS = ("order_number", "product", "model", "serial", "purchased_on", "purchase_channel")
LIMITS = {"name": 100, "phone": 40, "email": 200, "age_range": 40, "region": 200,
          "postcode": 10, "order_number": 64, "product": 200, "model": 100, "serial": 100,
          "purchase_channel": 100, "address": 200}
_SPELLINGS = {re.sub(r"\s", "", h).lower(): key for key, hs in HEADERS.items() for h in hs}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
YES = {"是", "y", "yes", "true", "1", "vip", "会员"}
NO = {"否", "n", "no", "false", "0", ""}


def field_of(header) -> str | None:
    """Our field for a header cell (客户姓名*, 手机号（必填）, 收货地址), or None."""
    text = re.sub(r"[（(【\[].*?[）)】\]]", "", str(header or ""))
    text = re.sub(r"\s", "", text).rstrip("*＊:：").lower()
    return _SPELLINGS.get(text)


def text_of(value) -> str:
    """A cell as text: numbers as Excel shows them (13912345678, not 13912345678.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value).strip().replace("\u3000", " ").strip()


class CellError(ValueError):
    pass


def parse_cell(key: str, value, today: date):
    """The value of `key` from a cell, None when empty; CellError saying what is expected."""
    if key == "purchased_on":
        return _day(value, today)
    text = text_of(value)
    if key == "vip":
        if text.lower() in YES:
            return True
        if text.lower() in NO:
            return False if text else None
        raise CellError(Text(QT_TRANSLATE_NOOP("errors", "“{text}”应为 是 或 否"), text=text))
    if not text:
        return None
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise CellError(QT_TRANSLATE_NOOP("errors", "含有无法保存的字符"))
    if len(text) > LIMITS.get(key, 200):
        raise CellError(Text(QT_TRANSLATE_NOOP("errors", "最多 {value1} 个字，这里有 {count_text} 个"), value1=LIMITS.get(key, 200), count_text=len(text)))
    if key == "phone":
        try:
            return phones.normalise(text)
        except ValueError:
            raise CellError(Text(QT_TRANSLATE_NOOP("errors", "“{text}”不是有效的手机号（1 开头的 11 位）或带区号的固话（如 021-62345678）"), text=text)) from None
    if key == "email" and not _EMAIL.match(text):
        raise CellError(Text(QT_TRANSLATE_NOOP("errors", "“{text}”不是有效的电子邮箱，如 name@example.com"), text=text))
    if key == "postcode" and not re.fullmatch(r"\d{6}", text):
        raise CellError(Text(QT_TRANSLATE_NOOP("errors", "“{text}”应为 6 位数字"), text=text))
    if key == "gender":
        for code, label in GENDERS.items():
            if text in (code, label):
                return code
        raise CellError(Text(QT_TRANSLATE_NOOP("errors", "“{text}”应为 男 或 女"), text=text))
    return text


def _day(value, today: date) -> date | None:
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        text = text_of(value)
        if not text:
            return None
        match = _DATE.match(text) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", text)
        try:
            day = date(*(int(part) for part in match.groups()[:3])) if match else None
        except ValueError:
            day = None
        if day is None:
            raise CellError(Text(QT_TRANSLATE_NOOP("errors", "“{text}”不是日期，应为 2026-11-01 这样的年-月-日"), text=text))
    if day > today:
        raise CellError(Text(QT_TRANSLATE_NOOP("errors", "{day} 晚于今天"), day=f"{day:%Y-%m-%d}"))
    if day.year < 1990:
        raise CellError(Text(QT_TRANSLATE_NOOP("errors", "{day} 早于 1990 年"), day=f"{day:%Y-%m-%d}"))
    return day


def region_of(region: str | None, address: str | None) -> str | None:
    """The customer's 地区 as the program keeps it: the address when there is one (masked to
    the district on screen), led by the region when the address does not start with it."""
    if not address:
        return region
    if region and not address.startswith(region):
        return f"{region}{address}"
    return address
