"""The active complaint taxonomy as plain rows, for pickers."""
from __future__ import annotations

from dataclasses import dataclass, field

from aftersales_desktop.storage.models import Category


@dataclass(frozen=True)
class CategoryOption:
    code: str
    name: str
    children: list[tuple[str, str]] = field(default_factory=list)  # (code, name)


def active_categories() -> list[CategoryOption]:
    rows = list(Category.select().where(Category.retired_at.is_null())
                .order_by(Category.sort_order, Category.id))
    tops = [r for r in rows if r.parent_id is None]
    return [CategoryOption(t.code, t.name,
                           [(c.code, c.name) for c in rows if c.parent_id == t.id])
            for t in tops]
