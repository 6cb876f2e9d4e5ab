"""The classification queue and one ticket's case, with suggestions and previews to show why."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from aftersales_desktop.domain.category_suggestion import Suggestion, suggest
from aftersales_desktop.domain.clock import iso_utc, to_local
from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from aftersales_desktop.domain.impact import QUESTIONS, ImpactSuggestion, check_answers, \
    suggest_priority
from aftersales_desktop.domain.policy_review import ReviewOutcome, TicketFacts, review
from aftersales_desktop.services.classification_rules import (
    impact_rules, keyword_rules, review_rules,
)
from aftersales_desktop.services.permissions import acting
from aftersales_desktop.services.scoping import scoped
from aftersales_desktop.storage.models import Attachment, Category, Customer, Ticket
from aftersales_desktop.storage.models_rules import TicketClassification
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

QUEUE_STATES = ("verified",)


@dataclass(frozen=True)
class QueueItem:
    number: str
    received_at: str
    customer_name: str | None
    summary: str


@dataclass(frozen=True)
class ClassificationCase:
    number: str
    version: int
    state: str
    received_at: str
    customer_name: str | None
    description: str
    product: str | None
    order_number: str | None
    purchased_on: date | None
    delivered_on: date | None
    branch: str | None
    evidence_files: int
    category: str | None
    subcategory: str | None
    priority: str
    impact: dict = field(default_factory=dict)
    suggestions: list[Suggestion] = field(default_factory=list)


def queue(limit: int = 500, viewer: str | None = None) -> list[QueueItem]:
    """Verified tickets waiting for classification, oldest first; with `viewer` (a login)
    those they see."""
    query = (Ticket.select(Ticket.number, Ticket.received_at, Ticket.description, Customer.name)
             .join(Customer).where(Ticket.state.in_(QUEUE_STATES)))
    rows = (scoped(query, acting(viewer) if viewer else None)
            .order_by(Ticket.received_at, Ticket.id).limit(limit).dicts())
    return [QueueItem(r["number"], iso_utc(r["received_at"]), r["name"],
                      _summary(r["description"])) for r in rows]


def _summary(text: str, width: int = 30) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= width else line[:width - 1] + "…"


def _code(category_id) -> str | None:
    return Category.get_by_id(category_id).code if category_id else None


def load_case(number: str) -> ClassificationCase:
    ticket = Ticket.get_or_none(Ticket.number == number)
    if ticket is None:
        raise NotFoundError(f"ticket {number} does not exist")
    extra = TicketClassification.get_by_id(ticket.id)
    impact = {q: getattr(extra, f"impact_{q}") for q in QUESTIONS
              if getattr(extra, f"impact_{q}")}
    return ClassificationCase(
        number=ticket.number, version=ticket.version, state=ticket.state,
        received_at=iso_utc(ticket.received_at), customer_name=ticket.customer.name,
        description=ticket.description, product=ticket.product,
        order_number=ticket.order_number, purchased_on=ticket.purchased_on,
        delivered_on=extra.delivered_on, branch=ticket.branch,
        evidence_files=_evidence(ticket.id), category=_code(ticket.category_id),
        subcategory=_code(ticket.subcategory_id), priority=ticket.priority, impact=impact,
        suggestions=suggest(ticket.description, keyword_rules()))


def _evidence(ticket_id: int) -> int:
    return Attachment.select().where(Attachment.ticket == ticket_id).count()


def assess(answers: dict) -> ImpactSuggestion | None:
    """The suggested priority once all four questions are answered, else None."""
    clean = check_answers(answers, complete=False)
    if len(clean) < len(QUESTIONS):
        return None
    return suggest_priority(clean, impact_rules())


def parse_day(value, field_name: str = "delivered_on") -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("errors", "“{value}”不是日期，格式如 2026-11-20"), value=value) from None


def facts_for(ticket: Ticket, category: str | None, subcategory: str | None,
              delivered_on: date | None) -> TicketFacts:
    return TicketFacts(category=category, subcategory=subcategory,
                       claimed_on=to_local(ticket.received_at).date(),
                       purchased_on=ticket.purchased_on, delivered_on=delivered_on,
                       evidence_files=_evidence(ticket.id))


def preview_review(number: str, category: str | None, subcategory: str | None,
                   delivered_on=None) -> ReviewOutcome:
    """What the policy review would say if the ticket were classified so now."""
    ticket = Ticket.get_or_none(Ticket.number == number)
    if ticket is None:
        raise NotFoundError(f"ticket {number} does not exist")
    day = parse_day(delivered_on)
    return review(facts_for(ticket, category, subcategory, day), review_rules())
