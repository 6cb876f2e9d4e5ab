"""The tables. Live models are for services; migrations use frozen SQL (migrations.py)."""
from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class Branch(BaseModel):
    name = CharField(unique=True)
    city = CharField(null=True)


class Department(BaseModel):
    name = CharField(unique=True)
    kind = CharField()
    branch = ForeignKeyField(Branch, null=True, backref="departments", on_delete="RESTRICT")


class Staff(BaseModel):
    login = CharField(unique=True)
    name = CharField()
    role = CharField()
    department = ForeignKeyField(Department, null=True, backref="staff", on_delete="RESTRICT")
    phone = CharField(null=True)
    email = CharField(null=True)
    active = BooleanField(default=True)
    absent = BooleanField(default=False)
    password_hash = CharField(null=True)
    created_at = DateTimeField()
    branch = ForeignKeyField(Branch, null=True, backref="staff", on_delete="RESTRICT")
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    must_change_password = BooleanField(default=False)
    password_changed_at = DateTimeField(null=True)


class Carrier(BaseModel):
    name = CharField(unique=True)
    contact = CharField(null=True)
    agreement_no = CharField(null=True)
    retired_at = DateTimeField(null=True)


class Category(BaseModel):
    code = CharField(unique=True)
    name = CharField()
    parent = ForeignKeyField("self", null=True, backref="children", on_delete="RESTRICT")
    sort_order = IntegerField(default=0)
    retired_at = DateTimeField(null=True)


class Customer(BaseModel):
    name = CharField(null=True)
    phone = CharField(null=True, unique=True)
    email = CharField(null=True)
    gender = CharField(null=True)
    age_range = CharField(null=True)
    region = CharField(null=True)
    postcode = CharField(null=True)
    vip = BooleanField(default=False)
    created_at = DateTimeField()


class TicketCounter(BaseModel):
    day = CharField(primary_key=True)
    last = IntegerField()


class Ticket(BaseModel):
    number = CharField(unique=True)
    client_id = CharField(null=True, unique=True)
    version = IntegerField(default=1)
    state = CharField(index=True)
    channel = CharField()
    received_at = DateTimeField(index=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()
    created_by = ForeignKeyField(Staff, backref="created_tickets", on_delete="RESTRICT")
    customer = ForeignKeyField(Customer, backref="tickets", on_delete="RESTRICT")
    priority = CharField(default="normal")
    category = ForeignKeyField(Category, null=True, backref="+", on_delete="RESTRICT")
    subcategory = ForeignKeyField(Category, null=True, backref="+", on_delete="RESTRICT")
    department = ForeignKeyField(Department, null=True, backref="tickets", on_delete="RESTRICT")
    assignee = ForeignKeyField(Staff, null=True, backref="assigned_tickets", on_delete="RESTRICT")
    order_number = CharField(null=True, index=True)
    product = CharField(null=True)
    model = CharField(null=True)
    serial = CharField(null=True)
    purchased_on = DateField(null=True)
    purchase_channel = CharField(null=True)
    live_session = CharField(null=True)
    live_host = CharField(null=True)
    service_card = CharField(null=True)
    description = TextField()
    started_on = DateField(null=True)
    frequency = CharField(null=True)
    waybill = CharField(null=True, index=True)
    carrier = CharField(null=True)
    branch = CharField(null=True)
    consignment_docs = TextField(null=True)
    state_reason = TextField(null=True)
    # the 统计 dashboard's per-ticket values (storage.migration_v15, services.ticket_stats)
    stat_resolved_at = DateTimeField(null=True)
    stat_met_state = IntegerField(null=True)
    stat_open_count = IntegerField(default=0)
    stat_open_due = DateTimeField(null=True)
    stat_satisfied = BooleanField(null=True)
    stat_resolution_score = IntegerField(null=True)
    stat_attitude_score = IntegerField(null=True)


class Attachment(BaseModel):
    ticket = ForeignKeyField(Ticket, backref="attachments", on_delete="RESTRICT")
    sha256 = CharField(index=True)
    filename = CharField()
    mime = CharField()
    size = IntegerField()
    added_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    added_at = DateTimeField()


class AuditEvent(BaseModel):
    """Append-only: database triggers refuse UPDATE and DELETE."""

    ticket = ForeignKeyField(Ticket, null=True, backref="events", on_delete="RESTRICT")
    entity = CharField()
    entity_id = IntegerField(null=True)
    action = CharField()
    field = CharField(null=True)
    old_value = TextField(null=True)
    new_value = TextField(null=True)
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    at = DateTimeField(index=True)


ALL_MODELS = [
    Setting, Branch, Department, Staff, Carrier, Category, Customer,
    TicketCounter, Ticket, Attachment, AuditEvent,
]
