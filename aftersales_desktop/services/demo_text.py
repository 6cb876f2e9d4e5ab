"""What demo tickets say: products, and complaint texts per sub-category code."""
from __future__ import annotations

from datetime import timedelta
from random import Random
from string import Formatter

# (product, model prefix, kind, typical defects)
PRODUCTS = (
    ("扫地机器人", "SR-", "appliance", ("频繁报错无法回充", "边刷不转", "吸力明显下降")),
    ("空气炸锅", "AF-", "appliance", ("加热不均匀", "使用时有焦糊味", "定时旋钮失灵")),
    ("破壁料理机", "PB-", "appliance", ("运行时异响严重", "杯体底部漏水")),
    ("电热水壶", "EK-", "appliance", ("底座接触不良", "烧水后有塑料异味")),
    ("蓝牙耳机", "BT-", "electronic", ("左耳没有声音", "连接频繁断开", "充电仓无法充电")),
    ("电动牙刷", "ET-", "electronic", ("充满电只能用两天", "刷头震动无力")),
    ("智能手表", "W", "electronic", ("屏幕出现亮线", "心率数据明显异常", "无法与手机同步")),
    ("移动电源", "PD-", "electronic", ("充电时发烫严重", "标称容量充不满手机一次")),
    ("羽绒服", "YR", "apparel", ("跑绒严重", "拉链两天就坏了")),
    ("运动鞋", "YD", "apparel", ("鞋底开胶", "穿了一周鞋面开裂")),
    ("保温杯", "BW-", "daily", ("保温效果很差", "杯盖漏水")),
    ("坚果礼盒", "JG", "food", ()),
    ("牛肉干", "NR", "food", ()),
    ("鲜花饼", "XH", "food", ()),
    ("补水面膜", "MM", "cosmetic", ()),
)
FOOD_ISSUES = ("收到时已过保质期", "打开后发现有霉变", "有明显异味", "包装内有异物",
               "生产日期与页面宣传不符", "使用后皮肤过敏红肿")
PURCHASE_CHANNELS = ("天猫旗舰店", "京东自营店", "抖音直播间", "快手直播间", "微信小程序商城",
                     "拼多多店铺", "线下门店", "官网商城")
LIVE_HOSTS = ("小鹿", "阿杰", "甜甜", "大熊", "可乐", "安琪", "老周", "糖糖")
LIVE_SLOTS = ("晚8点专场", "午间福利场", "周末宠粉场", "新品首发场", "年货节专场", "品牌日专场")
FREQUENCIES = ("每次使用都会出现", "偶尔出现", "每天数次", "首次出现", "越来越频繁")

REJECT_REASONS = {  # by category code; None for any category
    "quality": ("购买已超过一年，不在保修期内", "经检测为人为损坏，不属于质量问题"),
    "returns": ("已超过七天无理由退货期限", "商品已拆封使用，不符合无理由退货条件"),
    "logistics": ("运单号查询不到，非本公司承运", "已按约定时效送达，客户另有安排所致"),
    None: ("订单号查询不到，非本店售出商品", "重复提交，已合并至原工单处理",
           "信息不全，三次联系客户未果"),
}
REOPEN_REASONS = ("回访时客户表示问题仍未解决", "客户对处理结果不满意，要求重新处理",
                  "承诺的处理时限未兑现，客户再次投诉", "客户对补偿金额不满意",
                  "同样的问题再次出现")

