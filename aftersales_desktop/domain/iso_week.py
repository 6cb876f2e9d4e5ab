"""ISO weeks (Monday to Sunday, Asia/Shanghai dates) as the weekly meeting names them: 2026-W47."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

_WEEK = re.compile(r"^(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})$")
EXPECTED = QT_TRANSLATE_NOOP("errors", "请写成 ISO 周，如 2026-W47（年份-W周数，周一至周日）")


@dataclass(frozen=True, order=True)
class Week:
    monday: date

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def end(self) -> date:
        """The first day after the week."""
        return self.monday + timedelta(days=7)

    @property
    def year(self) -> int:
        return self.monday.isocalendar()[0]

    @property
    def number(self) -> int:
        return self.monday.isocalendar()[1]

    @property
    def code(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    @property
    def label(self) -> str:
        """'2026年第47周（11月16日—11月22日）'."""
        return Text(QT_TRANSLATE_NOOP("statistics", "{year}年第{week}周（{m1}月{d1}日—{m2}月{d2}日）"),
                    year=self.year, week=self.number, m1=self.monday.month, d1=self.monday.day,
                    m2=self.sunday.month, d2=self.sunday.day)

    def shifted(self, weeks: int) -> "Week":
        return Week(self.monday + timedelta(weeks=weeks))

    def contains(self, day: date) -> bool:
        return self.monday <= day < self.end


def week_of(day: date) -> Week:
    return Week(day - timedelta(days=day.weekday()))


def parse_week(text, field: str = "week") -> Week:
    """'2026-W47' (also '2026W47', '2026-w7'); a week a year does not have is refused."""
    if isinstance(text, Week):
        return text
    value = str(text or "").strip()
    match = _WEEK.match(value)
    if not value:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请填写周次，{EXPECTED}"), EXPECTED=EXPECTED)
    if not match or not 2000 <= int(match.group(1)) <= 2199:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{value}”不是有效的周次，{EXPECTED}"), value=value, EXPECTED=EXPECTED)
    year, number = int(match.group(1)), int(match.group(2))
    last = date(year, 12, 28).isocalendar()[1]  # 28 December is always in the last week
    if not 1 <= number <= last:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{year} 年只有第 1 到第 {last} 周，“{value}”不存在"), year=year, last=last, value=value)
    return Week(date.fromisocalendar(year, number, 1))
