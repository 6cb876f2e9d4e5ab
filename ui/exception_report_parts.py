"""Pieces of the 异常情况汇报表 dialog: times typed in Shanghai time, the 10-minute rule's wording
and the read-only part the escalations supply (seed 004 6.1)."""
from __future__ import annotations


from datetime import date, datetime, timezone

from PySide6.QtCore import QCoreApplication

from aftersales_desktop.domain.clock import SHANGHAI, to_local
from aftersales_desktop.domain.errors import ValidationError
from ui.labels import QT_TRANSLATE_NOOP, label

TIME_FORMAT = "%Y-%m-%d %H:%M"
# code → (wording, colour)
RULE_TEXTS = {"met": (QT_TRANSLATE_NOOP("ExceptionReport", "达标（接信息十分钟内已汇报）"), "#1b5e20"),
              "missed": (QT_TRANSLATE_NOOP("ExceptionReport", "超时（超过十分钟才汇报或仍未汇报）"), "#c62828"),
              "pending": (QT_TRANSLATE_NOOP("ExceptionReport", "待汇报（仍在十分钟内）"), "#ad5700")}



def shown_time(value: datetime | None) -> str:
    return to_local(value).strftime(TIME_FORMAT) if value else ""


def typed_time(field: str, text: str) -> datetime | None:
    """Naive UTC from a Shanghai time typed as YYYY-MM-DD HH:MM; blank is None."""
    text = text.strip()
    if not text:
        return None
    try:
        local = datetime.strptime(text, TIME_FORMAT)
    except ValueError:
        raise ValidationError(field, label("ExceptionReport", "时间格式为 YYYY-MM-DD HH:MM，如 2026-11-20 14:30")) from None
    return local.replace(tzinfo=SHANGHAI).astimezone(timezone.utc).replace(tzinfo=None)


def typed_date(field: str, text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(field, label("ExceptionReport", "日期格式为 YYYY-MM-DD，如 2026-11-30")) from None


def rule_html(code: str | None) -> str:
    if code is None:
        return "<span style='color:#555'>" + label("ExceptionReport", "填写接到信息时间后显示") + "</span>"
    text, colour = RULE_TEXTS[code]
    return f"<b style='color:{colour}'>{label('ExceptionReport', text)}</b>"


def _escape(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")


def _entries(entries) -> str:
    return "".join(f"<li>{shown_time(e.at)} {_escape(e.staff_name)}：{_escape(e.text)}</li>"
                   for e in entries)


def escalation_html(data) -> str:
    """Cause analysis, proposed solution, instructions, execution, follow-ups, customer contacts
    of an ExceptionReportData (None: nothing reported yet)."""
    none = "<span style='color:#555'>" + label("ExceptionReport", "（暂无）") + "</span>"
    if data is None:
        hint = label("ExceptionReport", "保存汇报表后，这里显示升级记录中的原因分析、解决方案、上级处理意见、"
                   "执行情况与跟进记录。")
        return f"<span style='color:#555'>{hint}</span>"
    instructions = "".join(
        f"<li>{shown_time(i.at)} {_escape(i.by)}：{_escape(i.text)}"
        + (label("ExceptionReport", "（执行人：%1）").replace("%1", _escape(i.executor)) if i.executor else "")
        + "</li>" for i in data.instructions)
    parts = ((label("ExceptionReport", "原因分析"), _escape(data.cause_analysis)),
             (label("ExceptionReport", "解决方案"), _escape(data.proposed_solution)),
             (label("ExceptionReport", "上级处理意见"), instructions and _list(instructions)),
             (label("ExceptionReport", "执行情况"), data.execution and _list(_entries(data.execution))),
             (label("ExceptionReport", "跟进记录"), data.follow_ups and _list(_entries(data.follow_ups))),
             (label("ExceptionReport", "客户沟通记录"),
              data.customer_contacts and _list(_entries(data.customer_contacts))))
    return "".join(f"<p style='margin:8px 0 2px 0'><b>{title}</b></p>"
                   + (body if body.startswith("<ul") else f"<p style='margin:0'>{body}</p>")
                   for title, body in ((t, b or none) for t, b in parts))


def _list(items: str) -> str:
    return f"<ul style='margin:0; -qt-list-indent:1'>{items}</ul>"
