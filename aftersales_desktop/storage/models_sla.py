"""The time-limit tables of schema step 3 (policies, calendar overrides, pauses, deadlines)."""
from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from aftersales_desktop.storage.models import BaseModel, Staff, Ticket


class SlaPolicyRow(BaseModel):
    kind = CharField()
    priority = CharField(null=True)
    category_code = CharField(null=True)
    subcategory_code = CharField(null=True)
    amount = IntegerField()
    unit = CharField()
    warn_percent = IntegerField(default=75)
    on_warning = CharField(default="notify")  # notify or escalate
    on_breach = CharField(default="escalate")
    sort_order = IntegerField(default=0)
    retired_at = DateTimeField(null=True)

    class Meta:
        table_name = "sla_policy"


class CalendarOverrideRow(BaseModel):
    day = DateField(primary_key=True)
    kind = CharField()
    name = CharField(null=True)
    entered_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    entered_at = DateTimeField()

    class Meta:
        table_name = "calendar_override"


class TicketPause(BaseModel):
    ticket = ForeignKeyField(Ticket, backref="pauses", on_delete="CASCADE")
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    reason = TextField(null=True)

    class Meta:
        table_name = "ticket_pause"


class TicketDeadlineRow(BaseModel):
    ticket = ForeignKeyField(Ticket, backref="deadlines", on_delete="CASCADE")
    kind = CharField()
    due_at = DateTimeField(null=True)
    warn_at = DateTimeField(null=True)
    limit_label = CharField()
    met_at = DateTimeField(null=True)
    warn_handled_at = DateTimeField(null=True)  # by the deadline watch (deadline_watch.py)
    breach_handled_at = DateTimeField(null=True)

    class Meta:
        table_name = "ticket_deadline"
        indexes = ((("ticket", "kind"), True),)


SLA_MODELS = [SlaPolicyRow, CalendarOverrideRow, TicketPause, TicketDeadlineRow]
