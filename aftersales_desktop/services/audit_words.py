"""The values of audit events in words for 设置 › 审计日志: codes become their Chinese labels,
logins the person's name, UTC moments Shanghai time, true/false 是/否, fen yuan. Free text
stays as it was written."""
from __future__ import annotations

import re
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term, Text
from datetime import datetime

from aftersales_desktop.domain.callback_rules import (
    OUTCOMES, RESOLUTION_KINDS, SCORE_LABELS, TASK_KINDS,
)
from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES
from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.impact import QUESTIONS
from aftersales_desktop.domain.permissions import ROLE_LABELS
from aftersales_desktop.domain.policy_review import KINDS as REVIEW_KINDS
from aftersales_desktop.domain.rewards import KINDS as REWARD_KINDS
from aftersales_desktop.domain.rewards import STATUS_LABELS as REWARD_STATUSES
from aftersales_desktop.domain.sla import UNITS
from aftersales_desktop.domain.sla_policy import DEADLINE_KINDS
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.domain.targets import MEASURES, PERIOD_KINDS
from aftersales_desktop.services.callback_settings import ASSIGN_TO
from aftersales_desktop.services.escalation_views import URGENCIES
from aftersales_desktop.storage.models import Category, Staff
from aftersales_desktop.storage.models_rules import ReviewRuleRow

YES_NO = {"true": QT_TRANSLATE_NOOP("audit_words", "是"), "false": QT_TRANSLATE_NOOP("audit_words", "否")}
_UNITS = {code: label.lstrip("个") for code, (_, label) in UNITS.items()}
_REACTIONS = {"notify": QT_TRANSLATE_NOOP("audit_words", "提醒处理人"), "escalate": QT_TRANSLATE_NOOP("audit_words", "自动升级")}
_CODES = {  # field → {code: label}, whatever the entity
    "state": STATE_LABELS, "priority": PRIORITIES, "suggested_priority": PRIORITIES,
    "channel": CHANNELS, "gender": GENDERS, "policy_review": {"pass": QT_TRANSLATE_NOOP("audit_words", "通过")},
    **{f"impact_{q}": options for q, (_, options) in QUESTIONS.items()},
    "urgency": URGENCIES, "how": RESOLUTION_KINDS, "outcome": OUTCOMES,
    "unit": _UNITS, "callback.limit_unit": _UNITS, "on_warning": _REACTIONS,
    "on_breach": _REACTIONS, "callback.assign_to": ASSIGN_TO, "period_kind": PERIOD_KINDS,
    "measure": MEASURES, "kind": {**DEADLINE_KINDS, **TASK_KINDS,
                                  **{k: v.label for k, v in REWARD_KINDS.items()}},
}
_ENTITY_CODES = {"impact_rule": {q: options for q, (_, options) in QUESTIONS.items()},
                 "staff": {"role": ROLE_LABELS}}
_PEOPLE = {"assignee", "executor", "reported_to", "single_user"}
_PEOPLE_OLD = {("callback_task", "schedule"), ("notice", "notify")}  # old value: a login
_MOMENT = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d)?$")
_FEN = {"amount_fen", "goods_value_fen", "rewards.second_approval_fen"}


class AuditWords:
    """One page's worth of look-ups (names of people and categories), read once each."""

    def __init__(self):
        self._names: dict[str, str] | None = None
        self._categories: dict[str, str] | None = None
        self._review_rules: dict[str, str] | None = None

    @staticmethod
    def entity_labels(entity: str) -> dict | None:
        """Field names that the entity's own service keeps."""
        if entity in ("exception_report", "written_report"):
            from aftersales_desktop.services.exception_report import LABELS
            return LABELS
        if entity == "list":  # an export or import of a list
            from aftersales_desktop.services.audit_log import LIST_NAMES
            return LIST_NAMES
        return None

    def review_rule(self, code: str) -> str:
        """The policy review a ticket did not pass, by the kind of its rule (the code when
        the rule is gone)."""
        if self._review_rules is None:
            self._review_rules = {c: REVIEW_KINDS.get(k, k) for c, k in ReviewRuleRow.select(
                ReviewRuleRow.code, ReviewRuleRow.kind).tuples()}
        return Text(QT_TRANSLATE_NOOP("audit_words", "未通过：{value1}"), value1=self._review_rules[code]) if code in self._review_rules else code

    def person(self, login: str) -> str:
        if self._names is None:
            self._names = dict(Staff.select(Staff.login, Staff.name).tuples())
        return self._names.get(login, login)

    def category(self, code: str) -> str:
        if self._categories is None:
            self._categories = dict(Category.select(Category.code, Category.name).tuples())
        return self._categories.get(code, code)

    def value(self, entity: str, action: str, field: str | None, value: str | None,
              old: bool = False) -> str | None:
        """`value` of `field` in words (`old`: the event's old value)."""
        if value is None or value == "":
            return value
        if old and (entity, action) in _PEOPLE_OLD:
            return self.person(value)
        field = field or ""
        codes = _ENTITY_CODES.get(entity, {}).get(field) or _CODES.get(field)
        if codes is not None and value in codes:
            return codes[value]
        if entity == "reward_record" and field == "status":
            code, _, comment = value.partition("：")
            return REWARD_STATUSES.get(code, code) + (f"：{comment}" if comment else "")
        if field in ("category", "subcategory", "category_code", "subcategory_code"):
            return self.category(value)
        if field in _PEOPLE:
            return self.person(value)
        if field == "policy_review" or (field == "review_override" and old):
            return self.review_rule(value)
        if field == "priority_reason" and old:
            return PRIORITIES.get(value, value)
        if field.endswith("_score") and value.isdigit() and int(value) in SCORE_LABELS:
            return Text(QT_TRANSLATE_NOOP("audit_words", "{value} 分（{value2}）"), value=value, value2=Term("callback_rules", SCORE_LABELS[int(value)]))
        if field in _FEN and value.lstrip("-").isdigit():
            return Text(QT_TRANSLATE_NOOP("audit_words", "{yuan} 元"), yuan=f"{int(value) / 100:,.2f}")
        if value in YES_NO:
            return YES_NO[value]
        if _MOMENT.match(value):
            return _local(value)
        return value


def _local(iso: str) -> str:
    """Audit moments are UTC, naive or with an offset."""
    moment = datetime.fromisoformat(iso)
    if moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None) - moment.utcoffset()
    return to_local(moment).strftime("%Y-%m-%d %H:%M")
