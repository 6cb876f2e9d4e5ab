"""Schema step 4 in frozen SQL: classification rules (keywords, impact, policy review,
assignment) and the ticket's impact answers and review result.

Frozen like every step: the seed rules are literals here, never read from the domain modules.
"""
from __future__ import annotations

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY AUTOINCREMENT", "ts": "DATETIME"},
    "postgresql": {"pk": "SERIAL PRIMARY KEY", "ts": "TIMESTAMP"},
}

_V4_TABLES = """
CREATE TABLE keyword_rule (id {pk}, keyword VARCHAR(255) NOT NULL,
  category_code VARCHAR(255) NOT NULL, subcategory_code VARCHAR(255),
  weight INTEGER NOT NULL DEFAULT 1 CHECK (weight > 0), sort_order INTEGER NOT NULL DEFAULT 0,
  retired_at {ts});
CREATE TABLE impact_rule (id {pk}, loss VARCHAR(255), scope VARCHAR(255), urgency VARCHAR(255),
  repair VARCHAR(255),
  priority VARCHAR(255) NOT NULL CHECK (priority IN ('urgent', 'normal', 'low')),
  sort_order INTEGER NOT NULL DEFAULT 0, retired_at {ts});
CREATE TABLE review_rule (id {pk}, code VARCHAR(255) NOT NULL UNIQUE,
  kind VARCHAR(255) NOT NULL CHECK (kind IN ('return_window', 'evidence_required', 'warranty')),
  category_code VARCHAR(255), subcategory_code VARCHAR(255),
  days INTEGER CHECK (days IS NULL OR days >= 0), reason TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0, retired_at {ts});
CREATE TABLE assignment_rule (id {pk}, category_code VARCHAR(255) NOT NULL,
  subcategory_code VARCHAR(255), branch VARCHAR(255),
  department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
  sort_order INTEGER NOT NULL DEFAULT 0, retired_at {ts});
ALTER TABLE ticket ADD COLUMN impact_loss VARCHAR(255);
ALTER TABLE ticket ADD COLUMN impact_scope VARCHAR(255);
ALTER TABLE ticket ADD COLUMN impact_urgency VARCHAR(255);
ALTER TABLE ticket ADD COLUMN impact_repair VARCHAR(255);
ALTER TABLE ticket ADD COLUMN suggested_priority VARCHAR(255);
ALTER TABLE ticket ADD COLUMN priority_reason TEXT;
ALTER TABLE ticket ADD COLUMN delivered_on DATE;
ALTER TABLE ticket ADD COLUMN review_result TEXT;
ALTER TABLE ticket ADD COLUMN review_override TEXT;
CREATE INDEX ticket_assignee_state ON ticket (assignee_id, state);
"""

# (keyword, category, subcategory or None, weight)
KEYWORD_RULES_V4 = (
    ("包装破损", "quality", "quality.packaging", 2), ("破损", "logistics", "logistics.damaged", 1),
    ("碎了", "logistics", "logistics.damaged", 1), ("压坏", "logistics", "logistics.damaged", 1),
    ("没收到", "logistics", "logistics.not_received", 2),
    ("未收到", "logistics", "logistics.not_received", 2),
    ("没有收到", "logistics", "logistics.not_received", 2),
    ("丢件", "logistics", "logistics.not_received", 2),
    ("延误", "logistics", "logistics.late", 1), ("还没到", "logistics", "logistics.late", 1),
    ("送错", "logistics", "logistics.wrong_delivery", 2),
    ("错送", "logistics", "logistics.wrong_delivery", 2),
    ("少件", "logistics", "logistics.damage_shortage", 1), ("快递", "logistics", None, 1),
    ("主播", "livestream", None, 1), ("直播", "livestream", None, 1),
    ("虚假宣传", "livestream", "livestream.false_ad", 2),
    ("说是", "livestream", "livestream.false_ad", 1),
    ("误导", "livestream", "livestream.misleading", 2),
    ("假货", "quality", "quality.counterfeit", 2), ("假冒", "quality", "quality.counterfeit", 2),
    ("仿冒", "quality", "quality.counterfeit", 2), ("过期", "quality", "quality.substandard", 2),
    ("变质", "quality", "quality.substandard", 2), ("发霉", "quality", "quality.substandard", 2),
    ("不符", "quality", "quality.not_as_described", 1), ("故障", "quality", "quality.defect", 1),
    ("坏了", "quality", "quality.defect", 1), ("无法使用", "quality", "quality.defect", 1),
    ("质量", "quality", None, 1),
    ("无理由", "returns", "returns.no_reason", 2), ("退货", "returns", None, 1),
    ("退款", "returns", None, 1), ("换货", "returns", None, 1),
    ("退款进度", "returns", "returns.process", 2),
    ("态度", "service", "service.attitude", 2), ("客服", "service", None, 1),
    ("没有人处理", "service", "service.slow_response", 1),
    ("回复慢", "service", "service.slow_response", 2),
    ("回复太慢", "service", "service.slow_response", 2),
    ("不满意", "service", "service.outcome", 1),
    ("系统错误", "technical", "technical.system_fault", 2),
    ("闪退", "technical", "technical.system_fault", 2),
    ("怎么操作", "technical", "technical.how_to", 2), ("不会用", "technical", "technical.how_to", 2),
)

