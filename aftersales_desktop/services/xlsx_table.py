"""Any list or statistic as an Excel sheet (openpyxl's write-only mode: rows stream to the file,
so there is no row cap and memory stays flat). Chinese headers come from the caller; times as
Shanghai local time, booleans as 是/否."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from aftersales_desktop.domain.clock import SHANGHAI

MAX_SHEET_ROWS = 1_048_575  # Excel's limit below the header; longer lists continue on a next sheet
_INVALID_TITLE = set('[]:*?/\\')


@dataclass
class Sheet:
    title: str  # at most 31 characters, no []:*?/\ (Excel's rules); shortened/cleaned here
    headers: Sequence[str]
    rows: Iterable[Sequence[object]]
    widths: Sequence[int] | None = None  # characters per column; 16 when not given


def cell_value(value: object) -> object:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(SHANGHAI).replace(tzinfo=None)
        return value.replace(microsecond=0)
    if isinstance(value, date) or value is None or isinstance(value, (int, float)):
        return value
    return str(value)


def _title(text: str, used: set[str]) -> str:
    title = "".join("_" if ch in _INVALID_TITLE else ch for ch in text).strip("'")[:31] or "表"
    base, n = title, 2
    while title in used:
        suffix = f"({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    used.add(title)
    return title


def write_workbook(path: Path | str, sheets: Sequence[Sheet]) -> int:
    """Writes the sheets; returns the number of data rows written (headers not counted)."""
    if not sheets:
        raise ValueError("至少要有一张表")
    book = Workbook(write_only=True)
    used: set[str] = set()
    created = []
    total = 0
    try:
        for sheet in sheets:
            rows = iter(sheet.rows)
            part, more = 0, True
            while more:
                part += 1
                title = sheet.title if part == 1 else f"{sheet.title} 续{part - 1}"
                out = book.create_sheet(_title(title, used))
                created.append(out)
                for index in range(len(sheet.headers)):
                    width = sheet.widths[index] if sheet.widths else 16
                    out.column_dimensions[get_column_letter(index + 1)].width = width
                out.freeze_panes = "A2"
                header = []
                for text in sheet.headers:
                    cell = WriteOnlyCell(out, value=str(text))
                    cell.font = Font(bold=True)
                    header.append(cell)
                out.append(header)
                count, more = 0, False
                for row in rows:
                    out.append([cell_value(v) for v in row])
                    count += 1
                    if count == MAX_SHEET_ROWS:
                        more = True
                        break
                total += count
    except BaseException:
        for out in created:  # a failed or stopped export: let the sheets' streams end
            try:
                out.close()
            except Exception:
                pass
        raise
    book.save(str(path))
    return total
