"""Building blocks of the forms: label/value boxes, listing tables, signature lines and boxes."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from aftersales_desktop.printing.fonts import CJK, markup, text_width
from aftersales_desktop.printing.styles import LIGHT, RULE, SHADE

DATE_BLANK = "______年____月____日"  # a date written in by hand



def _p(text, style) -> Paragraph:
    return Paragraph(markup("" if text is None else str(text)), style)


def form_style(extra=()) -> TableStyle:
    return TableStyle([("FONT", (0, 0), (-1, -1), CJK, 8),
                       ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                       ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                       *extra])


def box_table(rows, styles, width: float, label_width: float = 0.18) -> Table:
    """One (label, value) pair a row, label cells shaded; `label_width` a share of `width`."""
    data = [[_p(label, styles["Label"]), _p(value if value not in (None, "") else "—",
                                            styles["Value"])] for label, value in rows]
    table = Table(data, colWidths=[label_width * width, (1 - label_width) * width])
    table.setStyle(form_style([("BACKGROUND", (0, 0), (0, -1), SHADE)]))
    return table


def field_grid(pairs, styles, width: float, columns: int = 2,
               row_height: float | None = None) -> Table:
    """Pairs laid out `columns` to a row: label | value | label | value …"""
    label_w, value_w = width * 0.12, width * (1 / columns - 0.12)
    data, row = [], []
    for label, value in pairs:
        row += [_p(label, styles["Label"]), _p(value if value not in (None, "") else "",
                                               styles["Value"])]
        if len(row) == 2 * columns:
            data.append(row)
            row = []
    if row:
        data.append(row + [""] * (2 * columns - len(row)))
    table = Table(data, colWidths=[label_w, value_w] * columns,
                  rowHeights=[row_height] * len(data) if row_height else None)
    table.setStyle(form_style([("BACKGROUND", (c, 0), (c, -1), SHADE)
                               for c in range(0, 2 * columns, 2)]))
    return table


def listing(header, rows, fractions, styles, width: float) -> Table:
    """A listing whose header row repeats on every page it runs over."""
    data = [[_p(h, styles["CellHead"]) for h in header]]
    data += [[_p(cell, styles["Cell"]) for cell in row] for row in rows]
    table = Table(data, colWidths=[f * width for f in fractions], repeatRows=1)
    table.setStyle(form_style([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               *[("BACKGROUND", (0, i), (-1, i), LIGHT)
                                 for i in range(2, len(data), 2)]]))
    return table


def titled_listing(title, header, rows, fractions, styles, width: float) -> list:
    """A heading and its listing, or the heading and （无） when there is nothing to list."""
    head = Paragraph(markup(title), styles["Heading"])
    if not rows:
        return [KeepTogether([head, Paragraph(markup("（无）"), styles["Note"])])]
    return [head, listing(header, rows, fractions, styles, width)]


def signature_lines(labels, styles, width: float) -> Table:
    """制表人：＿＿＿＿　审核人：＿＿＿＿ … on one line, each with room to sign."""
    share = width / len(labels)
    size = styles["Signature"].fontSize
    label_widths = [text_width(f"{label}：", size) + 14 for label in labels]
    data = [[item for label in labels for item in (_p(f"{label}：", styles["Signature"]), "")]]
    widths = [w for lw in label_widths for w in (lw, share - lw)]
    table = Table(data, colWidths=widths, rowHeights=[12 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), CJK, 8),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               *[("LINEBELOW", (c, 0), (c, 0), 0.6, RULE)
                                 for c in range(1, 2 * len(labels), 2)],
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return table


def signature_boxes(entries, styles, width: float) -> Table:
    """Approval boxes: (role, name) or (role, name, opinion, date text) each with room for
    the opinion, the signature and the date; what is known is printed, the rest left blank."""
    entries = [(*e, None, None)[:4] for e in entries]
    header = [_p(role, styles["CellHead"]) for role, *_ in entries]
    names = [_p(f"{name or ''}", styles["Cell"]) for _, name, *_ in entries]
    blanks = [Paragraph("<br/>".join(markup(line) for line in (
        f"意见：{opinion or ''}", "", "", "签字：", "", f"日期：{day or DATE_BLANK}")),
        styles["Small"]) for _, _, opinion, day in entries]
    table = Table([header, names, blanks], colWidths=[width / len(entries)] * len(entries),
                  rowHeights=[None, None, 34 * mm])
    table.setStyle(form_style([("BACKGROUND", (0, 0), (-1, 0), SHADE),
                               ("VALIGN", (0, 2), (-1, 2), "TOP")]))
    return table

