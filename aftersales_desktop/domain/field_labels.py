"""Chinese names of ticket and customer fields, for people (timeline, forms, printouts)."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

FIELD_LABELS = {
    "state": QT_TRANSLATE_NOOP("field_labels", "状态"), "state_reason": QT_TRANSLATE_NOOP("field_labels", "原因"), "priority": QT_TRANSLATE_NOOP("field_labels", "优先级"), "channel": QT_TRANSLATE_NOOP("field_labels", "受理渠道"),
    "category": QT_TRANSLATE_NOOP("field_labels", "投诉类别"), "subcategory": QT_TRANSLATE_NOOP("field_labels", "细分类别"), "assignee": QT_TRANSLATE_NOOP("field_labels", "处理人"),
    "department": QT_TRANSLATE_NOOP("field_labels", "部门"), "attachment": QT_TRANSLATE_NOOP("field_labels", "证据"),
    "name": QT_TRANSLATE_NOOP("field_labels", "姓名"), "phone": QT_TRANSLATE_NOOP("field_labels", "电话"), "email": QT_TRANSLATE_NOOP("field_labels", "电子邮箱"), "gender": QT_TRANSLATE_NOOP("field_labels", "性别"),
    "age_range": QT_TRANSLATE_NOOP("field_labels", "年龄段"), "region": QT_TRANSLATE_NOOP("field_labels", "地区"), "postcode": QT_TRANSLATE_NOOP("field_labels", "邮编"), "vip": "VIP",
    "order_number": QT_TRANSLATE_NOOP("field_labels", "订单号"), "product": QT_TRANSLATE_NOOP("field_labels", "商品"), "model": QT_TRANSLATE_NOOP("field_labels", "型号"), "serial": QT_TRANSLATE_NOOP("field_labels", "序列号"),
    "purchased_on": QT_TRANSLATE_NOOP("field_labels", "购买日期"), "purchase_channel": QT_TRANSLATE_NOOP("field_labels", "购买渠道"), "live_session": QT_TRANSLATE_NOOP("field_labels", "直播场次"),
    "live_host": QT_TRANSLATE_NOOP("field_labels", "主播"), "service_card": QT_TRANSLATE_NOOP("field_labels", "服务卡号"), "description": QT_TRANSLATE_NOOP("field_labels", "问题描述"),
    "started_on": QT_TRANSLATE_NOOP("field_labels", "开始时间"), "frequency": QT_TRANSLATE_NOOP("field_labels", "发生频率"), "waybill": QT_TRANSLATE_NOOP("field_labels", "运单号"),
    "carrier": QT_TRANSLATE_NOOP("field_labels", "承运商"), "branch": QT_TRANSLATE_NOOP("field_labels", "线路/网点"), "consignment_docs": QT_TRANSLATE_NOOP("field_labels", "托运单据"),
    "impact_loss": QT_TRANSLATE_NOOP("field_labels", "实际损失"), "impact_scope": QT_TRANSLATE_NOOP("field_labels", "普遍性"), "impact_urgency": QT_TRANSLATE_NOOP("field_labels", "紧急性"),
    "impact_repair": QT_TRANSLATE_NOOP("field_labels", "可修复性"), "suggested_priority": QT_TRANSLATE_NOOP("field_labels", "建议优先级"),
    "priority_reason": QT_TRANSLATE_NOOP("field_labels", "优先级调整原因"), "delivered_on": QT_TRANSLATE_NOOP("field_labels", "签收日期"),
    "policy_review": QT_TRANSLATE_NOOP("field_labels", "政策审核"), "review_override": QT_TRANSLATE_NOOP("field_labels", "审核放行原因"),
    "reassign_reason": QT_TRANSLATE_NOOP("field_labels", "改派原因"),
}


def field_label(name: str | None) -> str:
    return FIELD_LABELS.get(name or "", name or "")
