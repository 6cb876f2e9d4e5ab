"""Chinese names of the fields of every audited entity besides tickets and customers (those are
domain/field_labels.py), for 设置 › 审计日志."""
from __future__ import annotations

from aftersales_desktop.domain.callback_rules import RESOLUTION_KINDS
from aftersales_desktop.domain.field_labels import field_label
from aftersales_desktop.domain.impact import QUESTIONS
from aftersales_desktop.domain.rewards import KINDS as REWARD_KINDS

_RULE = {"category_code": "类别", "subcategory_code": "细分类别", "sort_order": "顺序",
         "retired_at": "停用时间", "priority": "优先级", "kind": "类型", "code": "代码",
         "branch": "网点", "department": "部门"}
_CALLBACK = {"reached": "是否接通", "unreached_reason": "未接通原因", "solved": "问题是否解决",
             "resolution_score": "处理结果满意度", "attitude_score": "服务态度满意度",
             "satisfied": "是否满意", "customer_words": "客户原话", "note": "备注",
             "outcome": "回访结果", "available_at": "再次拨打时间", "callback": "回访",
             "revisit": "再次回访"}
ENTITY_FIELDS: dict[str, dict[str, str]] = {
    "staff": {"login": "人员", "name": "姓名", "role": "角色", "active": "在职",
              "absent": "请假", "branch": "分公司", "department": "部门", "phone": "电话",
              "email": "电子邮箱", "password": "密码", "locked_until": "锁定至"},
    "callback_task": _CALLBACK,
    "resolution": {"how": "处理方式", "note": "处理结果"},
    "escalation": {"to_level": "上报给", "urgency": "紧急程度", "cause_analysis": "原因分析",
                   "proposed_solution": "解决方案", "serious": "可能产生严重后果",
                   "skip_reason": "越级上报理由", "instructions": "处理意见",
                   "executor": "执行人", "result": "处理结果", "execution": "执行情况",
                   "follow_up": "跟进记录", "customer": "客户沟通"},
    "setting": {"single_user": "单人模式", "database": "数据库", "backup.folder": "备份文件夹",
                "company.name": "公司名称", "privacy.retention_years": "个人信息保存年限",
                "rewards.second_approval_fen": "须二次审批的金额",
                "callback.assign_to": "回访由谁负责", "callback.group": "回访组",
                "callback.limit_amount": "回访时限", "callback.limit_unit": "回访时限单位",
                "callback.max_attempts": "最多拨打次数", "callback.satisfied_min": "满意的最低分",
                "callback.script": "回访话术", "callback.revisit_script": "再次回访话术",
                **{f"callback.revisit.{kind}": f"{label}后再次回访（天）"
                   for kind, label in RESOLUTION_KINDS.items()},
                "sla.business_opens": "上班时间", "sla.business_closes": "下班时间"},
    "backup": {"automatic": "自动备份", "file": "备份文件", "before_upgrade": "升级前备份"},
    "notice": {"callback": "回访提醒", "escalation": "升级提醒", "deadline": "时限提醒",
               "deadline_warn": "时限预警", "deadline_breach": "时限已过", "info": "通知",
               "read_at": "已读时间"},
    "category": {"name": "名称", "code": "代码", "sort_order": "顺序", "retired_at": "停用时间"},
    "keyword_rule": {**_RULE, "keyword": "关键词", "weight": "权重"},
    "impact_rule": {**_RULE, **{q: label for q, (label, _) in QUESTIONS.items()}},
    "review_rule": {**_RULE, "days": "天数", "reason": "驳回理由"},
    "assignment_rule": _RULE,
    "sla_policy": {**_RULE, "kind": "时限", "amount": "时长", "unit": "单位",
                   "warn_percent": "预警比例（%）", "on_warning": "预警时", "on_breach": "超时时"},
    "reduction_target": {"scope_key": "范围", "department": "部门", "branch": "分公司",
                         "period_kind": "周期", "period_start": "起始日期", "measure": "指标",
                         "target_value": "目标值", "business_volume": "业务量",
                         "on_time_bp": "按时办结率", "note": "备注"},
    "reward_rule": {"name": "名称", "event": "触发事件", "kind": "奖罚类型",
                    "subcategory_code": "细分类别", "threshold": "阈值", "amount_fen": "金额",
                    "measure": "措施", "basis": "依据", "active": "启用", "active_from": "生效日期"},
    "reward_record": {"status": "状态", "amount_fen": "金额", "goods_value_fen": "货值",
                      "facts": "事实经过", "measure": "措施", "basis": "依据",
                      **{code: kind.label for code, kind in REWARD_KINDS.items()}},
    "carrier": {"name": "名称", "contact": "联系方式", "agreement_no": "协议编号",
                "retired_at": "停用时间"},
    "branch": {"name": "名称", "city": "城市"},
    "escalation_level": {"level": "级别"},
    "calendar": {"schedule": "放假安排"},
    "ticket_pause": {"clock": "计时"},
    "spot_check": {"sample": "抽查样本"},
    "spot_check_item": {"result": "抽查结论", "findings": "发现的问题"},
    "print": {"contact": "完整个人信息"},
    "action_item": {"text": "对策内容", "owner": "责任人", "deadline": "完成期限",
                    "done_on": "完成日期", "week": "布置周", "category": "投诉类别",
                    "department": "部门", "done_note": "完成情况"},
    "customer_order": {"number": "订单号", "product": "商品", "model": "型号",
                       "purchased_on": "购买日期", "purchase_channel": "购买渠道"},
    "department": {"name": "名称"},
}
OTHER_FIELDS = {"personal_data": "个人信息", "contact": "联系方式", "customer": "客户",
                "promised_at": "承诺解决时间", "json": "导出为 JSON", "xlsx": "导出为 Excel",
                "clock": "计时", "sort_order": "顺序", "retired_at": "停用时间"}


def audit_field_label(entity: str, field: str | None, more: dict | None = None) -> str:
    """The field's name for people: by entity (`more`: the entity's own labels, kept by its
    service), then the ticket and customer fields."""
    if not field:
        return ""
    return (more or {}).get(field) or ENTITY_FIELDS.get(entity, {}).get(field) \
        or OTHER_FIELDS.get(field) or field_label(field)
