"""The fields of the 受理 (intake) form, in the order and groups the entry screen shows them;
the printed blank intake form and the service record follow the same layout."""
from __future__ import annotations

# (key, label, kind); kind: line, text, date, check, gender, choice
CALL_FIELDS = [("customer.phone", "客户电话", "line"), ("customer.name", "客户姓名", "line"),
               ("problem.description", "问题描述", "text"), ("channel", "受理渠道", "choice"),
               ("priority", "优先级", "choice"), ("category", "投诉类别", "choice"),
               ("subcategory", "细分类别", "choice")]
CALL_TITLE = "来电与问题"
SECTIONS = {
    "客户资料": [("customer.gender", "性别", "gender"), ("customer.age_range", "年龄段", "line"),
             ("customer.region", "地区/城市", "line"), ("customer.postcode", "邮编", "line"),
             ("customer.email", "电子邮箱", "line"), ("customer.vip", "VIP 客户", "check")],
    "购买信息": [("order.number", "订单号", "line"), ("order.product", "商品", "line"),
             ("order.model", "型号", "line"), ("order.serial", "序列号", "line"),
             ("order.purchased_on", "购买日期", "date"),
             ("order.purchase_channel", "购买渠道", "line"),
             ("order.live_session", "直播场次", "line"), ("order.live_host", "主播", "line"),
             ("order.service_card", "服务卡号", "line")],
    "问题详情与物流": [("problem.started_on", "开始时间", "date"),
                ("problem.frequency", "发生频率", "line"),
                ("logistics.waybill", "运单号", "line"), ("logistics.carrier", "承运商", "line"),
                ("logistics.branch", "线路/网点", "line"),
                ("logistics.consignment_docs", "托运单据", "line")],
}
EVIDENCE_TITLE = "证据（照片、视频）"
LABELS = {key: label for key, label, _ in CALL_FIELDS} | {
    key: label for spec in SECTIONS.values() for key, label, _ in spec}
