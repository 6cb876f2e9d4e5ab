"""The complaint taxonomy as shipped in schema version 1 (DOMAIN.md; seeds 000, 003, 004).

Frozen: migration step 1 inserts exactly this. Later changes go into new migration steps.
"""

TAXONOMY_V1 = [
    ("quality", "商品质量问题", [
        ("defect", "产品本身缺陷"),
        ("not_as_described", "质量性能不符"),
        ("counterfeit", "假冒伪劣商品"),
        ("substandard", "不达标/过期"),
        ("packaging", "包装破损"),
    ]),
    ("logistics", "物流配送问题", [
        ("not_received", "未收到商品"),
        ("damaged", "商品破损"),
        ("late", "配送延迟"),
        ("wrong_delivery", "错送"),
        ("late_dispatch", "未及时发运"),
        ("en_route", "路途异常"),
        ("late_arrival", "到货不及时"),
        ("late_delivery", "配送不及时"),
        ("damage_shortage", "货损货差"),
        ("receipt_late", "返单未及时返回"),
        ("receipt_lost", "返单丢失"),
    ]),
    ("livestream", "直播宣传问题", [
        ("false_ad", "虚假宣传"),
        ("misleading", "误导消费"),
    ]),
    ("returns", "退换货问题", [
        ("no_reason", "无理由退换货"),
        ("quality_return", "质量问题退换货"),
        ("process", "退换货流程问题"),
    ]),
    ("service", "客户服务问题", [
        ("attitude", "客服态度问题"),
        ("slow_response", "响应时间过长"),
        ("outcome", "处理结果不满意"),
    ]),
    ("technical", "技术/操作问题", [
        ("system_fault", "系统故障"),
        ("how_to", "操作疑问"),
        ("user_error", "客户操作错误"),
    ]),
    ("other", "其他", []),
]

DEPARTMENTS_V1 = [
    ("售后部", "aftersales"),
    ("运营部", "operations"),
    ("仓储物流部", "logistics"),
]
