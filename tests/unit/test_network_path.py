"""An SQLite file on a network path is refused, with the reason and the way to shared mode
(the mount table and the drive type are faked)."""
from __future__ import annotations

import sqlite3

import pytest

from aftersales_desktop.cli.main import main
from aftersales_desktop.storage import network_path as net
from aftersales_desktop.storage.connection import open_database

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
fileserver:/export/aftersales {nfs_point} nfs4 rw,vers=4.2 0 0
//nas/售后 /mnt/smb\\040share cifs rw 0 0
desk@office:/srv /home/desk/remote fuse.sshfs rw 0 0
/dev/sdb1 {nfs_point}/local-inside ext4 rw 0 0
"""


@pytest.fixture
def mounts(tmp_path, monkeypatch):
    point = tmp_path / "nfs"
    table = tmp_path / "mounts"
    table.write_text(MOUNTS.format(nfs_point=point), encoding="utf-8")
    monkeypatch.setattr(net, "MOUNTS_FILE", str(table))
    monkeypatch.setattr(net, "system", lambda: "linux")
    return point


@pytest.mark.parametrize("path, kind", [
    ("{nfs}/desk.sqlite3", "nfs4"),
    ("/mnt/smb share/desk.sqlite3", "cifs"),
    ("/home/desk/remote/a/b.sqlite3", "fuse.sshfs"),
    ("{nfs}/local-inside/desk.sqlite3", None),  # a local disk mounted inside the share
    ("/tmp/desk.sqlite3", None),
    ("/home/desk/remote-not/desk.sqlite3", None),
])
def test_linux_mounts(mounts, path, kind):
    place = net.network_place(path.format(nfs=mounts))
    assert (place.fstype if place else None) == kind


@pytest.mark.parametrize("path, kind, where", [
    (r"\\server\share\售后\desk.sqlite3", "unc", r"\\server\share"),
    ("//server/share/desk.sqlite3", "unc", r"\\server\share"),
    (r"\\?\UNC\server\share\desk.sqlite3", "unc", r"\\server\share"),
    (r"Z:\售后\desk.sqlite3", "mapped_drive", "Z:"),
    (r"C:\Users\desk\desk.sqlite3", None, None),
    (r"\\?\C:\desk.sqlite3", None, None),
])
def test_windows_paths(monkeypatch, path, kind, where):
    monkeypatch.setattr(net, "system", lambda: "win32")
    monkeypatch.setattr(net, "drive_type", lambda root: 4 if root.upper() == "Z:\\" else 3)
    place = net.network_place(path)
    assert (place.kind, place.where) == (kind, where) if kind else place is None


def test_the_program_and_the_cli_refuse_with_a_pointer_to_shared_mode(mounts, data_dir, capsys):
    target = mounts / "desk.sqlite3"
    with pytest.raises(net.NetworkPathError) as error:
        open_database(str(target))
    text = str(error.value)
    assert "nfs4" in text and "fileserver:/export/aftersales" in text
    assert "PostgreSQL" in text and "设置 › 数据库连接" in text
    assert not target.exists() and not mounts.exists()  # nothing was created there

    mounts.mkdir()
    sqlite3.connect(target).close()  # a file someone put on the share
    for argv in (["init"], ["ticket", "list"], ["backup", "-o", str(data_dir)], ["check"],
                 ["restore", str(target)]):
        assert main(["--db", str(target), *argv]) == 1
        assert "PostgreSQL" in capsys.readouterr().err
