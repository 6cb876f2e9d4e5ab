"""The field values of one demo ticket and one demo customer (no database)."""
from __future__ import annotations

from datetime import date, timedelta
from random import Random

from aftersales_desktop.domain.channels import CHANNELS
from aftersales_desktop.services import demo_names as names
from aftersales_desktop.services.demo_text import (
    FREQUENCIES, LIVE_HOSTS, LIVE_SLOTS, PRODUCTS, PURCHASE_CHANNELS, describe,
)

_DURABLE = [p for p in PRODUCTS if p[3]]
_CONSUMABLE = [p for p in PRODUCTS if p[2] in ("food", "cosmetic")]
_NEEDS_DURABLE = {"quality.defect", "returns.quality_return", "technical.how_to",
                  "technical.user_error", "technical.system_fault"}
_CONSIGNMENT = {"late_dispatch", "en_route", "late_arrival", "late_delivery",
                "damage_shortage", "receipt_late", "receipt_lost"}
_LIVE_CHANNELS = ("抖音直播间", "快手直播间")
_MODELS = ("100", "200", "300", "X1", "X2", "Pro", "Max", "Lite")
_BRANCHES = [name for name, _ in names.BRANCHES]


def _digits(rng: Random, count: int) -> str:
    return f"{rng.randrange(10 ** count):0{count}d}"


def customer(rng: Random) -> dict:
    name, gender = names.person(rng)
    region, postcode = names.region(rng)
    phone = names.mobile(rng)
    roll = rng.random()
    email = (f"{rng.randrange(10 ** 5, 10 ** 10)}@qq.com" if roll < 0.2
             else f"{phone}@163.com" if roll < 0.3 else None)
    return {"name": name, "phone": phone, "email": email, "gender": gender,
            "age_range": rng.choice(names.AGE_RANGES), "region": region,
            "postcode": postcode, "vip": rng.random() < 0.05}


def _product(rng: Random, code: str) -> tuple:
    if code == "quality.substandard":
        return rng.choice(_CONSUMABLE)
    if code in _NEEDS_DURABLE:
        return rng.choice(_DURABLE)
    return rng.choice(PRODUCTS)


def ticket_columns(rng: Random, code: str, subcategory_name: str, received_on: date,
                   channel: str) -> dict:
    """Order, problem and logistics columns of a ticket of the leaf category `code`."""
    product, prefix, kind, defects = _product(rng, code)
    category = code.split(".")[0]
    earliest = 7 if code == "returns.no_reason" else 10 if category == "logistics" else 60
    purchased = received_on - timedelta(days=rng.randint(1, earliest))
    durable = kind in ("appliance", "electronic")
    model = prefix + rng.choice(_MODELS)
    col = {
        "order_number": None if code == "technical.how_to" and rng.random() < 0.5
        else purchased.strftime("%Y%m%d") + _digits(rng, 10),
        "product": product, "model": model,
        "serial": f"{model}{received_on:%y}{_digits(rng, 8)}" if durable else None,
        "purchased_on": purchased,
        "purchase_channel": rng.choice(_LIVE_CHANNELS) if category == "livestream"
        else rng.choice(PURCHASE_CHANNELS),
        "live_session": None, "live_host": None,
        "service_card": "FW" + _digits(rng, 10) if durable and rng.random() < 0.15 else None,
        "started_on": None, "frequency": None,
        "waybill": None, "carrier": None, "branch": None, "consignment_docs": None,
    }
    if col["purchase_channel"] in _LIVE_CHANNELS:
        col["live_host"] = rng.choice(LIVE_HOSTS)
        col["live_session"] = f"{purchased.month}月{purchased.day}日{rng.choice(LIVE_SLOTS)}"
    if category in ("quality", "technical") or code == "returns.quality_return":
        col["started_on"] = purchased + timedelta(
            days=rng.randint(0, (received_on - purchased).days))
        if code in ("quality.defect", "technical.system_fault"):
            col["frequency"] = rng.choice(FREQUENCIES)
    if category == "logistics" or code == "returns.quality_return":
        col["carrier"], col["waybill"] = names.carrier(rng)
        col["branch"] = rng.choice(_BRANCHES) if category == "logistics" else None
    if code.split(".")[-1] in _CONSIGNMENT:
        col["consignment_docs"] = f"托运单TY{_digits(rng, 10)}，回单{rng.randint(1, 3)}份"
    values = {"product": product, "model": model, "order": col["order_number"] or "（无）",
              "waybill": col["waybill"], "carrier": col["carrier"],
              "branch": col["branch"] or rng.choice(_BRANCHES), "host": col["live_host"],
              "session": col["live_session"], "channel": CHANNELS[channel],
              "subcategory": subcategory_name, "defects": defects, "received_on": received_on}
    col["description"] = describe(rng, code, values)
    return col
