"""Time: stored as naive UTC; shown and dated in Asia/Shanghai."""
from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")


def utcnow() -> datetime:
    """Naive UTC, the form stored in the database."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def local_today() -> date:
    """Today's date in Asia/Shanghai, whatever the machine's own time zone is."""
    return datetime.now(SHANGHAI).date()


def to_local(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc).astimezone(SHANGHAI)


def iso_utc(value: datetime | None) -> str | None:
    return None if value is None else value.replace(tzinfo=timezone.utc).isoformat()


def day_start_utc(day: date) -> datetime:
    """Midnight starting `day` in Asia/Shanghai, as the naive UTC the database stores."""
    return datetime.combine(day, time.min, tzinfo=SHANGHAI).astimezone(timezone.utc).replace(
        tzinfo=None)


def local_stamp(value: datetime | None = None) -> str:
    """20261122-093000: a file name's date and time, in Asia/Shanghai."""
    return to_local(value or utcnow()).strftime("%Y%m%d-%H%M%S")
