"""Who appears in demo data: people, phone numbers, places, the staff roster, carriers."""
from __future__ import annotations

from itertools import accumulate
from random import Random

# Ordered roughly by frequency; weights fall off with rank.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤")
_SURNAME_CUM = list(accumulate(1.0 / (rank + 4) for rank in range(len(SURNAMES))))
COMPOUND_SURNAMES = ("欧阳", "上官", "司马", "诸葛", "东方")

GIVEN = {
    "male": ("伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏",
             "华", "飞", "鑫", "波", "斌", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙",
             "林", "阳", "建国", "志强", "文博", "子轩", "浩然", "宇航", "晨阳", "俊杰", "家豪",
             "明轩", "建华", "海涛", "永刚", "国栋", "天佑", "思远", "一鸣", "德华"),
    "female": ("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "琳", "慧", "颖",
               "玲", "倩", "洁", "欣", "萍", "红", "晶", "佳", "怡", "秀英", "梦瑶", "思雨",
               "雨涵", "诗涵", "欣怡", "佳琪", "子涵", "晓燕", "丽华", "春梅", "美玲", "婉清",
               "若曦", "紫萱", "雅静", "海燕", "桂英", "淑珍", "一诺"),
}

# Mainland mobile prefixes in use (China Mobile, Unicom, Telecom, Broadnet).
MOBILE_PREFIXES = (
    "134 135 136 137 138 139 147 150 151 152 157 158 159 172 178 182 183 184 187 188 195 197 198 "
    "130 131 132 145 155 156 166 175 176 185 186 196 133 149 153 173 177 180 181 189 190 191 193 "
    "199 192").split()

REGIONS = (  # (region, postcode, weight)
    ("上海市浦东新区", "200120", 12), ("上海市闵行区", "201100", 8), ("上海市徐汇区", "200030", 6),
    ("上海市静安区", "200040", 5), ("上海市宝山区", "201900", 5), ("上海市松江区", "201600", 4),
    ("江苏省苏州市", "215000", 7), ("江苏省南京市", "210000", 6), ("江苏省无锡市", "214000", 4),
    ("浙江省杭州市", "310000", 7), ("浙江省宁波市", "315000", 4), ("安徽省合肥市", "230000", 3),
    ("北京市朝阳区", "100020", 4), ("广东省广州市", "510000", 3), ("广东省深圳市", "518000", 4),
    ("四川省成都市", "610000", 3), ("湖北省武汉市", "430000", 3), ("山东省济南市", "250000", 2),
    ("河南省郑州市", "450000", 2), ("福建省厦门市", "361000", 2), ("湖南省长沙市", "410000", 2),
    ("天津市河西区", "300200", 2), ("重庆市渝北区", "401120", 2), ("陕西省西安市", "710000", 2),
)
_REGION_CUM = list(accumulate(w for *_, w in REGIONS))
AGE_RANGES = ("18-25", "26-35", "36-45", "46-60", "60以上")

# (login prefix, role, department, how many). Logins are prefix + two digits.
STAFF_ROSTER = (
    ("clerk", "clerk", "售后部", 8),
    ("classify", "classification", "售后部", 3),
    ("handler", "handler", "售后部", 5),
    ("ops", "handler", "运营部", 3),
    ("wl", "handler", "仓储物流部", 5),
    ("supervisor", "supervisor", "售后部", 2),
    ("opslead", "supervisor", "运营部", 1),
    ("wllead", "supervisor", "仓储物流部", 1),
    ("branchmgr", "branch_manager", "仓储物流部", 3),
    ("analyst", "analyst", "售后部", 2),
    ("auditor", "auditor", "售后部", 1),
)

BRANCHES = (("上海浦东分公司", "上海"), ("上海闵行分公司", "上海"), ("苏州分公司", "苏州"),
            ("杭州分公司", "杭州"), ("南京分公司", "南京"))

# (name, waybill prefix, digits after the prefix, weight); the last two are outsourced (外协).
CARRIERS = (
    ("顺丰速运", "SF", 13, 25), ("中通快递", "78", 12, 20), ("圆通速递", "YT", 13, 15),
    ("韵达快递", "43", 11, 12), ("申通快递", "77", 12, 8), ("京东物流", "JDVA", 11, 12),
    ("德邦快递", "DPK", 12, 5), ("中国邮政EMS", "11", 11, 3),
    ("上海安达运输有限公司", "AD", 10, 2), ("江苏顺捷物流有限公司", "SJ", 10, 2),
)
_CARRIER_CUM = list(accumulate(c[3] for c in CARRIERS))


def person(rng: Random) -> tuple[str, str]:
    """A Chinese name and its gender code."""
    gender = "female" if rng.random() < 0.52 else "male"
    if rng.random() < 0.004:
        surname = rng.choice(COMPOUND_SURNAMES)
    else:
        surname = rng.choices(SURNAMES, cum_weights=_SURNAME_CUM)[0]
    return surname + rng.choice(GIVEN[gender]), gender


def mobile(rng: Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10 ** 8):08d}"


def region(rng: Random) -> tuple[str, str]:
    name, postcode, _ = rng.choices(REGIONS, cum_weights=_REGION_CUM)[0]
    return name, postcode


def carrier(rng: Random) -> tuple[str, str]:
    """A carrier name and a waybill number in its format."""
    name, prefix, digits, _ = rng.choices(CARRIERS, cum_weights=_CARRIER_CUM)[0]
    return name, f"{prefix}{rng.randrange(10 ** digits):0{digits}d}"


def roster(rng: Random) -> list[tuple[str, str, str, str, str]]:
    """(login, name, role, department, phone) for every demo staff member."""
    people = []
    for prefix, role, department, count in STAFF_ROSTER:
        for n in range(1, count + 1):
            name, _ = person(rng)
            people.append((f"{prefix}{n:02d}", name, role, department, mobile(rng)))
    return people
