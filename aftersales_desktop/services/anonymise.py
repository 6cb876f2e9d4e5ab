"""Removing a person from the database (PIPL: 删除个人信息), irreversibly. Their tickets stay for
statistics (category, dates, department, state) with the person removed everywhere:

- the customer row: contact fields emptied, the name replaced by 〔已匿名〕, anonymised_at set;
- the tickets: order, waybill, serial and service card numbers emptied; free text (description,
  reasons, escalation records, exception and written reports, notices, pauses, resolutions,
  the customer's words and notes of callbacks, the facts of 奖罚 records about the ticket)
  scrubbed of the person (domain.scrub); the version moves on, so a screen still holding the old text cannot
  save it back;
- the audit trail: values that were the person's data replaced by 〔已匿名〕, others scrubbed
  (the one change the trail allows, schema step 11);
- the search index words, rebuilt from what is left, in the same transaction;
- evidence files: the rows go, and each file is deleted from disk once no ticket uses it;
- drafts of unsaved forms on this computer that carry the phone or the name.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import NotFoundError
from aftersales_desktop.domain.permissions import ANONYMISE
from aftersales_desktop.domain.scrub import REDACTED, Secrets, scrub
from aftersales_desktop.services import audit, search_index
from aftersales_desktop.services.attachments import stored_path
from aftersales_desktop.services.drafts import DraftStore
from aftersales_desktop.services.permissions import require, require_visible
from aftersales_desktop.storage.connection import current_location
from aftersales_desktop.storage.models import Attachment, Customer, Ticket, database
from aftersales_desktop.storage.models_orders import CustomerOrder
from aftersales_desktop.storage.models_privacy import CustomerPrivacy, TicketPrivacy

CUSTOMER_COLUMNS = ("phone", "email", "gender", "age_range", "region", "postcode")
CLEARED_TICKET_COLUMNS = ("order_number", "waybill", "serial", "service_card")
# table → (its column holding the ticket id, or a condition on {ids}; free-text columns
# scrubbed of the person)
SCRUBBED = {
    "ticket": ("id", ("description", "state_reason", "consignment_docs", "priority_reason",
                      "review_override", "review_result")),
    "ticket_pause": ("ticket_id", ("reason",)),
    "escalation": ("ticket_id", ("reason", "skip_reason", "cause_analysis", "proposed_solution",
                                 "instructions", "result")),
    "escalation_entry": ("ticket_id", ("text",)),
    "exception_report": ("ticket_id", ("what_happened", "documents", "customer_communication",
                                       "callback_result", "responsibility", "reward_penalty")),
    "written_report": ("ticket_id", ("cause", "measures", "lessons")),
    "notice": ("ticket_id", ("text",)),
    "ticket_resolution": ("ticket_id", ("note",)),
    "callback_attempt": ("ticket_id", ("customer_words", "note")),
    "spot_check_item": ("ticket_id", ("findings",)),
    "reward_record": ("id IN (SELECT record_id FROM reward_record_ticket WHERE ticket_id IN "
                      "({ids}))", ("facts", "basis", "measure")),
}
# audit fields whose values are the person's data as a whole
PERSONAL_FIELDS = {"name", "customer", "attachment", *CUSTOMER_COLUMNS, *CLEARED_TICKET_COLUMNS}
ANONYMOUS_NAME = REDACTED


@dataclass(frozen=True)
class AnonymiseReport:
    customer_id: int
    tickets: int
    files_removed: int
    drafts_removed: int
    events_redacted: int


def anonymise_customer(customer_id: int, actor: str) -> AnonymiseReport:
    """Remove customer `customer_id` from every ticket, record and file (irreversible).

    Needs ANONYMISE and every one of the customer's tickets within what `actor` sees."""
    staff = require(actor, ANONYMISE)
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFoundError(f"customer {customer_id} does not exist")
    numbers = [n for n, in Ticket.select(Ticket.number).where(Ticket.customer == customer_id)
               .order_by(Ticket.id).tuples()]
    for number in numbers:
        require_visible(staff, number)
    secrets = secrets_of(customer_id)
    with database.atomic():
        work = remove_person(customer_id, None, secrets, staff.id)
        audit.record("anonymise", staff.id, entity="customer", entity_id=customer_id,
                     field="personal_data", new=f"客户个人信息已删除：{len(numbers)} 张工单")
    return finish(work)


@dataclass
class _Work:
    customer_id: int
    tickets: int
    events: int
    files: set[str]
    secrets: Secrets


def secrets_of(customer_id: int, ticket_ids: list[int] | None = None) -> Secrets:
    """What identifies customer `customer_id` in their tickets (all, or `ticket_ids`)."""
    customer = Customer.get_by_id(customer_id)
    secrets = Secrets()
    secrets.add_name(customer.name)
    if customer.phone:
        secrets.phones.add(customer.phone)
    if customer.email:
        secrets.emails.add(customer.email)
    secrets.add_address(customer.region)
    query = Ticket.select(*(getattr(Ticket, c) for c in CLEARED_TICKET_COLUMNS)).where(
        Ticket.customer == customer_id)
    if ticket_ids is not None:
        query = query.where(Ticket.id.in_(ticket_ids))
    for codes in query.tuples():
        for code in codes:
            secrets.add_code(code)
    for number, in CustomerOrder.select(CustomerOrder.order_number).where(
            CustomerOrder.customer == customer_id).tuples():
        secrets.add_code(number)  # imported orders, also where a ticket's text names them
    return secrets


