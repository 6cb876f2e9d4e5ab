"""The service record of one ticket, for the file (seeds 000, 002): every field, the evidence,
deadlines, the full timeline and the callbacks — as plain values for the printed record."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES
from aftersales_desktop.domain.clock import to_local
from aftersales_desktop.domain.intake_layout import SECTIONS
from aftersales_desktop.domain.masking import mask_address, mask_email, mask_phone
from aftersales_desktop.domain.states import STATE_LABELS
from aftersales_desktop.services.attachments import stored_path
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.services.timeline import describe
from aftersales_desktop.storage.models import Category, Department, Staff, Ticket


@dataclass(frozen=True)
class Evidence:
    filename: str
    mime: str
    size: int
    path: Path | None  # the stored file, None when it is missing from this machine


@dataclass(frozen=True)
class RecordLine:
    when: str  # Shanghai, 2026-11-22 10:42
    who: str
    text: str


@dataclass(frozen=True)
class ServiceRecordData:
    number: str
    state: str  # label
    head: tuple[tuple[str, str], ...]  # (label, value): number, times, channel, category…
    sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # titled groups of fields
    description: str
    evidence: tuple[Evidence, ...]
    deadlines: tuple[tuple[str, str, str, str], ...]  # kind, limit, due, met
    timeline: tuple[RecordLine, ...]
    callbacks: tuple[RecordLine, ...]
    unmasked: bool = False


# ticket id → that ticket's calls (issue 6, 回访): records shaped like
# services.satisfaction.CallRecord, or ready RecordLines
CallbackSource = Callable[[int], list]


def callback_line(call) -> RecordLine:
    """One callback or revisit call as a line of the record."""
    if isinstance(call, RecordLine):
        return call
    kind = "回访" if getattr(call, "kind", "callback") == "callback" else "复访"
    text = f"{kind} 第{call.attempt_no}次："
    if not call.reached:
        text += "未接通" + (f"（{call.unreached_reason}）" if call.unreached_reason else "")
    else:
        text += "已接通，" + ("问题已解决" if call.solved else "问题未解决") + "，" + \
            ("满意" if call.satisfied else "不满意")
        text += f"；解决 {call.resolution_score} 分，态度 {call.attitude_score} 分"
        if call.customer_words:
            text += f"；客户原话：“{call.customer_words}”"
    return RecordLine(_when(call.at), call.staff_name, text)


def _when(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value).replace(tzinfo=None)
    return to_local(value.replace(tzinfo=None)).strftime("%Y-%m-%d %H:%M")


def _text(value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def service_record(number: str, attachments_dir: Path | None = None, unmasked: bool = False,
                   callbacks: CallbackSource | None = None) -> ServiceRecordData:
    """Everything about ticket `number`; phone, e-mail and address masked unless `unmasked`."""
    view = get_ticket(number)
    row = Ticket.get_by_id(view.id)
    names = {c.id: c.name for c in Category.select().where(
        Category.id.in_([i for i in (row.category_id, row.subcategory_id) if i] or [0]))}
    category = "/".join(names[i] for i in (row.category_id, row.subcategory_id) if i in names)
    handler = Staff.get_by_id(row.assignee_id).name if row.assignee_id else ""
    taker = Staff.get_by_id(row.created_by_id).name
    department = Department.get_by_id(row.department_id).name if row.department_id else ""
    c = view.customer
    phone = (c.phone or "") if unmasked else mask_phone(c.phone)
    head = (("工单编号", view.number), ("状态", STATE_LABELS.get(view.state, view.state)),
            ("受理时间", _when(view.received_at)), ("受理渠道", CHANNELS.get(view.channel, "")),
            ("受理人", taker), ("优先级", PRIORITIES.get(view.priority, view.priority)),
            ("投诉类别", category or "未分类"), ("处理部门", department), ("处理人", handler),
            ("客户姓名", c.name or ""), ("客户电话", phone),
            ("原因", view.state_reason or ""))
    region, email = (c.region, c.email) if unmasked else (mask_address(c.region),
                                                          mask_email(c.email))
    customer = {"gender": GENDERS.get(c.gender or "", c.gender or ""), "age_range": c.age_range,
                "region": region, "postcode": c.postcode, "email": email,
                "vip": c.vip, "repeat": c.repeat}
    groups = []
    for title, spec in SECTIONS.items():
        values = []
        for key, label, _ in spec:
            section, name = key.split(".", 1)
            raw = customer.get(name) if section == "customer" else \
                view.sections.get(section, {}).get(name)
            values.append((label, _text(raw)))
        if title == "客户资料":
            values.append(("回头客", "是" if c.repeat else "否"))
        groups.append((title, tuple(values)))
    evidence = tuple(Evidence(a["filename"], a["mime"], a["size"],
                              _existing(attachments_dir, a["sha256"]))
                     for a in view.attachments)
    deadlines = tuple((d.label, d.limit_label, _when(d.due_at), _when(d.met_at))
                      for d in view.deadlines)
    timeline = tuple(RecordLine(_when(e.at), e.staff_name or e.staff_login or "系统",
                                describe(e)) for e in view.events)
    return ServiceRecordData(view.number, STATE_LABELS.get(view.state, view.state), head,
                             tuple(groups), view.sections["problem"]["description"] or "",
                             evidence, deadlines, timeline,
                             tuple(map(callback_line, callbacks(view.id))) if callbacks else (),
                             unmasked)


def _existing(root: Path | None, sha256: str) -> Path | None:
    if root is None:
        return None
    path = stored_path(root, sha256)
    return path if path.is_file() else None
