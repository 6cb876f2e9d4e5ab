"""The countermeasures (对策/整改措施) of the weekly complaint-analysis meeting (seed 004 6.2-4):
decided in a week's meeting with the person responsible and a deadline, checked at the next
meetings (carried over until done). Changing them needs 布置与检查例会对策; every change is an
audit event in the same transaction."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import JOIN

from aftersales_desktop.domain.action_status import STATUS_LABELS, as_of_day, status_on
from aftersales_desktop.domain.clock import local_today, utcnow
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.iso_week import Week, parse_week
from aftersales_desktop.domain.permissions import MEETING_ACTIONS
from aftersales_desktop.services import audit
from aftersales_desktop.services.action_scope import item_scope
from aftersales_desktop.services.permissions import acting, require
from aftersales_desktop.storage.models import Category, Department, Staff, database
from aftersales_desktop.storage.models_meeting import ActionItem
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_TEXT = 500
OWNER = Staff.alias("owner")


@dataclass(frozen=True)
class ActionItemRow:
    id: int
    text: str
    owner_login: str
    owner_name: str
    deadline: date
    week: Week  # the meeting that decided it
    done_on: date | None
    done_note: str | None
    category_code: str | None
    category: str | None
    department: str | None
    status: str  # done, late, open — on the day the list was read for

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def _date(value, field: str, label: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value or "").strip())
    except ValueError:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{label}请写成日期 YYYY-MM-DD，如 2026-11-30"), label=label) from None


def _checked(values: dict) -> dict:
    week = parse_week(values.get("week"))
    text = " ".join(str(values.get("text") or "").split())
    if not text:
        raise ValidationError("text", QT_TRANSLATE_NOOP("errors", "请填写对策内容（要做什么）"))
    if len(text) > MAX_TEXT:
        raise ValidationError("text", QT_TRANSLATE_NOOP("errors", "对策内容最多 {MAX_TEXT} 字"), MAX_TEXT=MAX_TEXT)
    login = str(values.get("owner") or "").strip()
    owner = Staff.get_or_none((Staff.login == login) & Staff.active) if login else None
    if owner is None:
        if not login:
            raise ValidationError("owner", QT_TRANSLATE_NOOP("errors", "请选择责任人（在职人员）"))
        raise ValidationError("owner", QT_TRANSLATE_NOOP("errors", "没有在职人员“{login_}”，请选择责任人"),
                              login_=login)
    deadline = _date(values.get("deadline"), "deadline", QT_TRANSLATE_NOOP("errors", "完成期限"))
    if deadline < week.monday:
        raise ValidationError("deadline", QT_TRANSLATE_NOOP("errors", "完成期限不能早于例会所在周的周一（{week_monday}）"), week_monday=week.monday)
    category = department = None
    if values.get("category"):
        category = Category.get_or_none(Category.code == values["category"])
        if category is None or category.parent_id is not None:
            raise ValidationError("category", QT_TRANSLATE_NOOP("errors", "没有投诉大类“{category}”"), category=values['category'])
    if values.get("department"):
        department = Department.get_or_none(Department.name == values["department"])
        if department is None:
            raise ValidationError("department", QT_TRANSLATE_NOOP("errors", "没有部门“{department}”"), department=values['department'])
    return {"text": text, "owner": owner.id, "deadline": deadline, "week_start": week.monday,
            "category": category and category.id, "department": department and department.id}


def save_item(values: dict, actor: str, item_id: int | None = None) -> int:
    """New (or changed) countermeasure: week ('2026-W47'), text, owner (login), deadline
    (a date), optional category code and department name."""
    staff_id = require(actor, MEETING_ACTIONS).id
    columns = _checked(values)
    now = utcnow()
    with database.atomic():
        if item_id is None:
            item_id = ActionItem.insert(created_at=now, updated_at=now, created_by=staff_id,
                                        **columns).execute()
            audit.record("create", staff_id, entity="action_item", entity_id=item_id, at=now,
                         new=f"{columns['week_start']} {columns['text']}")
            return item_id
        row = _item(item_id)
        if row.done_on is not None and row.done_on < columns["week_start"]:
            raise ValidationError("week", QT_TRANSLATE_NOOP("errors", "完成日期早于这个周次，不能改到该周"))
        diff = {k: (row.__data__[k], v) for k, v in columns.items() if row.__data__[k] != v}
        if diff:
            ActionItem.update(updated_at=now, **columns).where(ActionItem.id == item_id).execute()
            audit.record_changes(diff, staff_id, ticket_id=None, entity="action_item",
                                 entity_id=item_id, at=now)
    return item_id


def mark_done(item_id: int, actor: str, done_on=None, note: str | None = None) -> None:
    """Done on `done_on` (default today, Shanghai): not before its meeting's week, not later
    than today."""
    staff_id = require(actor, MEETING_ACTIONS).id
    day = local_today() if done_on in (None, "") else _date(done_on, "done_on", QT_TRANSLATE_NOOP("errors", "完成日期"))
    if day > local_today():
        raise ValidationError("done_on", QT_TRANSLATE_NOOP("errors", "完成日期不能晚于今天"))
    note = " ".join(str(note or "").split())[:MAX_TEXT] or None
    with database.atomic():
        row = _item(item_id)
        if day < row.week_start:
            raise ValidationError("done_on", QT_TRANSLATE_NOOP("errors", "完成日期不能早于布置这项对策的周一（{row_week_start}）"), row_week_start=row.week_start)
        ActionItem.update(done_on=day, done_note=note, updated_at=utcnow()).where(
            ActionItem.id == item_id).execute()
        audit.record("done", staff_id, entity="action_item", entity_id=item_id,
                     field="done_on", old=row.done_on, new=day)


def reopen(item_id: int, actor: str) -> None:
    """Not done after all: carried over again."""
    staff_id = require(actor, MEETING_ACTIONS).id
    with database.atomic():
        row = _item(item_id)
        ActionItem.update(done_on=None, done_note=None, updated_at=utcnow()).where(
            ActionItem.id == item_id).execute()
        audit.record("reopen", staff_id, entity="action_item", entity_id=item_id,
                     field="done_on", old=row.done_on, new=None)


def _item(item_id: int) -> ActionItem:
    row = ActionItem.get_or_none(ActionItem.id == item_id)
    if row is None:
        raise NotFoundError(f"action item {item_id} does not exist")
    return row


def _rows(query, as_of: date) -> list[ActionItemRow]:
    return [ActionItemRow(r.id, r.text, r.owner.login, r.owner.name, r.deadline,
                          Week(r.week_start), r.done_on, r.done_note,
                          r.category.code if r.category_id else None,
                          r.category.name if r.category_id else None,
                          r.department.name if r.department_id else None,
                          status_on(r.deadline, r.done_on, as_of)) for r in query]


def _select(actor: str | None):
    query = (ActionItem.select(ActionItem, OWNER, Category, Department)
             .join(OWNER, on=(ActionItem.owner == OWNER.id))
             .switch(ActionItem).join(Category, JOIN.LEFT_OUTER)
             .switch(ActionItem).join(Department, JOIN.LEFT_OUTER))
    condition = item_scope(acting(actor)) if actor else None
    return query if condition is None else query.where(condition)


def items_of_week(week, actor: str | None = None, today: date | None = None
                  ) -> tuple[list[ActionItemRow], list[ActionItemRow]]:
    """(decided in `week`'s meeting, carried over: decided earlier and not done when the week
    began), with their status on the week's Sunday (today while it runs); `actor` sees the
    items of what they see (action_scope)."""
    week = parse_week(week)
    as_of = as_of_day(week.sunday, today or local_today())
    new = _select(actor).where(ActionItem.week_start == week.monday).order_by(
        ActionItem.deadline, ActionItem.id)
    carried = _select(actor).where(
        (ActionItem.week_start < week.monday)
        & (ActionItem.done_on.is_null() | (ActionItem.done_on >= week.monday))).order_by(
        ActionItem.week_start, ActionItem.deadline, ActionItem.id)
    return _rows(new, as_of), _rows(carried, as_of)


def owner_choices() -> list[tuple[str, str]]:
    """(login, name) of the active staff, who can be made responsible."""
    return list(Staff.select(Staff.login, Staff.name).where(Staff.active)
                .order_by(Staff.name).tuples())
