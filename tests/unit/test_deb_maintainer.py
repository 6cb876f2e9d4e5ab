"""The .deb's Maintainer (packaging/linux/make_deb.py): given, from the environment, or the
placeholder — always an address lintian's mail checks accept."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _make_deb():
    spec = importlib.util.spec_from_file_location("make_deb", ROOT / "packaging/linux/make_deb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_maintainer_is_the_given_one_else_the_environments_else_the_placeholder(monkeypatch):
    make_deb = _make_deb()
    monkeypatch.delenv("DEB_MAINTAINER", raising=False)
    assert make_deb.maintainer() == make_deb.DEFAULT_MAINTAINER
    host = re.search(r"@([^>]+)>", make_deb.DEFAULT_MAINTAINER).group(1)
    assert "." in host and host != "localhost"  # lintian's bogus-mail-host wants a dotted host
    monkeypatch.setenv("DEB_MAINTAINER", "售后部 <it@kefu.example.cn>")
    assert make_deb.maintainer() == "售后部 <it@kefu.example.cn>"
    assert make_deb.maintainer("王芳 <wang@example.com>") == "王芳 <wang@example.com>"


@pytest.mark.parametrize("bad", ["it@example.com", "IT <it@localhost>", "IT <example.com>",
                                 "IT <it@example.com> <b@example.com>"])
def test_a_maintainer_that_is_no_name_and_address_stops_the_build(bad):
    with pytest.raises(SystemExit, match="Name <user@host.tld>"):
        _make_deb().maintainer(bad)
