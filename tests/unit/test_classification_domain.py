"""The pure rule engines: category suggestion, impact → priority, policy review, assignment."""
from datetime import date

import pytest

from aftersales_desktop.domain.assignment import (
    AssignmentRule, Candidate, pick_member, pick_rule,
)
from aftersales_desktop.domain.category_suggestion import KeywordRule, suggest
from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.impact import ImpactRule, check_answers, suggest_priority
from aftersales_desktop.domain.policy_review import ReviewRule, TicketFacts, review
from aftersales_desktop.storage.migration_v4 import (
    IMPACT_RULES_V4, KEYWORD_RULES_V4, REVIEW_RULES_V4,
)

KEYWORDS = [KeywordRule(*row) for row in KEYWORD_RULES_V4]
IMPACT = [ImpactRule(row[4], *row[:4]) for row in IMPACT_RULES_V4]
REVIEW = [ReviewRule(code, kind, reason, cat, sub, days)
          for code, kind, cat, sub, days, reason in REVIEW_RULES_V4]


@pytest.mark.parametrize("text, expected, words", [
    ("收到的电饭煲外壳破损，无法正常加热", "logistics.damaged", ("破损",)),
    ("快递显示已签收但没有收到包裹", "logistics.not_received", ("快递", "没有收到")),
    ("直播间说是纯棉，收到后发现是混纺面料", "livestream.false_ad", ("直播", "说是")),
    ("买到假货了", "quality.counterfeit", ("假货",)),
    ("牛奶过期了", "quality.substandard", ("过期",)),
    ("客服态度很差", "service.attitude", ("客服", "态度")),
    ("申请无理由退货三天了还没有人处理", "returns.no_reason", ("无理由", "退货")),
])
def test_seed_keywords_suggest_the_sub_category_and_say_why(text, expected, words):
    best = suggest(text, KEYWORDS)[0]
    assert best.subcategory == expected
    assert best.keywords == words
    assert best.why() == "描述中出现" + "".join(f"“{w}”" for w in words)


def test_a_keyword_inside_a_longer_match_does_not_count_alone():
    result = suggest("外包装破损严重", KEYWORDS)
    assert result[0].subcategory == "quality.packaging"
    assert all("破损" not in s.keywords for s in result)


def test_a_category_keyword_alone_suggests_the_category_and_nothing_matches_nothing():
    assert [(s.category, s.subcategory) for s in suggest("我要退款", KEYWORDS)] == [
        ("returns", None)]
    assert suggest("你好", KEYWORDS) == []
    assert suggest("", KEYWORDS) == []


@pytest.mark.parametrize("answers, priority", [
    ({"loss": "none", "scope": "single", "urgency": "health_safety", "repair": "simple"}, "urgent"),
    ({"loss": "minor", "scope": "systemic", "urgency": "none", "repair": "simple"}, "urgent"),
    ({"loss": "minor", "scope": "single", "urgency": "business", "repair": "simple"}, "urgent"),
    ({"loss": "major", "scope": "single", "urgency": "none", "repair": "compensation"}, "normal"),
    ({"loss": "none", "scope": "single", "urgency": "none", "repair": "simple"}, "low"),
    ({"loss": "minor", "scope": "single", "urgency": "none", "repair": "compensation"}, "normal"),
])
def test_impact_answers_give_the_priority_of_the_first_matching_row(answers, priority):
    result = suggest_priority(answers, IMPACT)
    assert result.priority == priority
    assert result.reason.startswith("依据规则")


def test_impact_answers_are_checked_and_accept_the_chinese_labels():
    assert check_answers({"loss": "较大损失（退货、食品安全隐患等）", "scope": "single",
                          "urgency": "none", "repair": "simple"})["loss"] == "major"
    with pytest.raises(ValidationError) as err:
        check_answers({"loss": "none", "scope": "single", "urgency": "none"})
    assert err.value.field == "impact.repair"
    with pytest.raises(ValidationError):
        check_answers({"loss": "huge"}, complete=False)
    assert suggest_priority({}, []).priority == "normal"


def facts(sub, claimed=date(2026, 11, 20), **kw):
    return TicketFacts(sub.split(".")[0], sub, claimed, **kw)


def test_no_reason_return_only_within_seven_days_of_delivery_or_purchase():
    ok = review(facts("returns.no_reason", delivered_on=date(2026, 11, 13)), REVIEW)
    assert ok.passed and ok.codes() == "pass"
    late = review(facts("returns.no_reason", purchased_on=date(2026, 11, 1)), REVIEW)
    assert late.codes() == "no_reason_7_days"
    assert "7天内" in late.reason_text() and "已过19天" in late.reason_text()
    assert "2026-11-01" in late.reason_text()
    unknown = review(facts("returns.no_reason"), REVIEW)
    assert unknown.passed and unknown.notes == ("未填写购买日期，未检查“申请期限（自签收或购买起）”",)


def test_quality_claims_need_evidence_and_must_be_within_the_warranty():
    bare = review(facts("quality.defect", purchased_on=date(2026, 10, 1)), REVIEW)
    assert bare.codes() == "quality_evidence" and "照片或视频" in bare.reason_text()
    old = review(facts("quality.defect", purchased_on=date(2025, 1, 1), evidence_files=2), REVIEW)
    assert old.codes() == "warranty_365_days" and "已过688天" in old.reason_text()
    both = review(facts("quality.defect", purchased_on=date(2025, 1, 1)), REVIEW)
    assert len(both.reason_text().splitlines()) == 2
    assert review(facts("service.attitude"), REVIEW).passed


def test_assignment_takes_the_most_specific_rule_and_the_least_busy_member():
    rules = [AssignmentRule(1, "logistics"), AssignmentRule(2, "logistics", branch="浦东"),
             AssignmentRule(3, "logistics", "logistics.damaged"),
             AssignmentRule(4, "logistics", "logistics.damaged", "浦东")]
    assert pick_rule(rules, "logistics", "logistics.late", None).department_id == 1
    assert pick_rule(rules, "logistics", "logistics.late", "浦东").department_id == 2
    assert pick_rule(rules, "logistics", "logistics.damaged", "闵行").department_id == 3
    assert pick_rule(rules, "logistics", "logistics.damaged", " 浦东 ").department_id == 4
    assert pick_rule(rules, "quality", None, None) is None
    people = [Candidate(1, "li", 3), Candidate(2, "wang", 1), Candidate(3, "chen", 1)]
    assert pick_member(people).login == "chen"
    assert pick_member([]) is None
