"""Orders imported with their customers (schema step 13, migration_v13.py)."""
from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField

from aftersales_desktop.storage.models import BaseModel, Customer


class CustomerOrder(BaseModel):
    customer = ForeignKeyField(Customer, backref="orders", on_delete="RESTRICT")
    order_number = CharField(unique=True)
    product = CharField(null=True)
    model = CharField(null=True)
    serial = CharField(null=True)
    purchased_on = DateField(null=True)
    purchase_channel = CharField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        table_name = "customer_order"
