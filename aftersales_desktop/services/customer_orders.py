"""A customer's imported orders (导入客户与订单), newest purchase first, for the 受理 form: the
clerk picks the order the caller means instead of typing it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from aftersales_desktop.storage.models_orders import CustomerOrder


@dataclass(frozen=True)
class KnownOrder:
    order_number: str
    product: str | None
    model: str | None
    serial: str | None
    purchased_on: date | None
    purchase_channel: str | None

    def fields(self) -> dict:
        """The 受理 form's order fields this order fills."""
        return {"order.number": self.order_number, "order.product": self.product,
                "order.model": self.model, "order.serial": self.serial,
                "order.purchased_on": self.purchased_on.isoformat() if self.purchased_on else None,
                "order.purchase_channel": self.purchase_channel}


def orders_of(customer_id: int, limit: int = 20) -> list[KnownOrder]:
    query = (CustomerOrder.select().where(CustomerOrder.customer == customer_id)
             .order_by(CustomerOrder.purchased_on.desc(nulls="LAST"), CustomerOrder.id.desc())
             .limit(limit))
    return [KnownOrder(o.order_number, o.product, o.model, o.serial, o.purchased_on,
                       o.purchase_channel) for o in query]
