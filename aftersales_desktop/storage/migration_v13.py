"""Schema step 13 in frozen SQL: orders imported with their customers (导入客户与订单), so a
caller's purchases are known before the first complaint: the order number (unique: one order
belongs to one customer), what was bought and where, when. A ticket still carries its own copy
of the order fields as the customer stated them."""
from __future__ import annotations

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V13 = """
CREATE TABLE customer_order (id {pk},
  customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE RESTRICT,
  order_number VARCHAR(255) NOT NULL UNIQUE, product VARCHAR(255), model VARCHAR(255),
  serial VARCHAR(255), purchased_on DATE, purchase_channel VARCHAR(255),
  created_at {ts} NOT NULL, updated_at {ts} NOT NULL);
CREATE INDEX customer_order_customer_id ON customer_order (customer_id)
"""


def step_13(dialect: str) -> list[str]:
    ddl = _V13.format(**_TYPES[dialect])
    return [statement.strip() for statement in ddl.split(";") if statement.strip()]
