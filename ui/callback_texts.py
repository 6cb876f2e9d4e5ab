"""What the 回访 screen shows of one call, as rich text, and the message after saving."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aftersales_desktop.domain.clock import to_local, utcnow
from aftersales_desktop.services.staff import list_staff
from ui.labels import label, remaining_text, task_text
from ui.messages import text_of



def _escape(text) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _when(moment) -> str:
    return to_local(moment).strftime("%Y-%m-%d %H:%M")


def _table(rows) -> str:
    cells = "".join(f"<tr><td nowrap style='color:#555;padding-right:10px'>{k}</td>"
                    f"<td>{v}</td></tr>" for k, v in rows if v)
    return f"<table>{cells}</table>"


def call_summary_html(call, revealed: str | None = None) -> str:
    """The ticket as the clerk needs it on the phone: who to call, about what, by when; the
    phone masked until revealed to dial (Ctrl+D)."""
    if revealed:
        phone = f"<span style='font-size:16pt;font-weight:bold'>{_escape(revealed)}</span>"
    elif call.customer_phone:
        phone = (f"{_escape(call.customer_phone)} <span style='color:#555'>"
                 + label("CallbackScreen", "（Ctrl+D 显示号码拨打）") + "</span>")
    else:
        phone = label("CallbackScreen", "（无电话）")
    due = remaining_text(call.due_at, utcnow())
    colour = "#c62828" if call.due_at <= utcnow() else "#1b5e20"
    return _table([
        (label("CallbackScreen", "工单号"), _escape(call.number)),
        (label("CallbackScreen", "回访类型"), task_text(call.kind, call.revisit_days) + " · " +
         label("CallbackScreen", "第 %1/%2 次拨打").replace("%1", str(call.attempts + 1))
         .replace("%2", str(call.max_attempts))),
        (label('CallbackScreen', "回访时限"), f"{_when(call.due_at)} <span style='color:{colour}'>（{due}）</span>"),
        (label("CallbackScreen", "客户"), _escape(call.customer_name or "")), (label("CallbackScreen", "电话"), phone),
        (label("CallbackScreen", "商品"), _escape(call.product or "")), (label("CallbackScreen", "订单号"), _escape(call.order_number or "")),
        (label("CallbackScreen", "类别"), _escape(call.category or "")), (label("CallbackScreen", "受理时间"), _when(call.received_at)),
        (label("CallbackScreen", "处理人"), _escape(call.handler or "")), (label("CallbackScreen", "问题描述"), _escape(call.description)),
    ])


def done_html(call) -> str:
    """What was done (each resolution, latest first) and every call so far."""
    parts = []
    for r in call.resolutions:
        parts.append(f"<p><b>{_escape(label('callback_rules', r.how_label))}</b>：{_escape(r.note or '')}<br>"
                     f"<span style='color:#555'>{_escape(r.staff_name)} {_when(r.resolved_at)}"
                     "</span></p>")
    if not call.resolutions:
        parts.append("<p style='color:#555'>" + label("CallbackScreen", "（处理人未填写处理结果，请先查看工单处理记录）") + "</p>")
    if call.calls:
        parts.append("<p><b>" + label("CallbackScreen", "历次回访") + "</b></p>")
    for c in call.calls:
        words = f"<br>“{_escape(c.customer_words)}”" if c.customer_words else ""
        attempt = label("CallbackScreen", "第 %1 次").replace("%1", str(c.attempt_no))
        parts.append(f"<p>{_when(c.at)} {_escape(c.staff_name)} {task_text(c.kind, c.revisit_days)} "
                     f"{attempt}：{_escape(text_of(c.result_text()))}{words}</p>")
    return "".join(parts)


def _names(logins) -> str:
    names = {s.login: s.name for s in list_staff()}
    return "、".join(names.get(login, login) for login in logins)


def result_text(result) -> str:
    number = result.number
    if result.step == "retry":
        return (label("CallbackScreen", "%1 未接通，已安排 %2 再次拨打（已拨 %3/%4 次）").replace("%1", number)
                .replace("%2", to_local(result.next_at).strftime("%m-%d %H:%M"))
                .replace("%3", str(result.attempts)).replace("%4", str(result.max_attempts)))
    if result.step == "give_up":
        return (label("CallbackScreen", "%1 已拨 %2 次均未接通，本次回访结束").replace("%1", number)
                .replace("%2", str(result.attempts))
                + (label("CallbackScreen", "，工单已按未接通结案") if result.ticket_state == "closed" else "")
                + (label("CallbackScreen", "，已提醒：%1").replace("%1", _names(result.notified))
                   if result.notified else "") + "。")
    if result.step == "reopen":
        return label("CallbackScreen", "%1 客户不满意，已重开给处理人并重新计时；已提醒：%2").replace("%1", number) \
            .replace("%2", _names(result.notified) or label("CallbackScreen", "（无）"))
    if result.close_refused:
        return label("CallbackScreen", "%1 客户满意。%2，已提醒处理人。").replace("%1", number) \
            .replace("%2", result.close_refused)
    return label("CallbackScreen", "%1 客户满意，工单已关闭。").replace("%1", number) if result.ticket_state == "closed" \
        else label("CallbackScreen", "%1 再次回访完成，客户满意。").replace("%1", number)
