"""设置 › 回访设置: the values the callback loop runs on, stored in table `setting` as `callback.*`.

Declared once (SETTINGS: key, default); a key never saved reads as its default. A change applies
to callbacks and revisits created from then on; tasks already in the queue keep their times.
Every change is audited (entity `setting`, the key as field).
"""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain.callback_rules import RESOLUTION_KINDS, parse_days
from aftersales_desktop.domain.callback_script import (
    CALLBACK_SCRIPT, REVISIT_SCRIPT, check_template)
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.sla import UNITS, TimeLimit
from aftersales_desktop.domain.permissions import EDIT_SETTINGS
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.setting_values import write_settings
from aftersales_desktop.storage.models import Department, Setting, database

ASSIGN_TO = {"taker": "受理工单的客服", "group": "回访组"}
MAX_ATTEMPTS, MAX_AMOUNT = 10, 1000
_REVISIT = "callback.revisit."
# key → default (text, as stored)
SETTINGS = {
    "callback.limit_amount": "24", "callback.limit_unit": "working_hour",
    "callback.assign_to": "taker", "callback.group": "售后部",
    "callback.max_attempts": "3",
    "callback.retry_amount": "2", "callback.retry_unit": "working_hour",
    "callback.satisfied_min": "3",
    **{f"{_REVISIT}{kind}": ("7,30" if kind in ("repair", "exchange") else "")
       for kind in RESOLUTION_KINDS},
    "callback.script": CALLBACK_SCRIPT, "callback.revisit_script": REVISIT_SCRIPT,
}


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


def _stored() -> dict[str, str]:
    rows = Setting.select(Setting.key, Setting.value).where(Setting.key.startswith("callback."))
    return {**SETTINGS, **dict(rows.tuples())}


def load_settings() -> CallbackSettings:
    s = _stored()
    return CallbackSettings(
        TimeLimit(int(s["callback.limit_amount"]), s["callback.limit_unit"]),
        s["callback.assign_to"], s["callback.group"], int(s["callback.max_attempts"]),
        TimeLimit(int(s["callback.retry_amount"]), s["callback.retry_unit"]),
        int(s["callback.satisfied_min"]),
        {kind: parse_days(s[_REVISIT + kind], "revisit_days") for kind in RESOLUTION_KINDS},
        s["callback.script"], s["callback.revisit_script"])


def _whole(value, field: str, low: int, high: int, what: str) -> str:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = low - 1
    if not low <= number <= high:
        raise ValidationError(field, f"{what}为 {low}–{high} 的整数，收到“{value}”")
    return str(number)


def _unit(value, field: str) -> str:
    if value not in UNITS:
        raise ValidationError(field, f"时间单位须为 {', '.join(UNITS)} 之一")
    return value


def _checked(values: dict) -> dict[str, str]:
    """Stored text by key for the given form values; ValidationError names the field."""
    out: dict[str, str] = {}
    checks = {
        "limit_amount": lambda v: _whole(v, "limit_amount", 1, MAX_AMOUNT, "回访时限"),
        "limit_unit": lambda v: _unit(v, "limit_unit"),
        "retry_amount": lambda v: _whole(v, "retry_amount", 1, MAX_AMOUNT, "重拨间隔"),
        "retry_unit": lambda v: _unit(v, "retry_unit"),
        "max_attempts": lambda v: _whole(v, "max_attempts", 1, MAX_ATTEMPTS, "最多拨打次数"),
        "satisfied_min": lambda v: _whole(v, "satisfied_min", 1, 5, "满意标准"),
        "callback_script": lambda v: check_template(v, "callback_script"),
        "revisit_script": lambda v: check_template(v, "revisit_script"),
    }
    for name, check in checks.items():
        if name in values:
            out["callback." + name.replace("callback_script", "script")] = check(values[name])
    if "assign_to" in values:
        if values["assign_to"] not in ASSIGN_TO:
            raise ValidationError("assign_to", "请选择回访分配给受理工单的客服或回访组")
        out["callback.assign_to"] = values["assign_to"]
    if "group" in values:
        name = (values["group"] or "").strip()
        if not Department.select().where(Department.name == name).exists():
            raise ValidationError("group", f"没有部门“{name}”；回访组须是已有的部门")
        out["callback.group"] = name
    for kind, text in (values.get("revisit_days") or {}).items():
        if kind not in RESOLUTION_KINDS:
            raise ValidationError("revisit_days", f"未知的处理方式 {kind}")
        days = parse_days(str(text or ""), f"revisit_days.{kind}")
        out[_REVISIT + kind] = ",".join(map(str, days))
    return out


def save_settings(values: dict, actor: str = "admin") -> list[str]:
    """Check and store the given values (keys as in CallbackSettings.as_values); the keys that
    changed. Nothing is written when any value is refused."""
    staff_id = require(actor, EDIT_SETTINGS).id
    checked = _checked(values)
    with database.atomic():
        return write_settings(_stored(), checked, staff_id, utcnow())
