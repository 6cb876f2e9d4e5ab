"""The in-app notice table of schema step 7 (migration_v7.py)."""
from __future__ import annotations

from peewee import CharField, DateTimeField, ForeignKeyField, TextField

from aftersales_desktop.storage.models import BaseModel, Staff, Ticket


class Notice(BaseModel):
    staff = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    ticket = ForeignKeyField(Ticket, null=True, backref="+", on_delete="RESTRICT")
    kind = CharField()
    text = TextField()
    dedupe_key = CharField()
    created_at = DateTimeField()
    read_at = DateTimeField(null=True)

    class Meta:
        table_name = "notice"
        indexes = ((("staff", "dedupe_key"), True),)


NOTICE_MODELS = [Notice]
