"""The settings registry is complete and its defaults pass their own checks; the settings
service sets, resets, refuses bad input by field, checks the permission and audits."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from aftersales_desktop.domain import settings_registry as reg
from aftersales_desktop.domain.errors import PermissionDenied, ValidationError
from aftersales_desktop.domain.setting_parse import check_together, parse
from aftersales_desktop.services import settings
from aftersales_desktop.storage.models import AuditEvent, Setting
from tests.unit.auth_helpers import person

ROOT = Path(__file__).resolve().parents[2]
_KEY = re.compile(r"^[a-z]+\.[a-z_]+(\.[a-z_]+)?$")
PREFIXES = {s.key.split(".")[0] for s in reg.SETTINGS}


def _setting_literals() -> set[str]:
    """Every string literal in the program that looks like a key of table `setting`."""
    found = set()
    for path in [*ROOT.glob("aftersales_desktop/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        if "migration" in path.name:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and _KEY.match(node.value) and node.value.split(".")[0] in PREFIXES:
                found.add(node.value)
            if isinstance(node, ast.JoinedStr) and node.values and isinstance(
                    node.values[0], ast.Constant) and str(node.values[0].value).rstrip(".") \
                    in ("callback.revisit",):
                found.add("callback.revisit.*")
    return found


def test_every_setting_key_in_the_code_is_declared():
    declared = set(reg.BY_KEY) | {"callback.revisit.*"}
    used = _setting_literals()
    assert {"company.name", "sla.business_opens", "auth.single_user"} <= used  # the scan sees
    unknown = {key for key in used if key not in declared
               and not key.startswith("callback.revisit.")}
    # file names and dotted words that are not keys: none may look like one
    assert unknown == set(), f"setting keys used but not in settings_registry: {unknown}"


def test_defaults_pass_their_own_checks_and_groups_exist():
    for defn in reg.SETTINGS:
        assert defn.group in reg.GROUPS, defn.key
        assert defn.label, defn.key
        if defn.internal:
            continue
        if defn.kind != reg.DEPARTMENT:
            assert parse(defn, defn.default if defn.kind != reg.MONEY else
                         int(defn.default) / 100) == defn.default, defn.key
        if defn.kind == reg.INT:
            assert defn.low is not None and defn.high is not None
        if defn.kind == reg.CHOICE:
            assert defn.default in defn.choices
    check_together(reg.defaults())


def test_every_stored_key_after_a_working_day_is_declared(sqlite_db):
    from aftersales_desktop.services import auth, backups, retention, search_index

    auth.setup_administrator("Geheim-2026!", single_user=True)
    backups.daily_backup()
    retention.set_retention_years(3, "admin")
    retention.run_retention("admin")
    search_index.compact_after_anonymising()
    settings.set_values({d.key: d.default for d in reg.SETTINGS if not d.internal}, "admin")
    keys = {k for k, in Setting.select(Setting.key).tuples()}
    assert {"auth.single_user", "backup.last_auto", "privacy.retention_last_run"} <= keys
    assert keys <= set(reg.BY_KEY)


def test_set_read_and_reset_with_audit(db):
    assert settings.get("callback.max_attempts") == 3 and settings.get("company.name") is None
    saved = settings.set_values({"callback.max_attempts": "5", "company.name": " 示例 公司 ",
                                 "rewards.second_approval_fen": "1500.5"}, "admin")
    assert set(saved.changed) == {"callback.max_attempts", "company.name",
                                  "rewards.second_approval_fen"}
    assert settings.get("callback.max_attempts") == 5
    assert settings.get("company.name") == "示例 公司"
    assert settings.get("rewards.second_approval_fen") == 150050
    rows = {r.defn.key: r for r in settings.group_values("rewards")}
    assert rows["rewards.second_approval_fen"].shown == "1500.50"
    assert rows["rewards.second_approval_fen"].default_shown == "2000"
    assert not rows["rewards.second_approval_fen"].is_default
    assert settings.set_values({"callback.max_attempts": 5}, "admin").changed == []
    assert settings.reset(["callback.max_attempts"], "admin").changed == ["callback.max_attempts"]
    assert settings.get("callback.max_attempts") == 3
    assert Setting.get_or_none(Setting.key == "callback.max_attempts") is None
    events = [(e.action, e.field, e.old_value, e.new_value) for e in AuditEvent.select().where(
        AuditEvent.entity == "setting").order_by(AuditEvent.id)]
    assert ("update", "callback.max_attempts", "3", "5") in events
    assert events[-1] == ("reset", "callback.max_attempts", "5", "3")
    assert settings.reset_group("org", "admin").changed == ["company.name"]
    assert settings.get("company.name") is None


@pytest.mark.parametrize("key, value, words", [
    ("callback.max_attempts", "11", "最多拨打次数为 1–10"),
    ("callback.limit_unit", "week", "回访时限单位须为"),
    ("sla.business_opens", "25:00", "上班时间请填时间"),
    ("company.name", "很" * 61, "单位名称最多 60 个字"),
    ("callback.group", "不存在的部门", "没有部门"),
    ("privacy.retention_years", "31", "个人信息保留期限为 1–30"),
    ("backup.folder", "相对/路径", "不是完整路径"),
    ("rewards.second_approval_fen", "两千", "金额请填数字"),
    ("backup.last_auto", "2026-01-01", "由程序自己维护"),
])
def test_bad_values_name_the_setting_and_write_nothing(sqlite_db, key, value, words):
    before = list(Setting.select().tuples())
    with pytest.raises(ValidationError) as caught:
        settings.set_values({"callback.max_attempts": "4", key: value}, "admin")
    assert caught.value.field == key and words in caught.value.message
    assert list(Setting.select().tuples()) == before


def test_rules_between_settings_and_renamed_fields(sqlite_db):
    with pytest.raises(ValidationError) as caught:
        settings.set_values({"sla.business_opens": "19:00"}, "admin",
                            fields={"sla.business_closes": "closes"})
    assert caught.value.field == "closes" and settings.get("sla.business_opens") == "09:00"


def test_permission_per_setting_is_checked_and_refusals_audited(sqlite_db):
    person("clerk1", "clerk")
    person("boss", "branch_manager")
    with pytest.raises(PermissionDenied):
        settings.set_values({"company.name": "某公司"}, "clerk1")
    with pytest.raises(PermissionDenied):
        settings.reset(["company.name"], "clerk1")
    refused = AuditEvent.select().where(AuditEvent.action == "refused").count()
    assert refused == 2 and settings.get("company.name") is None
    # the second-approval amount belongs to who maintains the reward rules
    assert settings.set_values({"rewards.second_approval_fen": "3000"}, "boss").changed
    with pytest.raises(PermissionDenied):
        settings.set_values({"backup.folder": "/tmp/x"}, "boss")
