"""Chinese names of ticket and customer fields, for people (timeline, forms, printouts)."""
from __future__ import annotations

FIELD_LABELS = {
    "state": "状态", "state_reason": "原因", "priority": "优先级", "channel": "受理渠道",
    "category": "投诉类别", "subcategory": "细分类别", "assignee": "处理人",
    "department": "部门", "attachment": "证据",
    "name": "姓名", "phone": "电话", "email": "电子邮箱", "gender": "性别",
    "age_range": "年龄段", "region": "地区", "postcode": "邮编", "vip": "VIP",
    "order_number": "订单号", "product": "商品", "model": "型号", "serial": "序列号",
    "purchased_on": "购买日期", "purchase_channel": "购买渠道", "live_session": "直播场次",
    "live_host": "主播", "service_card": "服务卡号", "description": "问题描述",
    "started_on": "开始时间", "frequency": "发生频率", "waybill": "运单号",
    "carrier": "承运商", "branch": "线路/网点", "consignment_docs": "托运单据",
    "impact_loss": "实际损失", "impact_scope": "普遍性", "impact_urgency": "紧急性",
    "impact_repair": "可修复性", "suggested_priority": "建议优先级",
    "priority_reason": "优先级调整原因", "delivered_on": "签收日期",
    "policy_review": "政策审核", "review_override": "审核放行原因",
    "reassign_reason": "改派原因",
}


def field_label(name: str | None) -> str:
    return FIELD_LABELS.get(name or "", name or "")
