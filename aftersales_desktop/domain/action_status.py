"""The status of a meeting countermeasure on a given day: done, late (deadline passed, not done)
or open. A week's pack looks at its Sunday, or at today while the week runs."""
from __future__ import annotations

from datetime import date

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

STATUS_LABELS = {"done": QT_TRANSLATE_NOOP("action_status", "已完成"),
                 "late": QT_TRANSLATE_NOOP("action_status", "逾期未完成"),
                 "open": QT_TRANSLATE_NOOP("action_status", "进行中")}


def status_on(deadline: date, done_on: date | None, as_of: date) -> str:
    if done_on is not None and done_on <= as_of:
        return "done"
    return "late" if deadline < as_of else "open"


def as_of_day(sunday: date, today: date) -> date:
    """The day a week's statuses are taken on: its Sunday, or today while it runs."""
    return min(sunday, today)
