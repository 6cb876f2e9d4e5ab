"""Is an SQLite file on a network path? SQLite's locking is not reliable over NFS or SMB, and
several desks writing one file there corrupt it; such a file is refused with a pointer to the
shared PostgreSQL mode (https://www.sqlite.org/useovernet.html).

- Windows: a UNC path (\\\\server\\share\\…) or a drive letter whose type is DRIVE_REMOTE
  (GetDriveTypeW: a mapped network drive);
- Linux: the file system holding the path, found in /proc/self/mounts, is NFS, SMB/CIFS, sshfs
  or another network file system.
Tests fake the platform, the mount table (MOUNTS_FILE) and the drive type (drive_type).
"""
from __future__ import annotations

import ntpath
import os
import re
import sys
from dataclasses import dataclass
from pathlib import PurePosixPath

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP, Text

MOUNTS_FILE = "/proc/self/mounts"
DRIVE_REMOTE = 4  # GetDriveTypeW
NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs",
    "coda", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "davfs", "fuse.davfs2",
    "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse", "lustre", "gpfs", "vboxsf", "vmhgfs",
    "fuse.vmhgfs-fuse",
}
_OCTAL = re.compile(r"\\([0-7]{3})")


class NetworkPathError(RuntimeError):
    """The SQLite database is on a network path; the message says why and what to do."""

    def __init__(self, path: str, place: "NetworkPlace"):
        self.path = path
        self.place = place
        text = refusal_text(path, place)
        self.template, self.params, self.message = text.template, text.params, str(text)
        super().__init__(self.message)


@dataclass(frozen=True)
class NetworkPlace:
    kind: str  # "unc", "mapped_drive", "mount"
    where: str  # \\server\share, Z:, or the mount point
    source: str = ""  # mounts: what is mounted (server:/export, //server/share)
    fstype: str = ""


def refusal_text(path: str, place: NetworkPlace) -> Text:
    if place.kind == "unc":
        found = Text(QT_TRANSLATE_NOOP("errors", "位于网络共享 {where}"), where=place.where)
    elif place.kind == "mapped_drive":
        found = Text(QT_TRANSLATE_NOOP("errors", "位于映射的网络驱动器 {where}"), where=place.where)
    else:
        found = Text(QT_TRANSLATE_NOOP("errors", "位于网络文件系统（{fstype} 挂载 {source}，挂载点 "
                                       "{where}）"), fstype=place.fstype, source=place.source,
                     where=place.where)
    return Text(QT_TRANSLATE_NOOP(
        "errors", "数据库文件 {path} {found}。SQLite 数据库文件不能放在网络路径上：网络文件系统的"
        "文件锁不可靠，几台电脑同时写入会损坏数据库，因此拒绝打开。"
        "单机使用请把文件放在本机磁盘上（可先把文件复制到本机）；"
        "多个工位共用数据请改用共享的 PostgreSQL 服务器："
        "设置 › 数据库连接，或命令行 --db postgresql://用户@服务器/数据库"
        "（已有数据用 aftersales move-to-server 迁移到服务器）。"), path=path, found=found)


def system() -> str:
    return sys.platform


def drive_type(root: str) -> int:
    """GetDriveTypeW of a drive root such as "Z:\\" (Windows only)."""
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))


def network_place(path: str, resolved: str | None = None) -> NetworkPlace | None:
    """Where `path` (as given; `resolved` as the program will open it) lies on the network,
    or None for a local disk."""
    if system().startswith("win"):
        for candidate in (path, resolved):
            place = _windows_place(candidate) if candidate else None
            if place:
                return place
        return None
    return _mount_place(resolved or os.path.abspath(path))


def _windows_place(path: str) -> NetworkPlace | None:
    text = path.replace("/", "\\")
    if text.upper().startswith("\\\\?\\UNC\\"):
        text = "\\" + text[7:]
    elif text.startswith(("\\\\?\\", "\\\\.\\")):
        text = text[4:]
    drive, _ = ntpath.splitdrive(text)
    if drive.startswith("\\\\"):
        return NetworkPlace("unc", drive)
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == DRIVE_REMOTE:
        return NetworkPlace("mapped_drive", drive.upper())
    return None


def _unescape(field: str) -> str:
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)


def read_mounts(mounts_file: str | None = None) -> list[tuple[str, str, str]]:
    """(source, mount point, type) of every line of the mount table; [] when unreadable."""
    try:
        with open(mounts_file or MOUNTS_FILE, encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    rows = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            rows.append((_unescape(fields[0]), _unescape(fields[1]), fields[2]))
    return rows


def _mount_place(path: str) -> NetworkPlace | None:
    """The network mount holding `path`: the longest mount point that contains it (the last
    one listed wins for a point mounted twice, as the kernel's table stacks them)."""
    target = PurePosixPath(path)
    best = None
    for source, point, fstype in read_mounts():
        mount = PurePosixPath(point)
        if target == mount or mount in target.parents:
            if best is None or len(mount.parts) >= len(best[1].parts):
                best = (source, mount, fstype)
    if best and best[2] in NETWORK_FILESYSTEMS:
        return NetworkPlace("mount", str(best[1]), best[0], best[2])
    return None


def refuse_network_path(path: str, resolved: str | None = None) -> None:
    """NetworkPathError when the SQLite file `path` is on a network path."""
    place = network_place(path, resolved)
    if place is not None:
        raise NetworkPathError(path, place)
