"""Editing the complaint taxonomy: add, rename, retire, restore — history is never lost.

A category that any ticket uses cannot be deleted, only retired: retired ones stay on the
old tickets and in statistics, and are no longer offered for new tickets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from peewee import fn

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.services import audit
from aftersales_desktop.domain.permissions import EDIT_SETTINGS
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Category, Ticket, database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

_CODE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")


def _get(code: str) -> Category:
    category = Category.get_or_none(Category.code == code)
    if category is None:
        raise NotFoundError(f"category {code} does not exist")
    return category


def _name(name: str) -> str:
    text = (name or "").strip()
    if not text or len(text) > 40:
        raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "必填，最多 40 个字"))
    return text


def add_category(code: str, name: str, parent_code: str | None = None,
                 actor: str = "admin") -> str:
    """Add a top-level category, or a sub-category under `parent_code`; return its full code."""
    if not _CODE.match(code or ""):
        raise ValidationError("code", QT_TRANSLATE_NOOP("errors", "编码为 2–40 个小写英文字母、数字或下划线，以字母开头，如 cold_chain"))
    name = _name(name)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        parent = _get(parent_code) if parent_code else None
        if parent is not None and parent.parent_id is not None:
            raise ValidationError("parent", QT_TRANSLATE_NOOP("errors", "细分类别下不能再建细分类别"))
        full = f"{parent.code}.{code}" if parent else code
        if Category.get_or_none(Category.code == full):
            raise ValidationError("code", QT_TRANSLATE_NOOP("errors", "{full} 已存在"), full=full)
        siblings = Category.select(fn.MAX(Category.sort_order)).where(
            Category.parent == parent.id if parent else Category.parent.is_null()).scalar()
        new_id = Category.insert(code=full, name=name, parent=parent.id if parent else None,
                                 sort_order=(siblings or 0) + 1).execute()
        audit.record("create", staff_id, entity="category", entity_id=new_id, new=name)
    return full


def rename_category(code: str, name: str, actor: str = "admin") -> None:
    name = _name(name)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        category = _get(code)
        if category.name != name:
            Category.update(name=name).where(Category.id == category.id).execute()
            audit.record("update", staff_id, entity="category", entity_id=category.id,
                         field="name", old=category.name, new=name)


def set_retired(code: str, retired: bool, actor: str = "admin") -> None:
    """Retire (no longer offered for new tickets) or bring back a category."""
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        category = _get(code)
        if (category.retired_at is not None) == retired:
            return
        value = utcnow() if retired else None
        Category.update(retired_at=value).where(Category.id == category.id).execute()
        audit.record("retire" if retired else "restore", staff_id, entity="category",
                     entity_id=category.id, field="retired_at", old=category.retired_at,
                     new=value)


def delete_category(code: str, actor: str = "admin") -> None:
    """Delete a category nobody ever used; a used one must be retired instead."""
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        category = _get(code)
        used = Ticket.select().where((Ticket.category == category.id)
                                     | (Ticket.subcategory == category.id)).exists()
        if used or Category.select().where(Category.parent == category.id).exists():
            raise ValidationError("code", QT_TRANSLATE_NOOP("errors", "{code} 已有工单使用或含有细分类别，不能删除；请改为停用，历史工单仍保留它"), code=code)
        Category.delete().where(Category.id == category.id).execute()
        audit.record("delete", staff_id, entity="category", entity_id=category.id,
                     old=category.name)


@dataclass(frozen=True)
class TaxonomyEntry:
    code: str
    name: str
    parent_code: str | None
    retired: bool
    tickets: int  # tickets that use it as category or sub-category


def list_taxonomy() -> list[TaxonomyEntry]:
    """Every category, retired ones too: each top-level one followed by its sub-categories."""
    used: dict[int, int] = {}
    for column in (Ticket.category, Ticket.subcategory):
        for category_id, count in (Ticket.select(column, fn.COUNT(Ticket.id))
                                   .where(column.is_null(False)).group_by(column).tuples()):
            used[category_id] = used.get(category_id, 0) + count
    rows = list(Category.select().order_by(Category.sort_order, Category.id))
    codes = {r.id: r.code for r in rows}
    out = []
    for top in (r for r in rows if r.parent_id is None):
        for row in [top] + [r for r in rows if r.parent_id == top.id]:
            out.append(TaxonomyEntry(row.code, row.name, codes.get(row.parent_id),
                                     row.retired_at is not None, used.get(row.id, 0)))
    return out
