"""Screenshots of 回访: the queue with overdue calls and the script, an unhappy customer about to
reopen the ticket, a call not reached, the revisit, 设置 › 回访设置, the 已解决… dialog and the
timeline of a ticket that went round the loop. Run by tools/screenshots.py."""
from __future__ import annotations

from datetime import timedelta


def _ticket(name, phone, text, product, how, note, resolve=True, gender="female"):
    from aftersales_desktop.services.resolution import resolve_ticket
    from aftersales_desktop.services.tickets import create_ticket, transition

    number = create_ticket({"channel": "hotline", "category": "quality",
                            "customer": {"name": name, "phone": phone, "gender": gender},
                            "order": {"number": "TB" + phone[-8:], "product": product},
                            "problem": {"description": text}}).number
    for target in ("verified", "classified"):
        transition(number, target)
    transition(number, "assigned", assignee="admin")
    transition(number, "in_progress")
    if resolve:
        resolve_ticket(number, how, note)
    return number


def _age(number: str, hours: float) -> None:
    """Move the ticket's callback back in time, as if it was resolved `hours` ago."""
    from aftersales_desktop.storage.models import Ticket
    from aftersales_desktop.storage.models_callback import CallbackTask

    ticket = Ticket.get(Ticket.number == number)
    for task in CallbackTask.select().where(CallbackTask.ticket == ticket.id):
        CallbackTask.update(available_at=task.available_at - timedelta(hours=hours),
                            due_at=task.due_at - timedelta(hours=hours)).where(
            CallbackTask.id == task.id).execute()


def shoot_all(scenes) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from aftersales_desktop.services.callbacks import record_call
    from aftersales_desktop.storage.models_callback import CallbackTask

    window, shoot = scenes.window, scenes.shoot
    window.notices.hide()
    first = _ticket("周婷", "13611112222", "电饭煲内胆涂层脱落，煮饭粘锅", "电饭煲", "exchange",
                    "已为客户换新内胆，旧内胆已取回")
    _age(first, 80)
    late = _ticket("钱磊", "13622223333", "空气炸锅使用三次后不加热", "空气炸锅", "repair",
                   "已安排上门维修，更换加热管，试机正常", gender="male")
    _age(late, 30)
    missed = _ticket("何静", "13633334444", "吸尘器充不进电", "吸尘器", "exchange", "已换新机")
    task = CallbackTask.get(CallbackTask.ticket == _id(missed))
    record_call(task.id, {"reached": False, "unreached_reason": "无人接听"})
    _age(missed, 12)
    window.show_area("callback")
    screen = window.screen("callback")
    screen.refresh()
    screen.queue_list.setCurrentRow(0)
    screen.form.focus_first()
    QApplication.processEvents()
    shoot(window, "60_callback_queue")

    form = screen.form
    screen.reveal()  # Ctrl+D: the number to dial
    form.reached.setCurrentIndex(form.reached.findData("yes"))
    form.solved.setCurrentIndex(form.solved.findData("no"))
    form.resolution_score.setValue(2)
    form.attitude_score.setValue(4)
    form.customer_words.setPlainText("新内胆用了两天又开始粘锅，我要求退货")
    QApplication.processEvents()
    shoot(window, "61_callback_unhappy")
    screen.save()
    QApplication.processEvents()
    shoot(window, "62_callback_reopened")

    for row in range(screen.queue_list.count()):
        if screen.queue_list.item(row).data(Qt.ItemDataRole.UserRole) == task.id:
            screen.queue_list.setCurrentRow(row)
    form.reached.setCurrentIndex(form.reached.findData("关机/停机"))
    QApplication.processEvents()
    shoot(window, "63_callback_not_reached")

    _revisit_scene(window, screen, shoot, late)
    _settings_scene(window, shoot)
    _resolve_scene(window, shoot)
    window.open_ticket(first)
    from PySide6.QtWidgets import QScrollArea

    QApplication.processEvents()  # the new info's height is laid out one round later
    window.detail.findChild(QScrollArea).verticalScrollBar().setValue(10_000)
    window.detail.timeline.scrollToBottom()
    shoot(window, "67_ticket_timeline_callback")


def _id(number: str) -> int:
    from aftersales_desktop.storage.models import Ticket

    return Ticket.get(Ticket.number == number).id


def _revisit_scene(window, screen, shoot, number) -> None:
    """A satisfied callback closes the repair; its 7-day revisit, shown as if it were due."""
    from PySide6.QtWidgets import QApplication

    from aftersales_desktop.domain.clock import utcnow
    from aftersales_desktop.services.callbacks import record_call
    from aftersales_desktop.storage.models_callback import CallbackTask

    task = CallbackTask.get((CallbackTask.ticket == _id(number))
                            & (CallbackTask.kind == "callback"))
    record_call(task.id, {"reached": True, "solved": True, "resolution_score": 5,
                          "attitude_score": 5, "customer_words": "师傅很专业，谢谢"})
    week = CallbackTask.get((CallbackTask.ticket == _id(number)) & (CallbackTask.revisit_days == 7))
    shift = week.available_at - utcnow() + timedelta(hours=1)
    CallbackTask.update(available_at=week.available_at - shift, due_at=week.due_at - shift).where(
        CallbackTask.id == week.id).execute()
    screen.waiting.setChecked(True)
    screen.refresh()
    for row, entry in enumerate(screen.rows):
        if entry.task_id == week.id:
            screen.queue_list.setCurrentRow(row)
    QApplication.processEvents()
    shoot(window, "64_callback_revisit")
    screen.waiting.setChecked(False)


def _settings_scene(window, shoot) -> None:
    window.show_area("settings")
    page = window.screen("settings").open("回访设置")
    page.refresh()
    page.fields["callback.revisit.repair"].setText("7,7")
    page.save()
    shoot(window, "65_settings_callback")
    page.refresh()


def _resolve_scene(window, shoot) -> None:
    number = _ticket("孙悦", "13644445555", "羊毛衫洗后缩水严重", "羊毛衫", "", "", resolve=False)
    window.open_ticket(number)
    window.detail.do_transition("resolved")
    dialog = window.detail.resolve_dialog
    dialog.how.setCurrentIndex(dialog.how.findData("refund"))
    dialog.accept()  # no note yet: refused under the field
    shoot(dialog, "66_resolve_dialog")
    dialog.reject()
