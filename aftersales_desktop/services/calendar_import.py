"""The official holiday schedule as an administrator imports it: one day or range per line.

Format (UTF-8 text or CSV; GB18030 is accepted too):

    # 国务院办公厅关于2027年部分节假日安排的通知
    日期,类型,名称                          ← optional header
    2027-02-06~2027-02-13,holiday,春节       ← a range: every day in it
    2027-02-14,workday,春节调休
    2027-10-01 至 2027-10-07，放假，国庆节    ← Chinese comma, 至, Chinese kind words

Fields are separated by a comma (, or ，) or a tab. `类型`: holiday (放假, 休, 假) or workday
(上班, 班, 补班, 调休上班). `名称` is optional, at most 40 characters. Blank lines and lines
starting with # are skipped. Every line is checked before anything is written; each problem
names its line and field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.work_calendar import HOLIDAY, WORKDAY

FIRST_YEAR, LAST_YEAR = 2000, 2199  # guards against a mistyped year
MAX_RANGE_DAYS = 31
MAX_NAME = 40
MAX_PROBLEMS = 50  # reported; the check still covers every line
KIND_WORDS = {
    HOLIDAY: HOLIDAY, "放假": HOLIDAY, "休": HOLIDAY, "假": HOLIDAY, "休息": HOLIDAY,
    WORKDAY: WORKDAY, "上班": WORKDAY, "班": WORKDAY, "补班": WORKDAY, "调休上班": WORKDAY,
}
_HEADER = {"day", "date", "日期"}
_SPLIT = re.compile(r"[,，\t]")
_RANGE = re.compile(r"\s*(?:~|～|至|到)\s*")


@dataclass(frozen=True)
class ScheduleDay:
    day: date
    kind: str  # HOLIDAY or WORKDAY
    name: str | None
    line: int


@dataclass(frozen=True)
class LineProblem:
    line: int  # 1-based; 0 for the file as a whole
    field: str  # "line", "day", "kind", "name" or "file"
    code: str  # fields, date, year, range, kind, name, conflict, empty, encoding
    message: str


class ScheduleError(ValidationError):
    """The schedule has problems; nothing was written."""

    def __init__(self, problems: list[LineProblem]):
        first = problems[0]
        super().__init__(first.field, f"line {first.line}: {first.message}"
                         + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
        self.problems = problems


def decode(raw: bytes) -> str:
    """The text of an imported file: UTF-8 (with or without BOM), else GB18030."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ScheduleError([LineProblem(0, "file", "encoding",
                                     "the file is neither UTF-8 nor GB18030 text")])


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip().replace("/", "-"))
    except ValueError:
        raise ValueError("date", f"'{text.strip()}' is not a date YYYY-MM-DD") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError("year", f"year {day.year} is outside {FIRST_YEAR}–{LAST_YEAR}")
    return day


def _days(text: str) -> list[date]:
    parts = _RANGE.split(text.strip())
    if len(parts) > 2:
        raise ValueError("range", f"'{text.strip()}' is not one date or one range")
    first = _day(parts[0])
    last = _day(parts[1]) if len(parts) == 2 else first
    if last < first:
        raise ValueError("range", f"the range ends before it starts: {text.strip()}")
    if (last - first).days >= MAX_RANGE_DAYS:
        raise ValueError("range", f"a range covers at most {MAX_RANGE_DAYS} days")
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _line(number: int, text: str) -> list[ScheduleDay]:
    """The days of one line; raises _Problem naming the field."""
    fields = [f.strip() for f in _SPLIT.split(text)]
    if len(fields) == 4 and not fields[3]:
        fields = fields[:3]  # a trailing separator
    if len(fields) not in (2, 3):
        raise _Problem("line", "fields", f"expected 日期,类型[,名称], found {len(fields)} fields")
    try:
        days = _days(fields[0])
    except ValueError as exc:
        raise _Problem("day", *exc.args) from None
    kind = KIND_WORDS.get(fields[1].lower())
    if kind is None:
        raise _Problem("kind", "kind", f"'{fields[1]}' is neither holiday (放假) nor workday (上班)")
    name = fields[2] if len(fields) == 3 and fields[2] else None
    if name is not None and len(name) > MAX_NAME:
        raise _Problem("name", "name", f"the name has more than {MAX_NAME} characters")
    return [ScheduleDay(day, kind, name, number) for day in days]


class _Problem(Exception):
    def __init__(self, field: str, code: str, message: str):
        super().__init__(message)
        self.field, self.code, self.message = field, code, message


def parse_schedule(text: str) -> list[ScheduleDay]:
    """Every day of the schedule in file order; raises ScheduleError naming each bad line."""
    problems: list[LineProblem] = []
    seen: dict[date, ScheduleDay] = {}
    out: list[ScheduleDay] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if not out and not problems and _SPLIT.split(line)[0].strip().lower() in _HEADER:
            continue
        try:
            days = _line(number, line)
        except _Problem as exc:
            problems.append(LineProblem(number, exc.field, exc.code, exc.message))
            continue
        for entry in days:
            earlier = seen.get(entry.day)
            if earlier is not None and earlier.kind != entry.kind:
                problems.append(LineProblem(number, "day", "conflict",
                                            f"{entry.day} is already a {earlier.kind} "
                                            f"on line {earlier.line}"))
                break
            if earlier is None:
                seen[entry.day] = entry
                out.append(entry)
    if not out and not problems:
        problems.append(LineProblem(0, "file", "empty", "the file holds no schedule lines"))
    if problems:
        raise ScheduleError(problems[:MAX_PROBLEMS])
    return out
