"""Running the reward and penalty rules: each active rule proposes one record per cause it
finds (services.reward_rule_events) that it has not proposed for yet. Proposals wait for
approval (services.reward_approval).

Runs from the minute tick (services.deadline_watch) and on demand. Each proposal is its own
transaction; the unique index on (rule, cause) makes a second run, or a second desk running
at the same moment, propose nothing twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services.reward_records import create_record
from aftersales_desktop.services.reward_rule_events import (
    carrier_exceptions, closed_targets, missed_reports, satisfied_callbacks)
from aftersales_desktop.services.reward_rules import RuleRow, rules
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.models_rewards import RewardRecord


LIMIT = 200  # proposals per run


@dataclass(frozen=True)
class RuleRunReport:
    proposed: int = 0
    failed: tuple[tuple[str, str], ...] = field(default=())  # (rule name, error)
    more: bool = False  # the limit was reached: the next run goes on


EVALUATORS = {"carrier_exception": carrier_exceptions, "report_missed": missed_reports,
              "satisfied_callbacks": satisfied_callbacks,
              "target_achieved": closed_targets, "target_missed": closed_targets}


def _proposed(rule: RuleRow, keys: list[str]) -> set[str]:
    """Which of these causes the rule has proposed for already."""
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        found.update(RewardRecord.select(RewardRecord.cause_key).where(
            (RewardRecord.rule == rule.id)
            & RewardRecord.cause_key.in_(keys[start:start + 500])).scalars())
    return found


def run_rules(now: datetime | None = None, limit: int = LIMIT) -> RuleRunReport:
    """Propose what the active rules find new, at most `limit` records (the rest at the next
    run: the minute tick stays short); a rule that fails is reported, the others run."""
    now = now or utcnow()
    proposed, failed = 0, []
    for rule in rules(active_only=True):
        if proposed >= limit:
            break
        evaluate = EVALUATORS.get(rule.event)
        if evaluate is None:
            continue
        try:
            proposals = evaluate(rule, now)
            done = _proposed(rule, [p.cause_key for p in proposals])
            for proposal in proposals:
                if proposal.cause_key in done:
                    continue
                if proposed >= limit:
                    break
                with database.atomic():
                    if create_record(proposal.columns, proposal.ticket_ids, None, rule.id,
                                     proposal.cause_key, proposal.cause_at):
                        proposed += 1
        except Exception as exc:  # one broken rule must not stop the others; it is reported
            failed.append((rule.name, f"{type(exc).__name__}: {exc}"))
    return RuleRunReport(proposed, tuple(failed), proposed >= limit)
