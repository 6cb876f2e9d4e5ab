"""单位信息: the company name on every printout, kept in the `setting` table (key company.name).

Until one settings registry exists (issue 10) this is its own small service; an empty name means
"not set yet", and the printouts say so plainly so that someone fills it in.
"""
from __future__ import annotations

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import EDIT_SETTINGS
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Setting, database

KEY = "company.name"
MAX_LENGTH = 60


def company_name() -> str | None:
    """The company name, or None while nobody has set it."""
    row = Setting.get_or_none(Setting.key == KEY)
    return (row.value.strip() or None) if row else None


def set_company_name(name: str, actor: str = "admin") -> str | None:
    """Store the name (audited; permission 修改设置); an empty one clears it. Returns what is
    stored now."""
    text = " ".join((name or "").split())
    if len(text) > MAX_LENGTH:
        raise ValidationError("company.name", f"单位名称最多 {MAX_LENGTH} 个字（现在 {len(text)} 个）")
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        old = company_name()
        if old == (text or None):
            return old
        if Setting.update(value=text).where(Setting.key == KEY).execute() == 0:
            Setting.insert(key=KEY, value=text).execute()
        audit.record("update", staff_id, entity="setting", field=KEY, old=old, new=text or None,
                     at=utcnow())
    return text or None