# (loss, scope, urgency, repair, priority): first matching row wins, NULL matches anything.
IMPACT_RULES_V4 = (
    (None, None, "health_safety", None, "urgent"),
    (None, "systemic", None, None, "urgent"),
    (None, None, "business", None, "urgent"),
    ("major", None, None, None, "normal"),
    ("none", None, None, "simple", "low"),
    ("minor", None, None, "simple", "low"),
    (None, None, None, None, "normal"),
)

_NO_REASON = ("根据售后政策，无理由退换货须在签收（或购买）后{days}天内申请。您的商品自{since}起已过"
              "{elapsed}天，超出无理由退换货期限，本次申请不予受理。如商品存在质量问题，请提供照片或视频，"
              "我们将按质量问题为您处理。")
_EVIDENCE = ("根据售后政策，商品质量问题须提供凭证（商品照片或视频）。本次申请未附凭证，暂不予受理。"
             "请补充照片或视频后重新申请。")
_WARRANTY = ("根据售后政策，商品保修期为购买后{days}天。您的商品购买于{since}，已过{elapsed}天，"
             "超出保修期，不在免费售后范围内。如需维修，我们可为您提供付费维修服务。")
# (code, kind, category, subcategory, days, reason)
REVIEW_RULES_V4 = (
    ("no_reason_7_days", "return_window", "returns", "returns.no_reason", 7, _NO_REASON),
    ("quality_evidence", "evidence_required", "quality", None, None, _EVIDENCE),
    ("quality_return_evidence", "evidence_required", "returns", "returns.quality_return", None,
     _EVIDENCE),
    ("warranty_365_days", "warranty", "quality", None, 365, _WARRANTY),
)

# (category, subcategory, department name as shipped in step 1)
ASSIGNMENT_RULES_V4 = (
    ("quality", None, "售后部"), ("logistics", None, "仓储物流部"),
    ("livestream", None, "运营部"), ("returns", None, "售后部"), ("service", None, "售后部"),
    ("technical", None, "售后部"), ("technical", "technical.system_fault", "运营部"),
    ("other", None, "售后部"),
)


def _quote(value) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + value.replace("'", "''") + "'"


def step_4(dialect: str) -> list[str]:
    ddl = _V4_TABLES.format(**_TYPES[dialect])
    sql = [statement.strip() for statement in ddl.split(";") if statement.strip()]
    for order, (word, cat, sub, weight) in enumerate(KEYWORD_RULES_V4, start=1):
        sql.append("INSERT INTO keyword_rule (keyword, category_code, subcategory_code, weight, "
                   f"sort_order) VALUES ({_quote(word)}, {_quote(cat)}, {_quote(sub)}, "
                   f"{weight}, {order})")
    for order, (loss, scope, urgency, repair, priority) in enumerate(IMPACT_RULES_V4, start=1):
        sql.append("INSERT INTO impact_rule (loss, scope, urgency, repair, priority, sort_order) "
                   f"VALUES ({', '.join(_quote(v) for v in (loss, scope, urgency, repair))}, "
                   f"{_quote(priority)}, {order})")
    for order, row in enumerate(REVIEW_RULES_V4, start=1):
        sql.append("INSERT INTO review_rule (code, kind, category_code, subcategory_code, days, "
                   f"reason, sort_order) VALUES ({', '.join(_quote(v) for v in row)}, {order})")
    for order, (cat, sub, department) in enumerate(ASSIGNMENT_RULES_V4, start=1):
        sql.append("INSERT INTO assignment_rule (category_code, subcategory_code, branch, "
                   f"department_id, sort_order) SELECT {_quote(cat)}, {_quote(sub)}, NULL, id, "
                   f"{order} FROM department WHERE name = {_quote(department)}")
    return sql
