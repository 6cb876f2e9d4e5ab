"""Evidence files: checked by content (not by name), stored once per content hash."""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import filetype

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.storage.backup_files import stored_path  # the store's one layout
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Term

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_VIDEO_BYTES = 200 * 1024 * 1024
ALLOWED_MIME = {
    "image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/heic",
    "image/heif", "image/tiff", "video/mp4", "video/quicktime", "video/webm",
    "video/x-msvideo", "video/x-matroska", "video/3gpp",
}


@dataclass(frozen=True)
class CheckedFile:
    source: Path
    filename: str
    mime: str
    size: int
    sha256: str


def check_file(path: str, field: str = "attachments") -> CheckedFile:
    """Raise ValidationError naming the file unless it is a photo or video within the cap."""
    try:
        source = Path(path)
        if not source.is_file():
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{path}”不是可读取的文件"), path=path)
        size = source.stat().st_size
        with source.open("rb") as handle:
            head = handle.read(8192)
    except (OSError, ValueError):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{path}”不是可读取的文件"), path=path) from None
    kind = filetype.guess(head)
    mime = kind.mime if kind else None
    if mime not in ALLOWED_MIME:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{source_name}”不是照片或视频（识别为 {value2}）；请上传 JPEG、PNG、GIF、WebP、HEIC、MP4、MOV 等格式"), source_name=source.name, value2=mime or Term("errors", QT_TRANSLATE_NOOP("errors", "未知内容")))
    limit = MAX_VIDEO_BYTES if mime.startswith("video/") else MAX_IMAGE_BYTES
    if size > limit:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "“{source_name}”大小 {value2:.1f} MiB，这类文件最大 {value3} MiB"), source_name=source.name, value2=size / 1048576, value3=limit // 1048576)
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return CheckedFile(source, source.name, mime, size, digest.hexdigest())



def store(root: Path, checked: CheckedFile) -> Path:
    """Copy into the content-addressed store (atomically, fsynced); a second copy is a no-op."""
    dest = stored_path(root, checked.sha256)
    if dest.exists() and dest.stat().st_size == checked.size:
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, checked.source.open("rb") as src:
            for block in iter(lambda: src.read(1 << 20), b""):
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest


def verify_stored(root: Path, sha256: str) -> str | None:
    """None when the stored file exists and matches its hash, else what is wrong."""
    path = stored_path(root, sha256)
    if not path.is_file():
        return "file missing"
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return None if digest.hexdigest() == sha256 else "content does not match its hash"
