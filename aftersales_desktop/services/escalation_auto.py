"""Automatic escalation by rule (e.g. a deadline passed): one level up, at most once per
event key and ticket, also when two copies of the program check at the same moment."""
from __future__ import annotations

from peewee import IntegrityError

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services.escalation import _FINAL, _department, _insert, _urgency
from aftersales_desktop.services.escalation_chain import level_of
from aftersales_desktop.services.escalation_views import EscalationView, current_level, \
    get_escalation
from aftersales_desktop.services.tickets import _load, _locked_update
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.models_escalation import Escalation

AUTO_SOLUTION = "请按处理时限督办"


def escalate_automatically(number: str, key: str, reason: str = "时限已过",
                           urgency: str = "urgent") -> EscalationView | None:
    """One level up by rule (e.g. a deadline passed), at most once per `key` and ticket
    (e.g. "solution:breach"), also when two copies of the program run this at once.
    None when already done for `key`, the ticket is closed, or the chain has no higher level."""
    now = utcnow()
    try:
        with database.atomic():
            ticket = _load(number, lock=True)
            done = Escalation.select().where((Escalation.ticket == ticket.id)
                                             & (Escalation.auto_key == key)).exists()
            if done or ticket.state in _FINAL:
                return None
            try:
                department_id = _department(ticket)
                current = current_level(ticket.id)
                level_of(department_id, current + 1)
            except ValidationError:
                return None
            _locked_update(ticket, None, {"updated_at": now})
            row_id = _insert(ticket, department_id, current + 1, from_level=current,
                             from_staff=None, origin="automatic", cause=f"系统自动升级：{reason}",
                             solution=AUTO_SOLUTION, urgency=_urgency(urgency), reason=reason,
                             auto_key=key, now=now)
    except IntegrityError:
        return None
    return get_escalation(row_id)
