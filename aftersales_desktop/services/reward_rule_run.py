"""Running the reward and penalty rules: each active rule proposes one record per cause it
finds (services.reward_rule_events) that it has not proposed for yet. Proposals wait for
approval (services.reward_approval).

Runs from the minute tick (services.deadline_watch) and on demand. Each proposal is its own
transaction; the unique index on (rule, cause) makes a second run, or a second desk running
at the same moment, propose nothing twice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from aftersales_desktop.domain.clock import utcnow
from aftersales_desktop.services.reward_records import create_record
from aftersales_desktop.services.reward_rule_events import (
    carrier_exceptions, closed_targets, missed_reports, satisfied_callbacks, window_start)
from aftersales_desktop.services.reward_rules import RuleRow, rules
from aftersales_desktop.storage.models import database
from aftersales_desktop.storage.models_rewards import RewardRecord


@dataclass(frozen=True)
class RuleRunReport:
    proposed: int = 0
    failed: tuple[tuple[str, str], ...] = field(default=())  # (rule name, error)


EVALUATORS = {"carrier_exception": carrier_exceptions, "report_missed": missed_reports,
              "satisfied_callbacks": satisfied_callbacks,
              "target_achieved": closed_targets, "target_missed": closed_targets}


def _proposed(rule: RuleRow, now: datetime) -> set[str]:
    return set(RewardRecord.select(RewardRecord.cause_key).where(
        (RewardRecord.rule == rule.id)
        & (RewardRecord.cause_at >= window_start(rule, now) - timedelta(days=31))).scalars())


def run_rules(now: datetime | None = None) -> RuleRunReport:
    """Propose what the active rules find new; a rule that fails is reported, the others run."""
    now = now or utcnow()
    proposed, failed = 0, []
    for rule in rules(active_only=True):
        evaluate = EVALUATORS.get(rule.event)
        if evaluate is None:
            continue
        try:
            done = _proposed(rule, now)
            for proposal in evaluate(rule, now):
                if proposal.cause_key in done:
                    continue
                with database.atomic():
                    if create_record(proposal.columns, proposal.ticket_ids, None, rule.id,
                                     proposal.cause_key, proposal.cause_at):
                        proposed += 1
        except Exception as exc:  # one broken rule must not stop the others; it is reported
            failed.append((rule.name, f"{type(exc).__name__}: {exc}"))
    return RuleRunReport(proposed, tuple(failed))
