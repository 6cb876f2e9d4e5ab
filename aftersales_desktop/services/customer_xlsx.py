"""The customer export as an Excel workbook (openpyxl): one sheet per part, Chinese headers,
codes shown as their Chinese names, times in Asia/Shanghai."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from aftersales_desktop.domain.clock import SHANGHAI
from aftersales_desktop.services.customer_export import CustomerExport, label, label_value

TICKET_COLUMNS = [
    ("number", "工单号"), ("received_at", "受理时间"), ("channel", "受理渠道"), ("state", "状态"),
    ("priority", "优先级"), ("category", "投诉类别"), ("subcategory", "细分类别"),
    ("assignee", "处理人"), ("order_number", "订单号"), ("product", "商品"), ("model", "型号"),
    ("serial", "序列号"), ("purchased_on", "购买日期"), ("purchase_channel", "购买渠道"),
    ("live_session", "直播场次"), ("live_host", "主播"), ("service_card", "服务卡号"),
    ("description", "问题描述"), ("started_on", "开始时间"), ("frequency", "发生频率"),
    ("waybill", "运单号"), ("carrier", "承运商"), ("branch", "线路/网点"),
    ("consignment_docs", "托运单据"), ("state_reason", "原因"),
]
EVENT_COLUMNS = [("ticket", "工单号"), ("at", "时间"), ("staff", "人员"), ("text", "记录"),
                 ("field", "字段"), ("old_value", "原值"), ("new_value", "新值")]
FILE_COLUMNS = [("ticket", "工单号"), ("filename", "文件名"), ("mime", "类型"),
                ("size", "大小（字节）"), ("sha256", "SHA-256")]
ESCALATION_COLUMNS = [("ticket", "工单号"), ("created_at", "上报时间"), ("to", "上报给"),
                      ("cause_analysis", "原因分析"), ("proposed_solution", "建议方案"),
                      ("instructions", "处理意见"), ("status", "状态"), ("result", "结果"),
                      ("entries", "执行与跟进记录")]
CALLBACK_COLUMNS = [("ticket", "工单号"), ("at", "回访时间"), ("kind", "类型"), ("attempt", "第几次"),
                    ("staff", "回访人"), ("reached", "是否联系上"), ("unreached_reason", "未联系上原因"),
                    ("solved", "问题是否解决"), ("resolution_score", "处理结果评分"),
                    ("attitude_score", "服务态度评分"), ("satisfied", "是否满意"),
                    ("customer_words", "客户原话"), ("note", "备注")]
WIDE = {"customer_words", "note", "description", "text", "cause_analysis", "proposed_solution",
        "instructions", "entries",
        "old_value", "new_value", "sha256"}


def _local(value):
    """ISO UTC times as Shanghai time text; everything else as it is."""
    if isinstance(value, str) and len(value) >= 19 and value[10:11] == "T":
        try:
            return datetime.fromisoformat(value).astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return value
    return value


def _sheet(book: Workbook, title: str, columns, rows, first: bool = False) -> None:
    sheet = book.active if first else book.create_sheet()
    sheet.title = title
    sheet.append([header for _, header in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([_cell(key, row.get(key)) for key, _ in columns])
    for index, (key, _) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = 48 if key in WIDE else 16
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"


def _cell(key: str, value):
    if isinstance(value, bool):
        return "是" if value else "否"
    if key == "entries":
        return "\n".join(f"{_local(e['at'])} {e['staff']}：{e['text']}" for e in value or [])
    if key == "field":
        return label(value) if value else value
    return _local(label_value(key, value))


def write_xlsx(data: CustomerExport, path: Path) -> None:
    book = Workbook()
    customer_rows = [{"name": label(k), "value": label_value(k, v)}
                     for k, v in data.customer.items() if k not in ("id", "ticket_count")]
    customer_rows += [{"name": "工单数", "value": data.customer.get("ticket_count")},
                      {"name": "导出时间", "value": _local(data.exported_at)},
                      {"name": "导出人", "value": data.exported_by},
                      {"name": "电话、邮箱和地址", "value": "已隐去" if data.masked else "完整"}]
    _sheet(book, "客户", [("name", "项目"), ("value", "内容")], customer_rows, first=True)
    _sheet(book, "工单", TICKET_COLUMNS, data.tickets)
    _sheet(book, "处理记录", EVENT_COLUMNS, data.events)
    _sheet(book, "证据", FILE_COLUMNS, data.attachments)
    _sheet(book, "升级", ESCALATION_COLUMNS, data.escalations)
    _sheet(book, "回访", CALLBACK_COLUMNS, data.callbacks)
    book.save(path)
