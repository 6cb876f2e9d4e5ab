"""The 内部监督 spot check tables of schema step 12 (migration_v12.py)."""
from __future__ import annotations

from peewee import BigIntegerField, CharField, DateField, DateTimeField, ForeignKeyField, \
    IntegerField, TextField

from aftersales_desktop.storage.models import BaseModel, Category, Department, Staff, Ticket


class SpotCheck(BaseModel):
    number = CharField(unique=True)  # NJ2026-0001
    period_start = DateField()
    period_end = DateField()
    category = ForeignKeyField(Category, null=True, backref="+", on_delete="RESTRICT")
    department = ForeignKeyField(Department, null=True, backref="+", on_delete="RESTRICT")
    sample_size = IntegerField()
    population = IntegerField()  # closed tickets it was drawn from
    seed = BigIntegerField()
    note = TextField(null=True)
    created_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()

    class Meta:
        table_name = "spot_check"


class SpotCheckItem(BaseModel):
    spot_check = ForeignKeyField(SpotCheck, backref="items", on_delete="RESTRICT")
    ticket = ForeignKeyField(Ticket, backref="+", on_delete="RESTRICT")
    position = IntegerField()
    result = CharField(null=True)  # pass, fail
    findings = TextField(null=True)
    reviewer = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    reviewed_at = DateTimeField(null=True)
    version = IntegerField(default=1)

    class Meta:
        table_name = "spot_check_item"


SPOT_CHECK_MODELS = [SpotCheck, SpotCheckItem]
