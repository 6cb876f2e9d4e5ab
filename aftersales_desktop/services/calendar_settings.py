"""The working calendar as an administrator keeps it: a year's holidays and make-up working days,
company overrides (table calendar_override) and the import of an official schedule.

Every change is audited (entity `calendar`, entity_id the day as YYYYMMDD, field the ISO day,
old/new "kind name"). Who may change the calendar is checked in a later issue.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from aftersales_desktop.domain.clock import iso_utc, utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.work_calendar import (
    DAY_KINDS, ESTIMATED_NOTICE, HOLIDAY, WORKDAY, WorkCalendar)
from aftersales_desktop.services import audit
from aftersales_desktop.services.calendar_import import (
    FIRST_YEAR, LAST_YEAR, MAX_NAME, decode, parse_schedule)
from aftersales_desktop.services.deadline_bulk import resync_running
from aftersales_desktop.domain.permissions import EDIT_SETTINGS
from aftersales_desktop.services.permissions import require
from aftersales_desktop.storage.models import Staff, database
from aftersales_desktop.storage.models_sla import CalendarOverrideRow
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

OFFICIAL, RULE, OVERRIDE = "official", "rule", "override"  # where a day's kind comes from
NOT_IN_SCHEDULE = "不在导入的放假安排中"  # name of a built-in day a complete import reverses


@dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: str  # HOLIDAY (a day off on a weekday or a holiday) or WORKDAY (a day worked)
    name: str | None
    source: str  # OFFICIAL, RULE (estimated year) or OVERRIDE
    entered_by: str | None = None  # staff name, for overrides
    entered_at: str | None = None  # ISO 8601 UTC, for overrides


@dataclass(frozen=True)
class YearOverview:
    year: int
    estimated: bool
    notice: str | None  # ESTIMATED_NOTICE while the official schedule is missing
    days: list[CalendarDay]  # holidays, make-up working days and overrides, by date


@dataclass(frozen=True)
class ImportResult:
    added: int
    changed: int
    unchanged: int
    years: list[int]


def overrides() -> dict[date, str]:
    return {r.day: r.kind for r in CalendarOverrideRow.select()}


def work_calendar() -> WorkCalendar:
    """The calendar with the company's overrides, as deadlines are computed on it."""
    return WorkCalendar(overrides())


def year_overview(year: int) -> YearOverview:
    year = _year(year)
    rows = {r.day: r for r in CalendarOverrideRow.select().where(
        CalendarOverrideRow.day.between(date(year, 1, 1), date(year, 12, 31)))}
    ids = {r.entered_by_id for r in rows.values()} - {None}
    names = dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_(ids)).tuples()) \
        if ids else {}
    calendar = work_calendar()
    estimated = calendar.is_estimated(year)
    base = RULE if WorkCalendar().is_estimated(year) else OFFICIAL
    days_off, makeup = calendar.year_overview(year)
    days = {d: CalendarDay(d, HOLIDAY, name, base) for d, name in days_off.items()}
    days.update({d: CalendarDay(d, WORKDAY, None, base) for d in makeup})
    for day, row in rows.items():
        days[day] = CalendarDay(day, row.kind, row.name or days_off.get(day), OVERRIDE,
                                names.get(row.entered_by_id), iso_utc(row.entered_at))
    return YearOverview(year, estimated, ESTIMATED_NOTICE if estimated else None,
                        [days[d] for d in sorted(days)])


def _year(year) -> int:
    try:
        year = int(year)
    except (TypeError, ValueError):
        raise ValidationError("year", QT_TRANSLATE_NOOP("errors", "请填年份，如 2026")) from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("year", QT_TRANSLATE_NOOP("errors", "年份应在 {FIRST_YEAR} 到 {LAST_YEAR} 之间"), FIRST_YEAR=FIRST_YEAR, LAST_YEAR=LAST_YEAR)
    return year


def _label(kind: str | None, name: str | None) -> str | None:
    return None if kind is None else " ".join(p for p in (kind, name) if p)


def _write(day: date, kind: str, name: str | None, staff_id: int, now) -> str | None:
    """Insert or change one override inside the caller's transaction; audited.
    Returns "added", "changed" or None when the day already was so."""
    row = CalendarOverrideRow.get_or_none(CalendarOverrideRow.day == day)
    if row is not None and (row.kind, row.name) == (kind, name):
        return None
    if row is None:
        CalendarOverrideRow.insert(day=day, kind=kind, name=name, entered_by=staff_id,
                                   entered_at=now).execute()
    else:
        (CalendarOverrideRow.update(kind=kind, name=name, entered_by=staff_id, entered_at=now)
         .where(CalendarOverrideRow.day == day).execute())
    audit.record("create" if row is None else "update", staff_id, entity="calendar",
                 entity_id=int(day.strftime("%Y%m%d")), field=day.isoformat(),
                 old=_label(row.kind, row.name) if row else None, new=_label(kind, name), at=now)
    return "added" if row is None else "changed"


