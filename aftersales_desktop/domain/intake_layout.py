"""The fields of the 受理 (intake) form, in the order and groups the entry screen shows them;
the printed blank intake form and the service record follow the same layout."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

# (key, label, kind); kind: line, text, date, check, gender, choice
CALL_FIELDS = [("customer.phone", QT_TRANSLATE_NOOP("intake_layout", "客户电话"), "line"), ("customer.name", QT_TRANSLATE_NOOP("intake_layout", "客户姓名"), "line"),
               ("problem.description", QT_TRANSLATE_NOOP("intake_layout", "问题描述"), "text"), ("channel", QT_TRANSLATE_NOOP("intake_layout", "受理渠道"), "choice"),
               ("priority", QT_TRANSLATE_NOOP("intake_layout", "优先级"), "choice"), ("category", QT_TRANSLATE_NOOP("intake_layout", "投诉类别"), "choice"),
               ("subcategory", QT_TRANSLATE_NOOP("intake_layout", "细分类别"), "choice")]
CALL_TITLE = QT_TRANSLATE_NOOP("intake_layout", "来电与问题")
SECTIONS = {
    QT_TRANSLATE_NOOP("intake_layout", "客户资料"): [("customer.gender", QT_TRANSLATE_NOOP("intake_layout", "性别"), "gender"), ("customer.age_range", QT_TRANSLATE_NOOP("intake_layout", "年龄段"), "line"),
             ("customer.region", QT_TRANSLATE_NOOP("intake_layout", "地区/城市"), "line"), ("customer.postcode", QT_TRANSLATE_NOOP("intake_layout", "邮编"), "line"),
             ("customer.email", QT_TRANSLATE_NOOP("intake_layout", "电子邮箱"), "line"), ("customer.vip", QT_TRANSLATE_NOOP("intake_layout", "VIP 客户"), "check")],
    QT_TRANSLATE_NOOP("intake_layout", "购买信息"): [("order.number", QT_TRANSLATE_NOOP("intake_layout", "订单号"), "line"), ("order.product", QT_TRANSLATE_NOOP("intake_layout", "商品"), "line"),
             ("order.model", QT_TRANSLATE_NOOP("intake_layout", "型号"), "line"), ("order.serial", QT_TRANSLATE_NOOP("intake_layout", "序列号"), "line"),
             ("order.purchased_on", QT_TRANSLATE_NOOP("intake_layout", "购买日期"), "date"),
             ("order.purchase_channel", QT_TRANSLATE_NOOP("intake_layout", "购买渠道"), "line"),
             ("order.live_session", QT_TRANSLATE_NOOP("intake_layout", "直播场次"), "line"), ("order.live_host", QT_TRANSLATE_NOOP("intake_layout", "主播"), "line"),
             ("order.service_card", QT_TRANSLATE_NOOP("intake_layout", "服务卡号"), "line")],
    QT_TRANSLATE_NOOP("intake_layout", "问题详情与物流"): [("problem.started_on", QT_TRANSLATE_NOOP("intake_layout", "开始时间"), "date"),
                ("problem.frequency", QT_TRANSLATE_NOOP("intake_layout", "发生频率"), "line"),
                ("logistics.waybill", QT_TRANSLATE_NOOP("intake_layout", "运单号"), "line"), ("logistics.carrier", QT_TRANSLATE_NOOP("intake_layout", "承运商"), "line"),
                ("logistics.branch", QT_TRANSLATE_NOOP("intake_layout", "线路/网点"), "line"),
                ("logistics.consignment_docs", QT_TRANSLATE_NOOP("intake_layout", "托运单据"), "line")],
}
EVIDENCE_TITLE = QT_TRANSLATE_NOOP("intake_layout", "证据（照片、视频）")
LABELS = {key: label for key, label, _ in CALL_FIELDS} | {
    key: label for spec in SECTIONS.values() for key, label, _ in spec}
