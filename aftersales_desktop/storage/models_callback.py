"""The 回访 tables of schema step 9 (migration_v9.py)."""
from __future__ import annotations

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, \
    TextField

from aftersales_desktop.storage.models import BaseModel, Department, Staff, Ticket


class Resolution(BaseModel):
    ticket = ForeignKeyField(Ticket, backref="+", on_delete="RESTRICT")
    how = CharField()  # domain.callback_rules.RESOLUTION_KINDS
    note = TextField(null=True)
    resolved_at = DateTimeField()
    staff = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "ticket_resolution"


class CallbackTask(BaseModel):
    ticket = ForeignKeyField(Ticket, backref="+", on_delete="RESTRICT")
    kind = CharField()  # callback, revisit
    revisit_days = IntegerField(null=True)
    assignee = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    group = ForeignKeyField(Department, null=True, backref="+", on_delete="RESTRICT")
    available_at = DateTimeField()  # shown in the queue from then on (a retry: later)
    due_at = DateTimeField()  # overdue after
    attempts = IntegerField(default=0)
    max_attempts = IntegerField()
    status = CharField(default="open")  # open, done
    outcome = CharField(null=True)  # satisfied, reopened, unreached, cancelled
    created_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    ended_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "callback_task"


class CallbackAttempt(BaseModel):
    task = ForeignKeyField(CallbackTask, backref="calls", on_delete="RESTRICT")
    ticket = ForeignKeyField(Ticket, backref="+", on_delete="RESTRICT")
    attempt_no = IntegerField()
    at = DateTimeField()
    staff = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    reached = BooleanField()
    unreached_reason = CharField(null=True)
    solved = BooleanField(null=True)
    resolution_score = IntegerField(null=True)
    attitude_score = IntegerField(null=True)
    satisfied = BooleanField(null=True)
    customer_words = TextField(null=True)
    note = TextField(null=True)

    class Meta:
        table_name = "callback_attempt"


CALLBACK_MODELS = [Resolution, CallbackTask, CallbackAttempt]
