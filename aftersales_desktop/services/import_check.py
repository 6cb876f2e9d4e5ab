"""The check of a customer/order file before 导入客户与订单 (services.customer_import): each
row read into our fields, every problem named by row number and column, the same customer on
several rows compared, and each row's effect on the database (新增 / 更新 / 不变) worked out."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from aftersales_desktop.domain.clock import local_today
from aftersales_desktop.domain.import_columns import (
    CUSTOMER_KEYS, LABELS, ORDER_KEYS, CellError, field_of, parse_cell, region_of,
)
from aftersales_desktop.domain.masking import mask_phone
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.services.table_file import read_table
from aftersales_desktop.storage.models import Customer, Ticket
from aftersales_desktop.storage.models_orders import CustomerOrder

BATCH = 500  # values per IN (…) when looking up phones and order numbers


@dataclass(frozen=True)
class RowProblem:
    row: int  # the file's row number (the header is row 1)
    column: str  # the column's Chinese name; "" for the file or the whole row
    message: str

    def text(self) -> str:
        if self.column:
            return Text(QT_TRANSLATE_NOOP("errors", "第 {row} 行 {column}：{message}"), row=self.row,
                        column=self.column, message=self.message)
        return Text(QT_TRANSLATE_NOOP("errors", "第 {row} 行：{message}"), row=self.row,
                    message=self.message)


@dataclass
class ImportRow:
    row: int
    customer: dict  # our customer fields the row fills (phone normalised)
    order: dict  # our order fields, {} without an order
    problems: list[RowProblem] = field(default_factory=list)
    customer_action: str = ""  # 新增, 更新, 不变, or 同第 N 行
    changes: tuple[str, ...] = ()  # the customer's fields an update changes (Chinese)
    order_action: str = ""  # 新增, 更新, 不变, or ""

    @property
    def phone_shown(self) -> str:
        return mask_phone(self.customer.get("phone"))

    @property
    def action_text(self) -> str:
        customer = self.customer_action
        if customer == QT_TRANSLATE_NOOP("errors", "更新") and self.changes:
            customer = Text(QT_TRANSLATE_NOOP("errors", "更新（{fields}）"), fields=list(self.changes))
        order = Text(QT_TRANSLATE_NOOP("errors", "订单{action}"), action=self.order_action) \
            if self.order_action else ""
        if customer and order:
            return Text(QT_TRANSLATE_NOOP("errors", "{customer} · {order}"), customer=customer,
                        order=order)
        return customer or order


@dataclass
class ImportPreview:
    path: Path
    encoding: str
    columns: list[str]  # the recognised columns, as the file names them
    ignored: list[str]  # headers not understood (left out)
    rows: list[ImportRow]
    file_problems: list[RowProblem]

    @property
    def errors(self) -> list[RowProblem]:
        return self.file_problems + [p for r in self.rows for p in r.problems]

    new_count = property(lambda self: sum(r.customer_action == QT_TRANSLATE_NOOP("errors", "新增") for r in self.rows))
    update_count = property(lambda self: sum(r.customer_action == QT_TRANSLATE_NOOP("errors", "更新") for r in self.rows))
    order_count = property(lambda self: sum(r.order_action in (QT_TRANSLATE_NOOP("errors", "新增"), QT_TRANSLATE_NOOP("errors", "更新")) for r in self.rows))


def _columns(header: tuple) -> tuple[dict[int, str], list[str], list[str], list[RowProblem]]:
    mapping, seen, ignored = {}, set(), []
    for index, cell in enumerate(header):
        key = field_of(cell)
        name = str(cell or "").strip()
        if key is None or key in seen:
            if name:
                ignored.append(name)
            continue
        mapping[index] = key
        seen.add(key)
    problems = [RowProblem(1, LABELS[key], Text(QT_TRANSLATE_NOOP("errors", "找不到“{value1}”一列（表头可写作 {hint}）"), value1=LABELS[key], hint=hint))
                for key, hint in (("name", QT_TRANSLATE_NOOP("errors", "客户姓名 或 姓名")), ("phone", QT_TRANSLATE_NOOP("errors", "手机号 或 电话")))
                if key not in seen]
    return mapping, [str(header[i]).strip() for i in mapping], ignored, problems


def _row(number: int, cells: tuple, mapping: dict[int, str], today: date) -> ImportRow:
    values, problems = {}, []
    for index, key in mapping.items():
        try:
            values[key] = parse_cell(key, cells[index] if index < len(cells) else None, today)
        except CellError as exc:
            problems.append(RowProblem(number, LABELS[key], exc.args[0]))
    customer = {k: values[k] for k in CUSTOMER_KEYS if values.get(k) is not None}
    region = region_of(values.get("region"), values.get("address"))
    if region:
        customer["region"] = region
    order = {k: values[k] for k in ORDER_KEYS if values.get(k) is not None}
    failed = {p.column for p in problems}
    if not customer.get("name") and LABELS["name"] not in failed:
        problems.append(RowProblem(number, LABELS["name"], QT_TRANSLATE_NOOP("errors", "请填写客户姓名")))
    if not customer.get("phone") and LABELS["phone"] not in failed:
        problems.append(RowProblem(number, LABELS["phone"], QT_TRANSLATE_NOOP("errors", "请填写手机号（用来认出已有客户）")))
    if order and "order_number" not in order and LABELS["order_number"] not in failed:
        filled = "、".join(LABELS[k] for k in order)
        problems.append(RowProblem(number, LABELS["order_number"], Text(QT_TRANSLATE_NOOP("errors", "填写了{filled}，但没有订单号"), filled=filled)))
    return ImportRow(number, customer, order, problems)


def _in_file(rows: list[ImportRow]) -> None:
    """The same customer (phone) on several rows must say the same; an order appears once."""
    first_of: dict[str, ImportRow] = {}
    orders: dict[str, int] = {}
    for r in rows:
        number = r.order.get("order_number")
        if number in orders:
            r.problems.append(RowProblem(r.row, LABELS["order_number"],
                                         Text(QT_TRANSLATE_NOOP("errors", "订单号 {number} 与第 {value2} 行重复"), number=number, value2=orders[number])))
        elif number:
            orders[number] = r.row
        phone = r.customer.get("phone")
        if not phone:
            continue
        first = first_of.setdefault(phone, r)
        if first is r:
            continue
        r.customer_action = Text(QT_TRANSLATE_NOOP("errors", "同第 {first_row} 行"), first_row=first.row)
        if not r.order and not first.order:
            r.problems.append(RowProblem(r.row, LABELS["phone"],
                                         Text(QT_TRANSLATE_NOOP("errors", "与第 {first_row} 行重复（同一手机号，也都没有订单）"), first_row=first.row)))
        for key, value in r.customer.items():
            before = first.customer.get(key)
            if before is not None and before != value:
                r.problems.append(RowProblem(r.row, LABELS[key], Text(QT_TRANSLATE_NOOP("errors", "与第 {first_row} 行同一手机号，但{value2}不同（“{before}”和“{value}”）"), first_row=first.row, value2=LABELS[key], before=before, value=value)))
            elif before is None:
                first.customer[key] = value


def _chunks(values: list):
    for start in range(0, len(values), BATCH):
        yield values[start:start + BATCH]


def _against_database(rows: list[ImportRow], staff: StaffRow) -> None:
    firsts = {r.customer["phone"]: r for r in rows
              if r.customer.get("phone") and not r.customer_action}
    existing: dict[str, Customer] = {}
    for part in _chunks(list(firsts)):
        existing.update({c.phone: c for c in Customer.select().where(Customer.phone.in_(part))})
    for phone, r in firsts.items():
        customer = existing.get(phone)
        if customer is None:
            r.customer_action = QT_TRANSLATE_NOOP("errors", "新增")
            continue
        has_tickets = Ticket.select(Ticket.id).where(Ticket.customer == customer.id)
        if has_tickets.exists() and not scoped(has_tickets, staff).exists():
            r.problems.append(RowProblem(r.row, LABELS["phone"], QT_TRANSLATE_NOOP("errors", "已有此手机号的客户，但其工单都不在您的查看范围内，不能更新")))
        r.changes = tuple(LABELS[k] for k, v in r.customer.items() if getattr(customer, k) != v)
        r.customer_action = QT_TRANSLATE_NOOP("errors", "更新") if r.changes else QT_TRANSLATE_NOOP("errors", "不变")
    numbers = [r.order["order_number"] for r in rows if r.order.get("order_number")]
    known: dict[str, CustomerOrder] = {}
    for part in _chunks(numbers):
        known.update({o.order_number: o for o in CustomerOrder.select(CustomerOrder, Customer.phone)
                      .join(Customer).where(CustomerOrder.order_number.in_(part))})
    for r in rows:
        number = r.order.get("order_number")
        if not number:
            continue
        order = known.get(number)
        if order is None:
            r.order_action = QT_TRANSLATE_NOOP("errors", "新增")
        elif order.customer.phone != r.customer.get("phone"):
            r.problems.append(RowProblem(r.row, LABELS["order_number"], Text(QT_TRANSLATE_NOOP("errors", "订单号 {number} 已属于另一位客户（{value2}）"), number=number, value2=mask_phone(order.customer.phone) or '已匿名')))
        else:
            same = all(getattr(order, k) == v for k, v in r.order.items())
            r.order_action = QT_TRANSLATE_NOOP("errors", "不变") if same else QT_TRANSLATE_NOOP("errors", "更新")


def check_file(path: str | Path, staff: StaffRow) -> ImportPreview:
    table = read_table(path)
    mapping, columns, ignored, problems = _columns(table.rows[0])
    rows: list[ImportRow] = []
    if not problems:
        today = local_today()
        for number, cells in enumerate(table.rows[1:], start=2):
            if any(str(c if c is not None else "").strip() for c in cells):
                rows.append(_row(number, cells, mapping, today))
        if not rows:
            problems.append(RowProblem(2, "", QT_TRANSLATE_NOOP("errors", "表头下面没有数据")))
        _in_file(rows)
        _against_database(rows, staff)
    return ImportPreview(Path(path), table.encoding, columns, ignored, rows, problems)
