"""设置 › 回访: the values the callback loop runs on (settings `callback.*`, declared with their
defaults in domain/settings_registry.py). A change applies to callbacks and revisits created
from then on; tasks already in the queue keep their times. Changes go through services/settings
(permission 修改设置, one audit event per key).
"""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from dataclasses import dataclass

from aftersales_desktop.domain.callback_rules import RESOLUTION_KINDS, parse_days
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.settings_registry import setting
from aftersales_desktop.domain.sla import TimeLimit
from aftersales_desktop.services import settings

ASSIGN_TO = setting("callback.assign_to").choices
MAX_ATTEMPTS = setting("callback.max_attempts").high
MAX_AMOUNT = setting("callback.limit_amount").high
_REVISIT = "callback.revisit."
# form field → key (the fields CallbackSettings.as_values gives)
_KEYS = {"limit_amount": "callback.limit_amount", "limit_unit": "callback.limit_unit",
         "assign_to": "callback.assign_to", "group": "callback.group",
         "max_attempts": "callback.max_attempts", "retry_amount": "callback.retry_amount",
         "retry_unit": "callback.retry_unit", "satisfied_min": "callback.satisfied_min",
         "callback_script": "callback.script", "revisit_script": "callback.revisit_script"}


@dataclass(frozen=True)
class CallbackSettings:
    limit: TimeLimit  # a callback is due this long after the ticket is resolved
    assign_to: str  # taker | group
    group: str  # the department that is the callback group
    max_attempts: int  # calls before a callback not reached ends
    retry: TimeLimit  # the next call this long after one not reached
    satisfied_min: int  # both scores at least this (and solved): satisfied
    revisit_days: dict[str, tuple[int, ...]]  # resolution kind → days after closing
    callback_script: str
    revisit_script: str

    def as_values(self) -> dict:
        """The form values `save_settings` takes."""
        return {"limit_amount": self.limit.amount, "limit_unit": self.limit.unit,
                "assign_to": self.assign_to, "group": self.group,
                "max_attempts": self.max_attempts, "retry_amount": self.retry.amount,
                "retry_unit": self.retry.unit, "satisfied_min": self.satisfied_min,
                "revisit_days": {k: ",".join(map(str, v)) for k, v in self.revisit_days.items()},
                "callback_script": self.callback_script, "revisit_script": self.revisit_script}


def load_settings() -> CallbackSettings:
    s = settings.stored_values([*_KEYS.values(), *(_REVISIT + k for k in RESOLUTION_KINDS)])
    return CallbackSettings(
        TimeLimit(int(s["callback.limit_amount"]), s["callback.limit_unit"]),
        s["callback.assign_to"], s["callback.group"], int(s["callback.max_attempts"]),
        TimeLimit(int(s["callback.retry_amount"]), s["callback.retry_unit"]),
        int(s["callback.satisfied_min"]),
        {kind: parse_days(s[_REVISIT + kind], "revisit_days") for kind in RESOLUTION_KINDS},
        s["callback.script"], s["callback.revisit_script"])


def save_settings(values: dict, actor: str = "admin") -> list[str]:
    """Check and store the given values (keys as in CallbackSettings.as_values); the keys that
    changed. Nothing is written when any value is refused."""
    changes = {_KEYS[name]: value for name, value in values.items() if name in _KEYS}
    fields = {key: name for name, key in _KEYS.items()}
    for kind, text in (values.get("revisit_days") or {}).items():
        if kind not in RESOLUTION_KINDS:
            raise ValidationError("revisit_days", QT_TRANSLATE_NOOP("errors", "未知的处理方式 {kind}"), kind=kind)
        changes[_REVISIT + kind] = text
        fields[_REVISIT + kind] = f"revisit_days.{kind}"
    return settings.set_values(changes, actor, fields=fields).changed
