"""The columns schema step 11 (migration_v11.py) adds: when a customer's or a ticket's personal
data was removed. Models over the same tables, like models_rules.TicketClassification."""
from __future__ import annotations

from peewee import AutoField, DateTimeField

from aftersales_desktop.storage.models import BaseModel


class CustomerPrivacy(BaseModel):
    id = AutoField()
    anonymised_at = DateTimeField(null=True)

    class Meta:
        table_name = "customer"


class TicketPrivacy(BaseModel):
    id = AutoField()
    anonymised_at = DateTimeField(null=True)

    class Meta:
        table_name = "ticket"