def _checked_day(day) -> date:
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day.strip())
        except ValueError:
            raise ValidationError("day", QT_TRANSLATE_NOOP("errors", "日期格式为 YYYY-MM-DD，如 2026-10-01")) from None
    if not isinstance(day, date):
        raise ValidationError("day", QT_TRANSLATE_NOOP("errors", "日期格式为 YYYY-MM-DD，如 2026-10-01"))
    _year(day.year)
    return day


def set_override(day, kind: str, name: str | None = None, actor: str = "admin") -> bool:
    """Make `day` a day off (HOLIDAY) or a working day (WORKDAY) for the company.
    True when something changed."""
    day = _checked_day(day)
    if kind not in DAY_KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "日期类型应为 {HOLIDAY}（放假）或 {WORKDAY}（调休上班）"), HOLIDAY=HOLIDAY, WORKDAY=WORKDAY)
    name = (name or "").strip() or None
    if name is not None and len(name) > MAX_NAME:
        raise ValidationError("name", QT_TRANSLATE_NOOP("errors", "名称最多 {MAX_NAME} 个字"), MAX_NAME=MAX_NAME)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        changed = _write(day, kind, name, staff_id, utcnow()) is not None
        if changed:
            resync_running()
        return changed


def clear_override(day, actor: str = "admin") -> bool:
    """Remove the company's setting for `day`; the official or estimated schedule applies
    again. True when there was one."""
    day = _checked_day(day)
    staff_id = require(actor, EDIT_SETTINGS).id
    with database.atomic():
        row = CalendarOverrideRow.get_or_none(CalendarOverrideRow.day == day)
        if row is None:
            return False
        CalendarOverrideRow.delete().where(CalendarOverrideRow.day == day).execute()
        audit.record("delete", staff_id, entity="calendar", entity_id=int(day.strftime("%Y%m%d")),
                     field=day.isoformat(), old=_label(row.kind, row.name), new=None)
        resync_running()
    return True


def _replaced_days(entries, years: list[int]) -> list[tuple[date, str, str]]:
    """Days of the built-in schedule (official or estimated) of `years` that a complete
    imported schedule leaves out: a weekday holiday becomes a working day, a make-up working
    day a day off, so the year follows the imported schedule only."""
    listed = {e.day for e in entries}
    kept = {d for d in overrides() if d.year in years}
    out = []
    for year in years:
        days_off, makeup = WorkCalendar().year_overview(year)
        out += [(d, WORKDAY, NOT_IN_SCHEDULE) for d in days_off
                if d.weekday() < 5 and d not in listed and d not in kept]
        out += [(d, HOLIDAY, NOT_IN_SCHEDULE) for d in makeup if d not in listed and d not in kept]
    return sorted(out)


def import_schedule(text: str, actor: str = "admin", source: str | None = None,
                    complete: bool = True) -> ImportResult:
    """Store every day of an official schedule (see services.calendar_import) as an override.
    All lines are checked first: on any problem ScheduleError is raised and nothing is written.
    `complete`: the text is the whole schedule of each year it names, so built-in holidays and
    make-up days of those years that it leaves out are reversed (see _replaced_days); the
    company's own overrides are kept. Days already so are left alone. Open tickets' deadlines
    are recomputed in the same transaction."""
    entries = parse_schedule(text)
    years = sorted({e.day.year for e in entries})
    staff_id = require(actor, EDIT_SETTINGS).id
    counts = {"added": 0, "changed": 0, None: 0}
    now = utcnow()
    with database.atomic():
        for entry in entries:
            counts[_write(entry.day, entry.kind, entry.name, staff_id, now)] += 1
        for day, kind, name in _replaced_days(entries, years) if complete else ():
            counts[_write(day, kind, name, staff_id, now)] += 1
        if counts["added"] or counts["changed"]:
            audit.record("import", staff_id, entity="calendar", field="schedule",
                         new=f"{len(entries)} days, {', '.join(map(str, years))}"
                             + (f" from {source}" if source else ""), at=now)
            resync_running()
    return ImportResult(counts["added"], counts["changed"], counts[None], years)


def import_schedule_file(path: str | Path, actor: str = "admin") -> ImportResult:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "无法读取 {path_name}：{exc_strerror}"), path_name=path.name, exc_strerror=exc.strerror) from None
    return import_schedule(decode(raw), actor, source=path.name)
