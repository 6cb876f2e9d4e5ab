"""Writing rows of table `setting` with their audit events (entity `setting`, the key as
field), inside the caller's transaction."""
from __future__ import annotations

from datetime import datetime

from aftersales_desktop.services import audit
from aftersales_desktop.storage.models import Setting


def write_settings(old: dict[str, str], new: dict[str, str], staff_id: int,
                   now: datetime) -> list[str]:
    """Store each key of `new` whose value differs from `old`; the keys changed."""
    changed = [key for key, value in new.items() if old.get(key) != value]
    for key in changed:
        if Setting.update(value=new[key]).where(Setting.key == key).execute() == 0:
            Setting.insert(key=key, value=new[key]).execute()
        audit.record("update", staff_id, entity="setting", field=key, old=old.get(key),
                     new=new[key], at=now)
    return changed
