"""Any list of the program as an Excel file (导出 Excel): the rows the screen's filter selects —
all of them, not only the pages shown — streamed through services.xlsx_table.

Needs 导出数据; phones, e-mail and addresses (also inside free text) are masked unless
`unmasked`, which needs 查看完整个人信息 as well. The tables themselves apply what the actor
sees (services.scoping). Every export is an audit event ("导出工单列表 1,234 行"). The file is
written beside the target and moved into place whole, so a failure leaves no half file.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.masking import mask_field, mask_in_text
from aftersales_desktop.domain.permissions import EXPORT, REVEAL_PERSONAL
from aftersales_desktop.services import audit
from aftersales_desktop.services.permissions import require
from aftersales_desktop.services.staff import StaffRow
from aftersales_desktop.services.xlsx_table import Sheet, write_workbook
from aftersales_desktop.storage.models import database
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

PROGRESS_EVERY = 500  # rows between two progress reports


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class ListTable:
    kind: str  # tickets, callbacks, rewards, audit, escalations, classification
    title: str  # the sheet's and the default file's name, e.g. 工单列表
    headers: Sequence[str]
    rows: Callable[[StaffRow, "Shown"], Iterable[Sequence[object]]]
    widths: Sequence[int] | None = None
    personal: bool = True  # holds phones, addresses or free text that may carry them


@dataclass(frozen=True)
class Shown:
    """How personal data goes into the file."""
    masked: bool = True

    def field(self, name: str, value):
        return mask_field(name, value) if self.masked else value

    def text(self, value):
        return mask_in_text(value) if self.masked else value


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    masked: bool


def file_error(path: Path, exc: OSError) -> ValidationError:
    """What to tell the user when `path` cannot be written."""
    if isinstance(exc, PermissionError):
        why = QT_TRANSLATE_NOOP("errors", "文件可能正在 Excel 或其他程序中打开，或该文件夹不允许写入；请关闭文件或另选位置后重试")
    elif isinstance(exc, FileNotFoundError):
        why = QT_TRANSLATE_NOOP("errors", "文件夹不存在")
    elif isinstance(exc, IsADirectoryError):
        why = QT_TRANSLATE_NOOP("errors", "已有同名的文件夹")
    else:
        why = exc.strerror or str(exc)
    return ValidationError("file", QT_TRANSLATE_NOOP("errors", "无法写入“{path}”：{why}"), path=path, why=why)


def export_list(actor: str, table: ListTable, path: str | Path, unmasked: bool = False,
                progress: Callable[[int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> ExportResult:
    """Write `table` for `actor` to `path` (.xlsx). `progress(rows written)` is called every
    PROGRESS_EVERY rows; `cancelled()` True stops it (ExportCancelled, no file)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("file", QT_TRANSLATE_NOOP("errors", "请用 .xlsx 作为文件扩展名（Excel 工作簿），而不是“{path_name}”"), path_name=path.name)
    staff = require(actor, EXPORT)
    if unmasked and table.personal:
        require(actor, REVEAL_PERSONAL)
    shown = Shown(masked=not unmasked)

    def rows():
        for count, row in enumerate(table.rows(staff, shown), start=1):
            if count % PROGRESS_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled()
                if progress is not None:
                    progress(count)
            yield row

    partial = path.with_name(f".{path.stem}.partial.xlsx")
    try:
        if not path.parent.is_dir():
            raise FileNotFoundError(2, "folder missing", str(path.parent))
        count = write_workbook(partial, [Sheet(table.title, table.headers, rows(),
                                               table.widths)])
        os.replace(partial, path)
    except OSError as exc:
        raise file_error(path, exc) from None
    finally:
        partial.unlink(missing_ok=True)
    try:
        masked = "电话、邮箱和地址已隐去" if shown.masked or not table.personal else "含完整个人信息"
        with database.atomic():
            audit.record("export", staff.id, entity="list", field=table.kind,
                         new=f"导出{table.title} {count:,} 行（{masked}）")
    except Exception:
        path.unlink(missing_ok=True)  # an export that is not in the audit trail is not kept
        raise
    return ExportResult(path, count, shown.masked)
