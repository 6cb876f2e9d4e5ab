"""单位信息: the company name on every printout (setting company.name, see settings_registry).
An empty name means "not set yet", and the printouts say so plainly so that someone fills it in.
"""
from __future__ import annotations

from aftersales_desktop.domain.settings_registry import setting
from aftersales_desktop.services import settings

KEY = "company.name"
MAX_LENGTH = setting(KEY).max_length


def company_name() -> str | None:
    """The company name, or None while nobody has set it."""
    return settings.get(KEY)


def set_company_name(name: str, actor: str = "admin") -> str | None:
    """Store the name (audited; permission 修改设置); an empty one clears it. Returns what is
    stored now."""
    settings.set_values({KEY: name}, actor)
    return company_name()
