"""Show a label of the data tables in the chosen language.

The tables of aftersales_desktop (states, channels, priorities, field names, roles,
permissions, 奖罚 kinds …) and the module-level tables of ui/ mark their Chinese with
QT_TRANSLATE_NOOP(context, text); where a screen shows one it calls `label(context, text)`.
Text that is not in the translation (a category name the company typed) comes back as it is.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP  # noqa: F401 (for ui tables)


def label(context: str, text: str | None) -> str:
    return QCoreApplication.translate(context, text) if text else (text or "")


def labels(context: str, table: dict) -> dict:
    """The same table with its values shown in the chosen language."""
    return {key: label(context, value) for key, value in table.items()}


def task_text(kind: str, revisit_days: int | None) -> str:
    """回访 or 第 7 天再次回访 (domain.callback_rules.task_label) in the chosen language."""
    from aftersales_desktop.domain.callback_rules import TASK_KINDS

    if revisit_days:
        return QCoreApplication.translate("callback_rules", "第 %1 天再次回访").replace(
            "%1", str(revisit_days))
    return label("callback_rules", TASK_KINDS.get(kind, kind))


def period_text(period) -> str:
    """2026年11月 / 2026年第4季度 (domain.targets.Period.label) in the chosen language."""
    if period.kind == "month":
        return QCoreApplication.translate("targets", "%1年%2月").replace(
            "%1", str(period.start.year)).replace("%2", str(period.start.month))
    return QCoreApplication.translate("targets", "%1年第%2季度").replace(
        "%1", str(period.start.year)).replace("%2", str((period.start.month - 1) // 3 + 1))


_LIMITS = {"minute": QT_TRANSLATE_NOOP("sla", "%1分钟"), "hour": QT_TRANSLATE_NOOP("sla", "%1小时"),
           "working_hour": QT_TRANSLATE_NOOP("sla", "%1个工作小时"),
           "working_day": QT_TRANSLATE_NOOP("sla", "%1个工作日")}


def limit_text(amount: int, unit: str) -> str:
    """3个工作日 (domain.sla.Limit's text) in the chosen language."""
    return label("sla", _LIMITS[unit]).replace("%1", str(amount)) if unit in _LIMITS else (
        f"{amount}{unit}")


def span_text(delta) -> str:
    """domain.deadline_text.span_text (the two largest units) in the chosen language."""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        text = (QCoreApplication.translate("deadline_text", "%1天%2小时") if hours
                else QCoreApplication.translate("deadline_text", "%1天"))
        return text.replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        text = (QCoreApplication.translate("deadline_text", "%1小时%2分") if mins
                else QCoreApplication.translate("deadline_text", "%1小时"))
        return text.replace("%1", str(hours)).replace("%2", str(mins))
    if mins:
        return QCoreApplication.translate("deadline_text", "%1分").replace("%1", str(mins))
    return QCoreApplication.translate("deadline_text", "不到1分")


def remaining_text(due, now) -> str:
    """剩 3小时20分 / 超时 1天2小时 (domain.deadline_text.remaining_text), translated."""
    if now >= due:
        return QCoreApplication.translate("deadline_text", "超时 %1").replace(
            "%1", span_text(now - due))
    return QCoreApplication.translate("deadline_text", "剩 %1").replace("%1", span_text(due - now))


def stored_limit_text(text: str) -> str:
    """A time limit's text as stored with a ticket's deadline ("3个工作日"), translated."""
    import re

    match = re.fullmatch(r"(\d+)(分钟|小时|个工作小时|个工作日)", text or "")
    if not match:
        return text or ""
    unit = {"分钟": "minute", "小时": "hour", "个工作小时": "working_hour",
            "个工作日": "working_day"}[match.group(2)]
    return limit_text(int(match.group(1)), unit)


def with_colon(text: str) -> str:
    """A form label with its colon in the chosen language: 「类型：」, "Kind:"."""
    return QCoreApplication.translate("labels", "%1：").replace("%1", text)
