"""分类: confirm category, impact and priority; policy review; then auto-assignment.

One transaction: the classification, the review (rejection or its override), the move to
classified and the assignment are stored together with their audit events, or not at all.
"""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain import states
from aftersales_desktop.domain.channels import PRIORITIES, parse_choice
from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.domain.errors import ConflictError, ValidationError
from aftersales_desktop.domain.permissions import CLASSIFY
from aftersales_desktop.domain.impact import QUESTIONS, check_answers, suggest_priority
from aftersales_desktop.domain.policy_review import ReviewOutcome, review
from aftersales_desktop.services import audit
from aftersales_desktop.services.assignment import AssignmentChoice, auto_assign
from aftersales_desktop.services.classification_queue import facts_for, parse_day
from aftersales_desktop.services.classification_rules import impact_rules, review_rules
from aftersales_desktop.services.ticket_fields import resolve_category
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.tickets import _load, _locked_update, _transition
from aftersales_desktop.storage.models import Category, Ticket, database
from aftersales_desktop.storage.models_rules import TicketClassification
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ClassifyResult:
    number: str
    state: str
    version: int
    category: str
    subcategory: str | None
    priority: str
    suggested_priority: str
    review: ReviewOutcome
    review_overridden: bool
    assignment: AssignmentChoice | None  # None when rejected

    @property
    def rejection_notice(self) -> str | None:
        """What the clerk reads to the customer when the ticket was rejected."""
        return None if self.state != "rejected" else self.review.reason_text()


def _reason(text: str | None) -> str | None:
    return (text or "").strip() or None


def _categories(category: str, subcategory: str | None) -> tuple[Category, Category | None]:
    if not category:
        raise ValidationError("category", QT_TRANSLATE_NOOP("errors", "请选择投诉类别"))
    cat_id, sub_id = resolve_category(category, subcategory)
    cat = Category.get_by_id(cat_id)
    has_children = Category.select().where((Category.parent == cat_id)
                                           & Category.retired_at.is_null()).exists()
    if sub_id is None and has_children:
        raise ValidationError("subcategory", QT_TRANSLATE_NOOP("errors", "请选择细分类别"))
    return cat, Category.get_by_id(sub_id) if sub_id else None


def classify(number: str, category: str, subcategory: str | None, priority: str,
             impact: dict, override_reason: str | None = None, actor: str = "admin",
             expect_version: int | None = None, review_override: str | None = None,
             delivered_on=None) -> ClassifyResult:
    """Classify a verified (or reopened) ticket. A priority other than the suggested one needs
    `override_reason`; a failed policy review rejects the ticket unless `review_override`
    gives the reason it goes on."""
    staff_id = require(actor, CLASSIFY, ticket=number).id
    answers = check_answers(impact, complete=True)
    suggestion = suggest_priority(answers, impact_rules())
    priority = parse_choice("priority", priority, PRIORITIES)
    override_reason = _reason(override_reason) if priority != suggestion.priority else None
    if priority != suggestion.priority and not override_reason:
        raise ValidationError("override_reason", QT_TRANSLATE_NOOP("errors", "与建议优先级不同，请写明调整原因"))
    review_override = _reason(review_override)
    day = parse_day(delivered_on)
    cat, sub = _categories(category, subcategory)
    now = utcnow()
    with database.atomic():
        ticket = _load(number, lock=True)
        if expect_version is not None and expect_version != ticket.version:
            raise ConflictError(number, expect_version, ticket.version)
        states.check_transition(ticket.state, "classified")
        extra = TicketClassification.get_by_id(ticket.id)
        day = day or extra.delivered_on
        outcome = review(facts_for(ticket, cat.code, sub.code if sub else None, day),
                         review_rules())
        _store(ticket, extra, cat, sub, priority, answers, suggestion.priority,
               override_reason, day, outcome, review_override, staff_id, now)
        if not outcome.passed and not review_override:
            _transition(number, "rejected", actor, reason=outcome.reason_text())
            choice = None
        else:
            _transition(number, "classified", actor)
            choice = auto_assign(number, cat.code, sub.code if sub else None, ticket.branch,
                                 staff_id, actor)
        final = Ticket.select(Ticket.state, Ticket.version).where(Ticket.id == ticket.id).get()
    return ClassifyResult(number, final.state, final.version, cat.code,
                          sub.code if sub else None, priority, suggestion.priority, outcome,
                          bool(review_override) and not outcome.passed, choice)


def _store(ticket, extra, cat, sub, priority, answers, suggested, override_reason, day,
           outcome, review_override, staff_id, now) -> None:
    old = {"category": _code(ticket.category_id), "subcategory": _code(ticket.subcategory_id),
           "priority": ticket.priority, "delivered_on": extra.delivered_on,
           **{f"impact_{q}": getattr(extra, f"impact_{q}") for q in QUESTIONS}}
    new = {"category": cat.code, "subcategory": sub.code if sub else None,
           "priority": priority, "delivered_on": day,
           **{f"impact_{q}": answers[q] for q in QUESTIONS}}
    diff = {k: (old[k], v) for k, v in new.items() if old[k] != v}
    _locked_update(ticket, None, {"category": cat.id, "subcategory": sub.id if sub else None,
                                  "priority": priority, "updated_at": now})
    overridden = None if outcome.passed else review_override
    TicketClassification.update(
        delivered_on=day, suggested_priority=suggested, priority_reason=override_reason,
        review_result=outcome.codes(), review_override=overridden,
        **{f"impact_{q}": answers[q] for q in QUESTIONS},
    ).where(TicketClassification.id == ticket.id).execute()
    audit.record_changes(diff, staff_id, ticket_id=ticket.id, entity="ticket",
                         entity_id=ticket.id, at=now)
    audit.record("assess", staff_id, ticket_id=ticket.id, field="suggested_priority",
                 new=suggested, at=now)
    if override_reason:
        audit.record("override", staff_id, ticket_id=ticket.id, field="priority_reason",
                     old=suggested, new=override_reason, at=now)
    audit.record("review", staff_id, ticket_id=ticket.id, field="policy_review",
                 new=outcome.codes(), at=now)
    if overridden:
        audit.record("override", staff_id, ticket_id=ticket.id, field="review_override",
                     old=outcome.codes(), new=overridden, at=now)


def _code(category_id) -> str | None:
    return Category.get_by_id(category_id).code if category_id else None
