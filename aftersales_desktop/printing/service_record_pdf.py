"""工单服务记录: one ticket for the file — every field, evidence photos as thumbnails, deadlines,
the full timeline, the callbacks, and a QR code of the ticket number (scanned into the search
box of the ticket list, it opens the ticket)."""
from __future__ import annotations

from io import BytesIO

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Spacer, Table, TableStyle

from aftersales_desktop.printing.base import DocumentRenderer
from aftersales_desktop.printing.fonts import CJK, markup
from aftersales_desktop.printing.parts import box_table, field_grid, signature_lines, titled_listing
from aftersales_desktop.services.service_record import Evidence, ServiceRecordData

THUMB = 40 * mm
THUMBS_PER_ROW = 4


def qr_code(value: str, size: float = 26 * mm) -> QrCode:
    """The QR code as a flowable drawn straight on the canvas (ReportLab's Drawing path would
    declare Helvetica, a font that is not embedded)."""
    return QrCode(value, width=size, height=size, qrLevel="M", qrBorder=2)


def thumbnail(path, size: float = THUMB) -> Image | None:
    """A scaled-down copy of the photo (the full file would bloat the PDF), or None when it
    cannot be read as a picture."""
    try:
        from PIL import Image as PILImage

        with PILImage.open(path) as picture:
            picture = picture.convert("RGB")
            picture.thumbnail((600, 600))
            out = BytesIO()
            picture.save(out, "JPEG", quality=80)
            width, height = picture.size
    except (OSError, ValueError):
        return None
    out.seek(0)
    scale = size / max(width, height)
    return Image(out, width * scale, height * scale)


class ServiceRecordRenderer(DocumentRenderer):
    title = "工单服务记录"

    def __init__(self, data: ServiceRecordData, company: str | None, **kwargs):
        super().__init__(company, **kwargs)
        self.data = data

    def story(self) -> list:
        s, d, w = self.styles, self.data, self.frame_width
        title = [Paragraph(markup(self.title), s["DocTitle"]),
                 Paragraph(markup(f"工单编号 {d.number}　状态 {d.state}"), s["DocSubtitle"])]
        top = Table([[title, qr_code(d.number)]], colWidths=[w - 30 * mm, 30 * mm])
        top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                 ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                 ("FONT", (0, 0), (-1, -1), CJK, 8)]))
        story = [top, field_grid(d.head, s, w, columns=3), Spacer(1, 3 * mm),
                 box_table([("问题描述", d.description)], s, w, label_width=0.12)]
        for title_text, fields in d.sections:
            story += [Paragraph(markup(title_text), s["Heading"]), field_grid(fields, s, w, 3)]
        story += self._evidence()
        story += self._listing("时限", ["时限", "标准", "到期时间", "完成时间"],
                               d.deadlines, [0.25, 0.25, 0.25, 0.25])
        story += self._listing("处理过程（完整记录）", ["时间", "人员", "内容"],
                               [(t.when, t.who, t.text) for t in d.timeline], [0.18, 0.12, 0.70])
        story += self._listing("回访记录", ["时间", "回访人", "内容"],
                               [(t.when, t.who, t.text) for t in d.callbacks], [0.18, 0.12, 0.70])
        story += [Spacer(1, 8 * mm), signature_lines(["经办人", "审核人", "归档日期"], s, w)]
        self.expected_pages = 1 + len(d.timeline) // 30
        return story

    def _evidence(self) -> list:
        s, w = self.styles, self.frame_width
        head = Paragraph(markup("证据（照片、视频）"), s["Heading"])
        if not self.data.evidence:
            return [head, Paragraph(markup("（无）"), s["Note"])]
        cells, notes = [], []
        for item in self.data.evidence:
            picture = thumbnail(item.path) if item.path and item.mime.startswith("image/") else None
            caption = Paragraph(markup(_caption(item)), s["Note"])
            if picture is None:
                notes.append(caption)
            else:
                cells.append([picture, caption])
        story = [head]
        if cells:
            rows = [cells[i:i + THUMBS_PER_ROW] for i in range(0, len(cells), THUMBS_PER_ROW)]
            rows[-1] += [""] * (THUMBS_PER_ROW - len(rows[-1]))
            grid = Table(rows, colWidths=[w / THUMBS_PER_ROW] * THUMBS_PER_ROW)
            grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("FONT", (0, 0), (-1, -1), CJK, 8)]))
            story.append(grid)
        return story + notes

    def _listing(self, title, header, rows, fractions) -> list:
        return titled_listing(title, header, rows, fractions, self.styles, self.frame_width)


def _caption(item: Evidence) -> str:
    size = f"{item.size / 1048576:.1f} MB" if item.size >= 1048576 else \
        f"{max(1, round(item.size / 1024))} KB"
    kind = "视频" if item.mime.startswith("video/") else "照片"
    missing = "" if item.path else "，本机未找到文件"
    return f"{kind} {item.filename}（{size}{missing}）"
