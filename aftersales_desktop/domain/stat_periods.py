"""The periods the statistics are read for: a range of Shanghai dates, both ends included, and
the presets 本周 / 本月 / 上月 / 本季度 (up to today for the running ones)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

PRESETS = {"week": QT_TRANSLATE_NOOP("DashboardTab", "本周"), "month": QT_TRANSLATE_NOOP("DashboardTab", "本月"), "last_month": QT_TRANSLATE_NOOP("DashboardTab", "上月"), "quarter": QT_TRANSLATE_NOOP("DashboardTab", "本季度")}
MAX_DAYS = 3 * 366  # a longer range is a typing mistake, not a question


@dataclass(frozen=True)
class StatPeriod:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        return f"{self.start.isoformat()} — {self.end.isoformat()}"


def make_period(start: date | None, end: date | None) -> StatPeriod:
    if start is None:
        raise ValidationError("from", QT_TRANSLATE_NOOP("errors", "请选择统计的开始日期"))
    if end is None:
        raise ValidationError("to", QT_TRANSLATE_NOOP("errors", "请选择统计的结束日期"))
    if end < start:
        raise ValidationError("to", QT_TRANSLATE_NOOP("errors", "结束日期不能早于开始日期"))
    if (end - start).days + 1 > MAX_DAYS:
        raise ValidationError("to", QT_TRANSLATE_NOOP("errors", "统计期间最长 {MAX_DAYS} 天"), MAX_DAYS=MAX_DAYS)
    return StatPeriod(start, end)


def preset(key: str, today: date) -> StatPeriod:
    """The period of preset `key` (PRESETS) as seen on `today`."""
    if key == "week":
        return StatPeriod(today - timedelta(days=today.weekday()), today)
    if key == "month":
        return StatPeriod(today.replace(day=1), today)
    if key == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return StatPeriod(end.replace(day=1), end)
    if key == "quarter":
        return StatPeriod(date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today)
    raise ValidationError("preset", QT_TRANSLATE_NOOP("errors", "请从以下选项中选择：{value1}"), value1=', '.join(PRESETS))


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_days(key: str, period: StatPeriod) -> tuple[date, date]:
    """The days of ISO week `key` ("2026-W48") that lie inside `period`."""
    year, week = key.split("-W")
    monday = date.fromisocalendar(int(year), int(week), 1)
    return max(monday, period.start), min(monday + timedelta(days=6), period.end)
