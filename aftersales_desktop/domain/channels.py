"""Intake channels (DOMAIN.md, seeds 000–004) and priorities."""
from __future__ import annotations

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

CHANNELS = {
    "hotline": QT_TRANSLATE_NOOP("channels", "24小时热线"),
    "website": QT_TRANSLATE_NOOP("channels", "网站/APP"),
    "email": QT_TRANSLATE_NOOP("channels", "电子邮件"),
    "wechat": QT_TRANSLATE_NOOP("channels", "微信"),
    "weibo": QT_TRANSLATE_NOOP("channels", "微博"),
    "qq": "QQ",
    "online_service": QT_TRANSLATE_NOOP("channels", "在线客服平台"),
    "walk_in": QT_TRANSLATE_NOOP("channels", "到店/来访"),
}

PRIORITIES = {"urgent": QT_TRANSLATE_NOOP("channels", "紧急"), "normal": QT_TRANSLATE_NOOP("channels", "一般"), "low": QT_TRANSLATE_NOOP("channels", "低")}

GENDERS = {"male": QT_TRANSLATE_NOOP("channels", "男"), "female": QT_TRANSLATE_NOOP("channels", "女")}


def parse_choice(field: str, value, choices: dict[str, str]) -> str:
    """Accept a code or its Chinese label; raise ValidationError (a ValueError) naming the
    field otherwise."""
    text = str(value).strip()
    if text in choices:
        return text
    for code, label in choices.items():
        if label == text:
            return code
    raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "无法识别“{value}”，请填以下之一：{value2}"),
                          value=value, value2=", ".join(choices))
