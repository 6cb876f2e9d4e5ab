"""A table brought in from outside as rows of cells: the first sheet of an Excel workbook
(.xlsx, openpyxl), or a CSV file in the encoding Chinese offices save it in — UTF-8 with or
without BOM, or GBK/GB18030 (Excel's 另存为 CSV on a Chinese Windows) — told apart by
decoding: a GBK file is almost never valid UTF-8, and GB18030 decodes any byte sequence GBK
writes. The delimiter (comma, tab, semicolon) is sniffed from the first line."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class TableFile:
    rows: list[tuple]  # the header row first; each row as read (file row n = index + 1)
    encoding: str  # "xlsx", "utf-8", "utf-8-sig" or "gb18030"


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding) of CSV bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "无法识别文件编码：请在 Excel 中另存为“CSV UTF-8”或 .xlsx")) from None


def _csv_rows(text: str) -> list[tuple]:
    first = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(first, delimiters=",\t;")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    return [tuple(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _xlsx_rows(path: Path) -> list[tuple]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "“{path_name}”不是可读的 Excel 工作簿（.xlsx）：{exc}"), path_name=path.name, exc=exc) from None
    try:
        sheet = book.worksheets[0]
        return [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_table(path: str | Path) -> TableFile:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xls", ".et", ".numbers"):
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "不支持 {suffix} 文件：请在 Excel 中另存为 .xlsx 或 CSV"), suffix=suffix)
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "请选择 Excel 工作簿（.xlsx）或 CSV 文件，而不是“{path_name}”"), path_name=path.name)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "找不到文件“{path}”"), path=path) from None
    except OSError as exc:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "无法读取“{path}”：{value2}"), path=path, value2=exc.strerror or exc) from None
    if size > MAX_BYTES:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "文件太大（{value1} MB）：请分成不超过 50 MB 的几个文件"), value1=size // 1024 // 1024)
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
        encoding = "xlsx"
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "无法读取“{path}”：{value2}"), path=path, value2=exc.strerror or exc) from None
        text, encoding = decode(data)
        rows = _csv_rows(text)
    while rows and not any(str(c or "").strip() for c in rows[-1]):
        rows.pop()  # trailing empty rows Excel leaves
    if not rows:
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "“{path_name}”是空的"), path_name=path.name)
    return TableFile(rows, encoding)