def remove_person(customer_id: int, ticket_ids: list[int] | None, secrets: Secrets,
                  staff_id: int | None) -> _Work:
    """Inside the caller's transaction: the customer's tickets (all, or `ticket_ids` moved to
    an anonymous customer of their own) without the person. Files are deleted by `finish`,
    after the commit."""
    now = utcnow()
    whole = ticket_ids is None
    if whole:
        ticket_ids = [t for t, in Ticket.select(Ticket.id).where(Ticket.customer == customer_id)
                      .tuples()]
        Customer.update(name=ANONYMOUS_NAME, **{c: None for c in CUSTOMER_COLUMNS}).where(
            Customer.id == customer_id).execute()
        CustomerPrivacy.update(anonymised_at=now).where(CustomerPrivacy.id == customer_id).execute()
        orders = [o for o, in CustomerOrder.select(CustomerOrder.id).where(
            CustomerOrder.customer == customer_id).tuples()]
        CustomerOrder.delete().where(CustomerOrder.id.in_(orders)).execute()
        target = customer_id
    else:
        orders = []
        created = Customer.get_by_id(customer_id).created_at
        target = Customer.insert(name=ANONYMOUS_NAME, vip=False, created_at=created).execute()
        CustomerPrivacy.update(anonymised_at=now).where(CustomerPrivacy.id == target).execute()
    pattern = secrets.pattern()
    files = {sha for sha, in Attachment.select(Attachment.sha256)
             .where(Attachment.ticket.in_(ticket_ids)).tuples()}
    Attachment.delete().where(Attachment.ticket.in_(ticket_ids)).execute()
    _clear_tickets(ticket_ids, target, now)
    for table, (key, columns) in SCRUBBED.items():
        _scrub_rows(table, key, columns, ticket_ids, secrets, pattern)
    events = _redact_events(ticket_ids, customer_id if whole else None, secrets, pattern, orders)
    for ticket_id in ticket_ids:
        audit.record("anonymise", staff_id, ticket_id=ticket_id, field="personal_data",
                     new="客户个人信息已删除（匿名化）", at=now)
    search_index.index_tickets(ticket_ids)
    return _Work(target, len(ticket_ids), events, files, secrets)


def _clear_tickets(ticket_ids: list[int], customer_id: int, now) -> None:
    Ticket.update(customer=customer_id, version=Ticket.version + 1,
                  **{c: None for c in CLEARED_TICKET_COLUMNS}).where(
        Ticket.id.in_(ticket_ids)).execute()
    TicketPrivacy.update(anonymised_at=now).where(TicketPrivacy.id.in_(ticket_ids)).execute()


def _in(ids: list[int]) -> str:
    return ", ".join([database.param] * len(ids))


def _scrub_rows(table: str, key: str, columns: tuple, ticket_ids: list[int], secrets: Secrets,
                pattern) -> None:
    if not ticket_ids:  # a customer without tickets (imported): nothing to scrub here
        return
    p = database.param
    where = key.format(ids=_in(ticket_ids)) if "{ids}" in key else \
        f"{key} IN ({_in(ticket_ids)})"
    rows = database.execute_sql(f"SELECT id, {', '.join(columns)} FROM {table} WHERE {where}",
                                ticket_ids).fetchall()
    for row_id, *values in rows:
        changed = {c: new for c, old in zip(columns, values)
                   if (new := scrub(old, secrets, pattern)) != old}
        if changed:
            sets = ", ".join(f"{c} = {p}" for c in changed)
            database.execute_sql(f"UPDATE {table} SET {sets} WHERE id = {p}",
                                 [*changed.values(), row_id])


def _redact_events(ticket_ids: list[int], customer_id: int | None, secrets: Secrets,
                   pattern, order_ids: list[int] = ()) -> int:
    """The events of these tickets, those about them without a ticket (reveals, refusals) and,
    when the whole customer goes, those about the customer row and their imported orders."""
    p = database.param
    where, params = "1 = 0", []
    if ticket_ids:
        where += f" OR ticket_id IN ({_in(ticket_ids)}) OR (entity = 'ticket' AND entity_id " \
                 f"IN ({_in(ticket_ids)}))"
        params += [*ticket_ids, *ticket_ids]
    if customer_id is not None:
        where += f" OR (entity = 'customer' AND entity_id = {p})"
        params.append(customer_id)
    if order_ids:
        where += f" OR (entity = 'customer_order' AND entity_id IN ({_in(list(order_ids))}))"
        params += list(order_ids)
    rows = database.execute_sql(
        f"SELECT id, entity, field, old_value, new_value FROM audit_event WHERE {where}",
        params).fetchall()
    changed = 0
    for event_id, entity, name, old, new in rows:
        personal = name in PERSONAL_FIELDS or (entity == "customer" and name is None)
        values = [(REDACTED if v is not None else None) if personal else scrub(v, secrets, pattern)
                  for v in (old, new)]
        if values != [old, new]:
            database.execute_sql(f"UPDATE audit_event SET old_value = {p}, new_value = {p} "
                                 f"WHERE id = {p}", [*values, event_id])
            changed += 1
    return changed


def finish(work: _Work) -> AnonymiseReport:
    """After the commit: files no ticket uses any more, and drafts naming the person."""
    location = current_location()
    removed = 0
    for sha in sorted(work.files):
        if Attachment.select().where(Attachment.sha256 == sha).exists():
            continue  # another ticket (another person's) has the same file
        path = stored_path(location.attachments_dir, sha)
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            continue
        _remove_empty(path.parent)
    pattern = work.secrets.pattern()
    drafts = 0 if pattern is None else DraftStore(location.data_dir).discard_matching(
        lambda text: pattern.search(text) is not None)
    return AnonymiseReport(work.customer_id, work.tickets, removed, drafts, work.events)


def _remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass
