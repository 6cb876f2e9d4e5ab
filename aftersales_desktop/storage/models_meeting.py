"""The countermeasures of the weekly complaint-analysis meeting, schema step 14 (migration_v14.py)."""
from __future__ import annotations

from peewee import CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField

from aftersales_desktop.storage.models import BaseModel, Category, Department, Staff


class ActionItem(BaseModel):
    text = TextField()
    owner = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    deadline = DateField()
    week_start = DateField(index=True)  # the Monday of the meeting's ISO week
    done_on = DateField(null=True)
    done_note = TextField(null=True)
    category = ForeignKeyField(Category, null=True, backref="+", on_delete="RESTRICT")
    department = ForeignKeyField(Department, null=True, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()
    created_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    updated_at = DateTimeField()

    class Meta:
        table_name = "action_item"




class TicketDayCount(BaseModel):
    """Tickets per received day (Shanghai) and grouping; kept by triggers on ticket (step 14).
    0 / '' stand for no category, department, branch or carrier."""
    day = DateField()
    category_id = IntegerField(default=0)
    subcategory_id = IntegerField(default=0)
    department_id = IntegerField(default=0)
    branch = CharField(default="")
    carrier = CharField(default="")
    n = IntegerField()

    class Meta:
        table_name = "ticket_day_count"
        primary_key = False


class CallbackDayScore(BaseModel):
    """Reached calls per call day (Shanghai) and category of the ticket (0: none), with their
    score sums; kept by triggers on callback_attempt and ticket (step 16)."""
    day = DateField()
    category_id = IntegerField(default=0)
    n = IntegerField()
    resolution_sum = IntegerField()
    attitude_sum = IntegerField()
    satisfied_n = IntegerField()
    solved_n = IntegerField()

    class Meta:
        table_name = "callback_day_score"
        primary_key = False


MEETING_MODELS = [ActionItem, TicketDayCount, CallbackDayScore]
