"""Auto-assignment: which handling group takes a ticket, and who in it."""
from __future__ import annotations

from dataclasses import dataclass

# a handler's open tickets: the ones still waiting on them
OPEN_STATES = ("classified", "assigned", "in_progress", "reopened")


@dataclass(frozen=True)
class AssignmentRule:
    department_id: int
    category: str
    subcategory: str | None = None
    branch: str | None = None  # logistics route or branch, matched exactly

    def specificity(self, category: str, subcategory: str | None,
                    branch: str | None) -> int | None:
        """None when the rule does not apply; else higher for a closer match."""
        if self.category != category:
            return None
        if self.subcategory is not None and self.subcategory != subcategory:
            return None
        if self.branch is not None and self.branch != (branch or "").strip():
            return None
        return (2 if self.subcategory else 0) + (1 if self.branch else 0)


@dataclass(frozen=True)
class Candidate:
    staff_id: int
    login: str
    open_tickets: int


def pick_rule(rules: list[AssignmentRule], category: str, subcategory: str | None,
              branch: str | None) -> AssignmentRule | None:
    """The most specific rule; among equals, the first."""
    best, best_score = None, -1
    for rule in rules:
        score = rule.specificity(category, subcategory, branch)
        if score is not None and score > best_score:
            best, best_score = rule, score
    return best


def pick_member(candidates: list[Candidate]) -> Candidate | None:
    """The available member with the fewest open tickets; ties go by login."""
    return min(candidates, key=lambda c: (c.open_tickets, c.login), default=None)
