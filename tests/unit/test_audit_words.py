"""设置 › 审计日志 in Chinese, on both engines: every action and field the program records has a
Chinese name, and codes, logins, moments and amounts are shown in words."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from aftersales_desktop.domain.audit_labels import audit_field_label
from aftersales_desktop.services import audit
from aftersales_desktop.services.audit_log import ACTION_LABELS, AuditFilter, audit_log
from aftersales_desktop.services.audit_words import AuditWords
from aftersales_desktop.services.tickets import create_ticket, transition, update_ticket
from aftersales_desktop.storage.models import Staff
from tests.unit.auth_helpers import person
from tests.unit.helpers import ticket_json

SOURCE = Path(__file__).resolve().parents[2] / "aftersales_desktop"
LATIN = re.compile(r"[A-Za-z]")


def _recorded() -> set[tuple[str, str, str | None]]:
    """(entity, action, field) of every audit.record call whose parts are written out."""
    found, constants = set(), {}
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in SOURCE.rglob("*.py")]
    for tree in trees:  # module constants such as ENTITY = "callback_task", wherever imported
        constants.update({t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                          and isinstance(n.value, ast.Constant) for t in n.targets
                          if isinstance(t, ast.Name)})
    for tree in trees:
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "record"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                continue
            words = {k.arg: k.value for k in node.keywords}
            entity, field = words.get("entity"), words.get("field")
            found.add((entity.value if isinstance(entity, ast.Constant) else
                       "ticket" if entity is None else constants.get(getattr(entity, "id", ""),
                                                                     "?"),
                       node.args[0].value,
                       field.value if isinstance(field, ast.Constant) else None))
    return found


def test_every_recorded_action_and_field_has_a_chinese_name():
    recorded = _recorded()
    assert len(recorded) > 40  # the scan finds the calls
    assert {action for _, action, _ in recorded} - set(ACTION_LABELS) == set()
    for entity, action, field in recorded:
        if field and action not in ("login", "refused", "password_set", "password_changed"):
            assert not LATIN.search(audit_field_label(entity, field, AuditWords.entity_labels(
                entity))), (entity, action, field)


EVENTS = [  # (entity, action, field, old, new) as services write them → (field, content)
    (("ticket", "update", "priority", "normal", "urgent"), ("优先级", "一般 → 紧急")),
    (("ticket", "update", "category", None, "logistics"), ("投诉类别", "物流配送问题")),
    (("ticket", "assess", "suggested_priority", None, "low"), ("建议优先级", "低")),
    (("ticket", "update", "impact_scope", None, "systemic"), ("普遍性", "系统性问题（多个客户）")),
    (("customer", "update", "vip", "false", "true"), ("VIP", "否 → 是")),
    (("staff", "update", "active", "true", "false"), ("在职", "是 → 否")),
    (("callback_task", "callback", "reached", "1/3", "true"), ("是否接通", "第 1/3 次：是")),
    (("callback_task", "callback", "attitude_score", "1/1", "4"),
     ("服务态度满意度", "第 1/1 次：4 分（满意）")),
    (("callback_task", "end", "outcome", None, "reopened"), ("回访结果", "不满意，已重开")),
    (("resolution", "resolve", "how", None, "exchange"), ("处理方式", "换货")),
    (("escalation", "escalate", "urgency", None, "high"), ("紧急程度", "较急")),
    (("escalation", "instruct", "executor", None, "lina"), ("执行人", "李娜")),
    (("setting", "update", "callback.limit_unit", "working_hour", "working_day"),
     ("回访时限单位", "工作小时 → 工作日")),
    (("setting", "update", "rewards.second_approval_fen", "200000", "500000"),
     ("须二次审批的金额", "2,000.00 元 → 5,000.00 元")),
    (("sla_policy", "update", "on_breach", "escalate", "notify"),
     ("超时时", "自动升级 → 提醒处理人")),
    (("reward_record", "approve", "status", "proposed", "approved：同意"),
     ("状态", "待审批 → 已批准：同意")),
    (("reward_record", "propose", "fine", None, "CF2026-0001 罚款 200.00"),
     ("罚款", "CF2026-0001 罚款 200.00")),
    (("written_report", "report", "lessons", None, "加强装卸培训"), ("经验教训", "加强装卸培训")),
    (("notice", "read", "read_at", None, "2026-12-01T02:30:00"), ("已读时间", "2026-12-01 10:30")),
    (("backup", "backup", "automatic", None, "aftersales-auto-1.sqlite3"),
     ("自动备份", "aftersales-auto-1.sqlite3")),
]


@pytest.mark.parametrize("case", EVENTS, ids=[f"{e[0]}.{e[2]}" for e, _ in EVENTS])
def test_fields_and_values_in_words(db, case):
    (entity, action, field, old, new), expected = case
    Staff.update(name="李娜").where(Staff.id == person("lina", "supervisor")).execute()
    audit.record(action, None, entity=entity, entity_id=1, field=field, old=old, new=new)
    row = audit_log("admin", AuditFilter(), 1)[0]
    assert (row.field_text, row.content) == expected
    assert not LATIN.search(row.action_label)


def test_a_ticket_trail_reads_in_chinese(db):
    number = create_ticket(ticket_json()).number
    transition(number, "verified")
    update_ticket(number, {"priority": "urgent"})
    rows = audit_log("admin", AuditFilter(ticket=number), 50)
    shown = {(r.action_label, r.field_text, r.content) for r in rows}
    assert ("状态变更", "状态", "已受理 → 已核实") in shown
    assert ("修改", "优先级", "一般 → 紧急") in shown
    assert all(not LATIN.search(r.field_text + r.action_label) for r in rows)
    assert Staff.select().count() >= 1
