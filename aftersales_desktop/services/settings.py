"""Reading, changing and resetting the settings declared in domain/settings_registry.py.

A change checks the permission of every setting it touches, then every value (a refusal names
the setting and nothing is written), then stores the changed ones with one audit event each
(entity `setting`, the key as field; action `update`, or `reset` back to the default) in one
transaction; a change of the business hours recomputes the running deadlines in it too.
"""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain import settings_registry as reg
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.setting_parse import check_together, display, parse, typed
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Department, Setting, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class SettingValue:
    """One row of a settings page."""
    defn: reg.SettingDef
    stored: str  # as stored (the default when never saved)
    shown: str  # as a person reads and types it
    default_shown: str
    is_default: bool


@dataclass(frozen=True)
class Saved:
    changed: list[str]  # keys whose value changed
    recomputed: int = 0  # running tickets whose deadlines were recomputed


def _rows(keys=None) -> dict[str, str]:
    query = Setting.select(Setting.key, Setting.value)
    if keys is not None:
        query = query.where(Setting.key.in_(list(keys)))
    return dict(query.tuples())


def stored_values(keys=None) -> dict[str, str]:
    """key → stored text (its default when never saved), for the declared, shown settings."""
    wanted = [s.key for s in reg.SETTINGS if not s.internal and (keys is None or s.key in keys)]
    saved = _rows(wanted)
    return {key: saved.get(key, reg.setting(key).default) for key in wanted}


def raw(key: str) -> str:
    return stored_values([reg.setting(key).key])[key]


def get(key: str):
    """The value as the code uses it (int, bool, fen, tuple of days, text; None when unset)."""
    return typed(reg.setting(key), raw(key))


def group_values(group: str) -> list[SettingValue]:
    defs = reg.group_settings(group)
    values = stored_values([d.key for d in defs])
    return [SettingValue(d, values[d.key], display(d, values[d.key]), display(d, d.default),
                         values[d.key] == d.default) for d in defs]


def checked(changes: dict) -> dict[str, str]:
    """The stored text of each change; ValidationError (field: the key) on the first refusal."""
    out = {}
    for key, value in changes.items():
        defn = reg.setting(key)
        if defn.internal:
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "{defn_label}由程序自己维护，不能在设置中修改"), defn_label=defn.label)
        out[key] = parse(defn, value)
        if defn.kind == reg.DEPARTMENT and not Department.select().where(
                Department.name == out[key]).exists():
            raise ValidationError(key, QT_TRANSLATE_NOOP("errors", "没有部门“{value1}”；{defn_label}须是已有的部门"), value1=out[key], defn_label=defn.label)
    return out


def _renamed(exc: ValidationError, fields: dict | None) -> ValidationError:
    name = (fields or {}).get(exc.field)
    return ValidationError(name, exc.template, **exc.params) if name else exc


def set_values(changes: dict, actor: str, fields: dict[str, str] | None = None) -> Saved:
    """Store `changes` (key → value as typed); `fields` renames keys in refusals to a form's
    field names. Nothing is written when anything is refused."""
    staff_id = _permitted(changes, actor)
    try:
        new = checked(changes)
        check_together({**stored_values(), **new})
    except ValidationError as exc:
        raise _renamed(exc, fields) from None
    with database.atomic():
        return _write(new, staff_id, "update")


def reset(keys, actor: str) -> Saved:
    """Back to the defaults: the stored rows are deleted (audited as `reset` when the value
    changes), so a key reads its registry default again."""
    keys = list(keys)
    defaults = {key: reg.setting(key).default for key in keys}
    staff_id = _permitted(defaults, actor)
    check_together({**stored_values(), **defaults})
    with database.atomic():
        return _write(defaults, staff_id, "reset")


def reset_group(group: str, actor: str) -> Saved:
    return reset([d.key for d in reg.group_settings(group)], actor)


def _permitted(changes: dict, actor: str) -> int:
    staff = None
    for permission in sorted({reg.setting(key).permission for key in changes} or
                             {reg.EDIT_SETTINGS}):
        staff = require(actor, permission)
    return staff.id


def _write(new: dict[str, str], staff_id: int, action: str) -> Saved:
    old = stored_values(new)
    saved = _rows(new)
    now = utcnow()
    changed = [key for key, value in new.items() if old[key] != value or
               (action == "reset" and key in saved)]
    for key in changed:
        if action == "reset":
            Setting.delete().where(Setting.key == key).execute()
        elif Setting.update(value=new[key]).where(Setting.key == key).execute() == 0:
            Setting.insert(key=key, value=new[key]).execute()
        if old[key] != new[key]:
            audit.record(action, staff_id, entity="setting", field=key, old=old[key] or None,
                         new=new[key] or None, at=now)
    changed = [key for key in changed if old[key] != new[key]]
    recomputed = 0
    if any(key.startswith("sla.") for key in changed):
        from aftersales_desktop.services.deadline_bulk import resync_running

        recomputed = resync_running()
    return Saved(changed, recomputed)


def read_state(key: str) -> str | None:
    """A bookkeeping value of the program (kind STATE), or None."""
    if not reg.setting(key).internal:
        raise KeyError(f"{key} is a setting, not program state; use get()")
    return Setting.select(Setting.value).where(Setting.key == key).scalar()


def write_state(key: str, value: str | None) -> None:
    """Store (or with None delete) a bookkeeping value, inside the caller's transaction."""
    if not reg.setting(key).internal:
        raise KeyError(f"{key} is a setting, not program state; use set_values()")
    Setting.delete().where(Setting.key == key).execute()
    if value is not None:
        Setting.insert(key=key, value=value).execute()
