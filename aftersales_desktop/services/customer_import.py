"""导入客户与订单: customers and their orders from an Excel or CSV file.

`read_preview` checks the whole file and says, row by row, what would happen — 新增 or 更新 the
customer (matched by phone: an existing customer is brought up to date with the file's
non-empty cells, never duplicated), 新增 or 更新 the order — and every problem by row number
and column. `import_file` checks again and writes everything in one transaction, or nothing:
a file with any problem, or a write that fails half way, leaves the database as it was.
Needs 导入客户与订单; existing customers only within what the importer sees; audited (each
customer's and order's change, and the import itself)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from peewee import IntegrityError

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.permissions import IMPORT_DATA
from aftersales_desktop.services import audit
from aftersales_desktop.services.customers import update_customer
from aftersales_desktop.services.import_check import ImportPreview, check_file
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.storage.models import Customer, database
from aftersales_desktop.storage.models_orders import CustomerOrder
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    orders: int


def read_preview(path: str | Path, actor: str) -> ImportPreview:
    """What importing `path` would do, with every problem; writes nothing."""
    return check_file(path, require(actor, IMPORT_DATA))


def import_file(path: str | Path, actor: str) -> ImportResult:
    """Import `path` whole (checked again) in one transaction; ValidationError and nothing
    written when any row has a problem."""
    staff = require(actor, IMPORT_DATA)
    preview = check_file(path, staff)
    errors = preview.errors
    if errors:
        shown = "；".join(p.text() for p in errors[:3])
        more = f"，共 {len(errors)} 处问题" if len(errors) > 3 else ""
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "{shown}{more}。没有导入任何内容，请改正后重新导入"), shown=shown, more=more)
    try:
        with database.atomic():
            return _write(preview, staff)
    except IntegrityError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "导入期间有人同时录入了相同的客户或订单；没有导入任何内容，请重新预览后再导入")) from None


def _write(preview: ImportPreview, staff: StaffRow) -> ImportResult:
    now = utcnow()
    ids: dict[str, int] = {}
    added = updated = orders = 0
    for r in preview.rows:
        phone = r.customer["phone"]
        if r.customer_action == "新增":
            values = {"vip": False, **r.customer}
            ids[phone] = Customer.insert(created_at=now, **values).execute()
            audit.record("create", staff.id, entity="customer", entity_id=ids[phone],
                         new=values.get("name"), at=now)
            added += 1
        elif phone not in ids:
            customer = Customer.get(Customer.phone == phone)
            ids[phone] = customer.id
            updated += update_customer(customer, r.customer, staff.id, now)
        if r.order_action in ("新增", "更新"):
            orders += 1
            _write_order(r.order, ids[phone], staff.id, now, r.order_action == "新增")
    audit.record("import", staff.id, entity="list", field="customers", at=now,
                 new=f"导入客户与订单（{preview.path.name}）：新增客户 {added} 位，"
                     f"更新 {updated} 位，订单 {orders} 张")
    return ImportResult(added, updated, orders)


def _write_order(order: dict, customer_id: int, staff_id: int, now, new: bool) -> None:
    number = order["order_number"]
    values = {k: v for k, v in order.items() if k != "order_number"}
    if new:
        order_id = CustomerOrder.insert(customer=customer_id, order_number=number, created_at=now,
                                        updated_at=now, **values).execute()
        audit.record("create", staff_id, entity="customer_order", entity_id=order_id,
                     field="order_number", new=number, at=now)
        return
    row = CustomerOrder.get(CustomerOrder.order_number == number)
    changes = {k: (getattr(row, k), v) for k, v in values.items() if getattr(row, k) != v}
    CustomerOrder.update(updated_at=now, **values).where(CustomerOrder.id == row.id).execute()
    audit.record_changes(changes, staff_id, ticket_id=None, entity="customer_order",
                         entity_id=row.id, at=now)
