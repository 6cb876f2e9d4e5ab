"""The order of a rule table: for the impact table the first matching row decides."""
from __future__ import annotations

from aftersales_desktop.domain.errors import NotFoundError
from aftersales_desktop.services import audit
from aftersales_desktop.services.classification_rules import _model
from aftersales_desktop.domain.permissions import EDIT_SETTINGS
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import database


def move_rule(kind: str, rule_id: int, step: int, actor: str = "admin") -> bool:
    """Move a rule `step` places (-1 up, +1 down) among all rules of its kind, retired ones
    included; False when it is already first or last. The rows are renumbered 1, 2, 3…"""
    model = _model(kind)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        rows = list(model.select(model.id, model.sort_order).order_by(model.sort_order, model.id))
        ids = [r.id for r in rows]
        if rule_id not in ids:
            raise NotFoundError(f"{kind} rule {rule_id} does not exist")
        index = ids.index(rule_id)
        target = index + step
        if step == 0 or not 0 <= target < len(ids):
            return False
        ids.insert(target, ids.pop(index))
        old = {r.id: r.sort_order for r in rows}
        for order, row_id in enumerate(ids, start=1):
            if old[row_id] != order:
                model.update(sort_order=order).where(model.id == row_id).execute()
        audit.record("move", staff_id, entity=f"{kind}_rule", entity_id=rule_id,
                     field="sort_order", old=old[rule_id], new=target + 1)
    return True