TEMPLATES = {
    "quality.defect": (
        "客户反映{product}（型号{model}）使用{days}天后出现问题：{defect}，要求维修或更换。订单号{order}。",
        "{product}开箱后发现{defect}，客户已拍照留证，希望尽快处理。订单号{order}。"),
    "quality.not_as_described": (
        "客户称收到的{product}{spec_issue}，与商品详情页描述不符，要求退货退款。订单号{order}。",),
    "quality.counterfeit": (
        "客户怀疑收到的{product}为假货：{fake_sign}，向品牌官方核验防伪码显示不存在。订单号{order}。",),
    "quality.substandard": (
        "客户收到{product}，{food_issue}，要求退款并赔偿。订单号{order}。",
        "{product}{food_issue}，客户情绪激动，已保留实物和购物凭证。订单号{order}。"),
    "quality.packaging": (
        "{product}外包装破损，{pack_issue}，客户要求换新。订单号{order}。",),
    "logistics.not_received": (
        "物流显示{carrier}运单{waybill}已于{date}签收，但客户本人未收到{product}，也没有收到取件码。",),
    "logistics.damaged": (
        "客户收到{product}时外箱严重变形，商品已损坏（{damage}），运单号{waybill}（{carrier}），签收时已拍照。",),
    "logistics.late": (
        "订单{order}承诺48小时内送达，已过去{days}天仍未收到，{carrier}运单{waybill}物流信息两天未更新。",),
    "logistics.wrong_delivery": (
        "客户收到的包裹不是购买的{product}，而是{other_product}，运单号{waybill}，疑似{branch}分拣错误。",),
    "logistics.late_dispatch": (
        "客户{date}下单，至今未发运，{branch}称等待{carrier}揽收。订单号{order}。",),
    "logistics.en_route": (
        "{carrier}运输车辆在{route}途中{incident}，运单{waybill}货物滞留，{branch}已上报。",),
    "logistics.late_arrival": (
        "运单{waybill}计划{date}到达{branch}，实际晚到{hours}小时，影响客户收货安排。",),
    "logistics.late_delivery": (
        "货物已于{date}到达{branch}，但{days}天未安排派送，客户多次催促。运单号{waybill}（{carrier}）。",),
    "logistics.damage_shortage": (
        "客户签收时清点发现少了{n}件（共{m}件），外箱有二次封箱痕迹，运单号{waybill}（{carrier}）。",),
    "logistics.receipt_late": (
        "签收回单超过约定{days}天仍未返回，运单{waybill}，承运商{carrier}，{branch}跟进中。",),
    "logistics.receipt_lost": (
        "{carrier}反馈运单{waybill}的签收回单在返回途中丢失，客户需凭回单办理结算。",),
    "livestream.false_ad": (
        "主播{host}在{session}宣称{product}{claim}，收到后发现并非如此，客户要求退一赔三。订单号{order}。",),
    "livestream.misleading": (
        "{session}标价“{price}元到手”，实际付款{price2}元，客户认为主播{host}的说法误导消费。订单号{order}。",),
    "returns.no_reason": (
        "客户收到{product}后不喜欢，申请七天无理由退货，商品未拆封，希望上门取件。订单号{order}。",),
    "returns.quality_return": (
        "{product}{defect}，客户申请换货，旧件已寄回，退货运单{waybill}（{carrier}）。订单号{order}。",),
    "returns.process": (
        "客户{date}提交退货申请，退货已签收{days}天仍未退款，多次联系无果。订单号{order}。",),
    "service.attitude": (
        "客户投诉客服在{channel}沟通时态度冷淡、多次打断客户说话，要求道歉。涉及订单{order}。",),
    "service.slow_response": (
        "客户在{channel}留言{hours}小时无人回复，{product}的售后问题一直没人处理。订单号{order}。",),
    "service.outcome": (
        "客户对之前的处理结果不满意：{product}只同意补偿{amount}元，客户要求全额退款。订单号{order}。",),
    "technical.system_fault": (
        "客户在APP下单时反复提示“系统繁忙”，付款后订单状态未更新，已扣款{amount}元。订单号{order}。",),
    "technical.how_to": ("客户咨询{product}如何{howto}，说明书看不懂，希望客服指导操作。",),
    "technical.user_error": ("客户{user_error}，导致{product}无法正常使用，询问能否保修。",),
    "other": ("客户来电咨询发票开具事宜，要求开具增值税专用发票。订单号{order}。",
              "客户建议{suggestion}。"),
}
GENERIC = ("客户反映{product}存在“{subcategory}”方面的问题，要求尽快处理。订单号{order}。",)

_PICK = {
    "spec_issue": ("尺寸比页面标注小一圈", "颜色与图片差别很大", "续航只有宣传的一半",
                   "材质不是页面写的纯棉", "功率明显低于标称值"),
    "fake_sign": ("做工粗糙、logo印刷模糊", "没有防伪标签", "包装上的厂址与官方不一致"),
    "pack_issue": ("内盒压扁", "封口胶带被划开", "塑封破损、商品有划痕"),
    "damage": ("外壳碎裂", "屏幕有裂痕", "玻璃内胆碎了", "零件散落"),
    "other_product": ("一箱猫粮", "一件儿童外套", "两盒茶叶", "一台电风扇"),
    "route": ("沪宁高速", "沪杭高速", "G15沈海高速", "G60沪昆高速"),
    "incident": ("发生交通事故", "车辆故障抛锚", "因大雾封路滞留", "遇交通管制绕行"),
    "claim": ("“三天美白”", "“正品假一赔十”", "“全网最低价”", "“续航一个月”"),
    "howto": ("连接手机APP", "恢复出厂设置", "设置定时预约", "更换滤网"),
    "user_error": ("未按说明书使用220V以外的电源", "自行拆机清洁", "把非防水款带去游泳",
                   "用洗碗机清洗了不可水洗的部件"),
    "suggestion": ("直播间增加售后专员解答", "退货上门取件时间更灵活", "发货短信附上预计送达时间"),
}
_FORMATTER = Formatter()
_FIELDS = {text: [f for _, f, _, _ in _FORMATTER.parse(text) if f]
           for texts in (*TEMPLATES.values(), GENERIC) for text in texts}


def _fill(rng: Random, name: str, v: dict):
    if name in v:
        return v[name]
    if name in _PICK:
        return rng.choice(_PICK[name])
    if name == "defect":
        return rng.choice(v["defects"] or ("质量不稳定",))
    if name == "food_issue":
        return rng.choice(FOOD_ISSUES)
    if name == "date":
        day = v["received_on"] - timedelta(days=rng.randint(1, 6))
        return f"{day.month}月{day.day}日"
    if name == "price":
        v["price_base"] = rng.randrange(49, 400)
        return v["price_base"]
    if name == "price2":
        return v.get("price_base", 99) + rng.randrange(20, 120)
    low, high = {"days": (2, 15), "hours": (6, 72), "n": (1, 3), "m": (4, 12),
                 "amount": (20, 300)}[name]
    return rng.randint(low, high)


def describe(rng: Random, code: str, values: dict) -> str:
    """A complaint text for the sub-category `code`, consistent with the ticket's `values`."""
    text = rng.choice(TEMPLATES.get(code, GENERIC))
    return text.format(**{name: _fill(rng, name, values) for name in _FIELDS[text]})
