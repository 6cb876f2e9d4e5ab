"""Deadlines in words: remaining or overdue time ("剩 3小时20分", "超时 1天2小时") and states."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from datetime import datetime, timedelta

MET = "met"
STATE_LABELS = {"running": QT_TRANSLATE_NOOP("deadline_text", "进行中"), "warning": QT_TRANSLATE_NOOP("deadline_text", "即将到期"), "overdue": QT_TRANSLATE_NOOP("deadline_text", "已超时"),
                "paused": QT_TRANSLATE_NOOP("deadline_text", "计时暂停"), MET: QT_TRANSLATE_NOOP("deadline_text", "已完成")}


def span_text(delta: timedelta) -> str:
    """The two largest units of a (non-negative) span, minutes rounded down."""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}天{hours}小时" if hours else f"{days}天"
    if hours:
        return f"{hours}小时{mins}分" if mins else f"{hours}小时"
    return f"{mins}分" if mins else "不到1分"


def remaining_text(due: datetime, now: datetime) -> str:
    """Naive UTC both; overdue from the due moment on, as deadline_state says."""
    if now >= due:
        return "超时 " + span_text(now - due)
    return "剩 " + span_text(due - now)
