"""Where bundled files (fonts, icons) are: in the source tree or inside a PyInstaller bundle."""
from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def resource_root() -> Path:
    """The folder holding `resources/`: sys._MEIPASS when frozen, else the repository root."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else _SOURCE_ROOT


def resource_path(*parts: str) -> Path:
    """resource_path("fonts", "DroidSansFallbackFull.ttf") → …/resources/fonts/…"""
    return resource_root().joinpath("resources", *parts)
