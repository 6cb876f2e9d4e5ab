"""The rewards, penalties and targets tables of schema step 10 (migration_v10.py)."""
from __future__ import annotations

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, \
    IntegerField, TextField

from aftersales_desktop.storage.models import BaseModel, Branch, Carrier, Department, Staff, \
    Ticket


class CarrierClause(BaseModel):
    carrier = ForeignKeyField(Carrier, backref="clauses", on_delete="RESTRICT")
    clause_no = CharField()  # e.g. 7.2
    title = TextField()
    subcategory_code = CharField(null=True)  # the exception it covers; None: any
    penalty_kind = CharField()  # fixed or percent
    amount_fen = IntegerField(null=True)
    percent_bp = IntegerField(null=True)
    cap_fen = IntegerField(null=True)
    retired_at = DateTimeField(null=True)

    class Meta:
        table_name = "carrier_clause"


class RewardRule(BaseModel):
    name = CharField()
    event = CharField()  # see services.reward_rules.EVENTS
    kind = CharField()
    subcategory_code = CharField(null=True)
    threshold = IntegerField(null=True)
    amount_fen = IntegerField(null=True)
    measure = CharField(null=True)
    basis = TextField(null=True)
    active = BooleanField(default=True)
    active_from = DateTimeField()
    created_at = DateTimeField()
    created_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "reward_rule"


class RewardRecord(BaseModel):
    number = CharField(unique=True)
    kind = CharField()
    recipient_kind = CharField()
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    department = ForeignKeyField(Department, null=True, backref="+", on_delete="RESTRICT")
    carrier = ForeignKeyField(Carrier, null=True, backref="+", on_delete="RESTRICT")
    clause = ForeignKeyField(CarrierClause, null=True, backref="+", on_delete="RESTRICT")
    facts = TextField()
    basis = TextField(null=True)
    measure = TextField()
    amount_fen = IntegerField(null=True)
    goods_value_fen = IntegerField(null=True)
    status = CharField(default="proposed")
    required_approvals = IntegerField(default=1)
    proposed_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    proposed_at = DateTimeField()
    rule = ForeignKeyField(RewardRule, null=True, backref="+", on_delete="RESTRICT")
    cause_key = CharField(null=True)
    cause_at = DateTimeField(null=True)
    decided_at = DateTimeField(null=True)
    issued_on = DateField(null=True)
    issued_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    archived_on = DateField(null=True)
    archived_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    version = IntegerField(default=1)

    class Meta:
        table_name = "reward_record"


class RewardRecordTicket(BaseModel):
    record = ForeignKeyField(RewardRecord, backref="tickets", on_delete="RESTRICT")
    ticket = ForeignKeyField(Ticket, backref="+", on_delete="RESTRICT")

    class Meta:
        table_name = "reward_record_ticket"


class RewardApproval(BaseModel):
    record = ForeignKeyField(RewardRecord, backref="approvals", on_delete="RESTRICT")
    staff = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    decision = CharField()  # approve or reject
    comment = TextField(null=True)
    at = DateTimeField()

    class Meta:
        table_name = "reward_approval"


class ReductionTarget(BaseModel):
    scope_key = CharField()  # "d:3|b:-" — department and branch ids, for the unique index
    department = ForeignKeyField(Department, null=True, backref="+", on_delete="RESTRICT")
    branch = ForeignKeyField(Branch, null=True, backref="+", on_delete="RESTRICT")
    period_kind = CharField()
    period_start = DateField()
    measure = CharField()  # count, rate, reduction
    target_value = IntegerField()  # complaints, or basis points for rate and reduction
    business_volume = IntegerField(null=True)
    on_time_bp = IntegerField(null=True)
    note = TextField(null=True)
    created_at = DateTimeField()
    created_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    updated_at = DateTimeField()

    class Meta:
        table_name = "reduction_target"


REWARD_MODELS = [CarrierClause, RewardRule, RewardRecord, RewardRecordTicket, RewardApproval,
                 ReductionTarget]
