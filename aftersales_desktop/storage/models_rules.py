"""The classification rule tables of schema step 4, and the ticket columns that step adds.

TicketClassification maps only the step-4 columns of table ticket, so the Ticket model keeps
working on databases of earlier steps.
"""
from __future__ import annotations

from peewee import AutoField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, \
    TextField

from aftersales_desktop.storage.models import BaseModel, Department


class KeywordRuleRow(BaseModel):
    keyword = CharField()
    category_code = CharField()
    subcategory_code = CharField(null=True)
    weight = IntegerField(default=1)
    sort_order = IntegerField(default=0)
    retired_at = DateTimeField(null=True)

    class Meta:
        table_name = "keyword_rule"


class ImpactRuleRow(BaseModel):
    loss = CharField(null=True)
    scope = CharField(null=True)
    urgency = CharField(null=True)
    repair = CharField(null=True)
    priority = CharField()
    sort_order = IntegerField(default=0)
    retired_at = DateTimeField(null=True)

    class Meta:
        table_name = "impact_rule"


class ReviewRuleRow(BaseModel):
    code = CharField(unique=True)
    kind = CharField()
    category_code = CharField(null=True)
    subcategory_code = CharField(null=True)
    days = IntegerField(null=True)
    reason = TextField()
    sort_order = IntegerField(default=0)
    retired_at = DateTimeField(null=True)

    class Meta:
        table_name = "review_rule"


class AssignmentRuleRow(BaseModel):
    category_code = CharField()
    subcategory_code = CharField(null=True)
    branch = CharField(null=True)
    department = ForeignKeyField(Department, backref="+", on_delete="RESTRICT")
    sort_order = IntegerField(default=0)
    retired_at = DateTimeField(null=True)

    class Meta:
        table_name = "assignment_rule"


class TicketClassification(BaseModel):
    id = AutoField()
    impact_loss = CharField(null=True)
    impact_scope = CharField(null=True)
    impact_urgency = CharField(null=True)
    impact_repair = CharField(null=True)
    suggested_priority = CharField(null=True)
    priority_reason = TextField(null=True)
    delivered_on = DateField(null=True)
    review_result = TextField(null=True)
    review_override = TextField(null=True)

    class Meta:
        table_name = "ticket"


RULE_MODELS = [KeywordRuleRow, ImpactRuleRow, ReviewRuleRow, AssignmentRuleRow]


RULE_MODELS = [KeywordRuleRow, ImpactRuleRow, ReviewRuleRow, AssignmentRuleRow,
               TicketClassification]
