"""How the ticket JSON sections map to ticket columns, and back."""
from __future__ import annotations

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.storage.models import Category
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

SECTION_COLUMNS = {
    "order": {"number": "order_number", "product": "product", "model": "model",
              "serial": "serial", "purchased_on": "purchased_on",
              "purchase_channel": "purchase_channel", "live_session": "live_session",
              "live_host": "live_host", "service_card": "service_card"},
    "problem": {"description": "description", "started_on": "started_on",
                "frequency": "frequency"},
    "logistics": {"waybill": "waybill", "carrier": "carrier", "branch": "branch",
                  "consignment_docs": "consignment_docs"},
}


def columns_from_sections(sections: dict[str, dict]) -> dict:
    out = {}
    for section, mapping in SECTION_COLUMNS.items():
        for key, value in sections.get(section, {}).items():
            out[mapping[key]] = value
    return out


def sections_from_row(row: dict) -> dict[str, dict]:
    return {section: {key: row.get(column) for key, column in mapping.items()}
            for section, mapping in SECTION_COLUMNS.items()}


def resolve_category(category: str | None, subcategory: str | None) -> tuple[int | None, int | None]:
    """Accept codes (`logistics`, `logistics.damaged`) or Chinese names; refuse retired ones."""
    cat_id = sub_id = None
    parent = None
    if category:
        parent = _find("category", category, None)
        cat_id = parent.id
    if subcategory:
        sub = _find("subcategory", subcategory, parent)
        sub_id = sub.id
        if cat_id is None:
            cat_id = sub.parent_id
    return cat_id, sub_id


def _find(field: str, text: str, parent: Category | None) -> Category:
    query = Category.select().where(Category.retired_at.is_null())
    query = query.where(Category.parent.is_null()) if field == "category" else \
        query.where(Category.parent.is_null(False))
    if parent is not None:
        query = query.where(Category.parent == parent.id)
    candidates = [c for c in query if text in (c.code, c.name, c.code.split(".")[-1])]
    if len(candidates) == 1:
        return candidates[0]
    names = ", ".join(f"{c.code} ({c.name})" for c in query)
    what = "ambiguous" if candidates else "unknown or retired"
    raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{what}“{text}”，应为以下之一：{names}"), what=what, text=text, names=names)
