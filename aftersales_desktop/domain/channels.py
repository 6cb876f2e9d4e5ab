"""Intake channels (DOMAIN.md, seeds 000–004) and priorities."""
from __future__ import annotations

CHANNELS = {
    "hotline": "24小时热线",
    "website": "网站/APP",
    "email": "电子邮件",
    "wechat": "微信",
    "weibo": "微博",
    "qq": "QQ",
    "online_service": "在线客服平台",
    "walk_in": "到店/来访",
}

PRIORITIES = {"urgent": "紧急", "normal": "一般", "low": "低"}

GENDERS = {"male": "男", "female": "女"}


def parse_choice(field: str, value, choices: dict[str, str]) -> str:
    """Accept a code or its Chinese label; raise ValueError naming the field otherwise."""
    text = str(value).strip()
    if text in choices:
        return text
    for code, label in choices.items():
        if label == text:
            return code
    raise ValueError(f"{field}: unknown '{value}'; expected one of {', '.join(choices)}")
