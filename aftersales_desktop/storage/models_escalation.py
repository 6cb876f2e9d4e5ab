"""The escalation tables of schema step 6 (migration_v6.py)."""
from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, \
    IntegerField, TextField

from aftersales_desktop.storage.models import BaseModel, Department, Staff, Ticket


class EscalationLevel(BaseModel):
    department = ForeignKeyField(Department, backref="+", on_delete="RESTRICT")
    level = IntegerField()
    title = CharField()
    role = CharField()
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    is_head = BooleanField(default=False)

    class Meta:
        table_name = "escalation_level"
        indexes = ((("department", "level"), True),)


class Escalation(BaseModel):
    ticket = ForeignKeyField(Ticket, backref="+", on_delete="RESTRICT")
    department = ForeignKeyField(Department, backref="+", on_delete="RESTRICT")
    from_level = IntegerField()
    from_staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    to_level = IntegerField()
    to_title = CharField()
    to_role = CharField()
    to_staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    origin = CharField()  # manual, serious, automatic
    auto_key = CharField(null=True)
    reason = TextField(null=True)
    skip_level = BooleanField(default=False)
    skip_reason = TextField(null=True)
    cause_analysis = TextField()
    proposed_solution = TextField()
    urgency = CharField()
    status = CharField(default="waiting")  # waiting, instructed, passed_on, done
    created_at = DateTimeField()
    created_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    instructions = TextField(null=True)
    instructed_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    instructed_at = DateTimeField(null=True)
    executor = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    done_at = DateTimeField(null=True)
    done_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    result = TextField(null=True)

    class Meta:
        table_name = "escalation"


class EscalationEntry(BaseModel):
    escalation = ForeignKeyField(Escalation, backref="entries", on_delete="RESTRICT")
    ticket = ForeignKeyField(Ticket, backref="+", on_delete="RESTRICT")
    kind = CharField()  # execution, follow_up, customer
    text = TextField()
    at = DateTimeField()
    staff = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "escalation_entry"


class ExceptionReport(BaseModel):
    ticket = ForeignKeyField(Ticket, unique=True, backref="+", on_delete="RESTRICT")
    what_happened = TextField()
    occurred_at = DateTimeField(null=True)
    info_received_at = DateTimeField()
    reported_at = DateTimeField(null=True)
    reported_to = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    documents = TextField(null=True)
    customer_communication = TextField(null=True)
    callback_result = TextField(null=True)
    responsibility = TextField(null=True)
    reward_penalty = TextField(null=True)
    archived_on = DateField(null=True)
    created_at = DateTimeField()
    created_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    updated_at = DateTimeField()

    class Meta:
        table_name = "exception_report"


class WrittenReport(BaseModel):
    ticket = ForeignKeyField(Ticket, unique=True, backref="+", on_delete="RESTRICT")
    cause = TextField()
    measures = TextField()
    lessons = TextField()
    written_at = DateTimeField(index=True)
    written_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "written_report"


ESCALATION_MODELS = [EscalationLevel, Escalation, EscalationEntry, ExceptionReport, WrittenReport]
