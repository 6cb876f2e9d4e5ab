"""Crash-safe drafts of unsaved forms: one JSON file in the data directory.

Every save replaces the file atomically (write to a temporary file, fsync, rename), so a
crash leaves either the old or the new draft, never half of one.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from aftersales_desktop.domain.clock import iso_utc, utcnow

DRAFTS_FILE = "drafts.json"


class DraftStore:
    def __init__(self, data_dir: Path | str):
        self.path = Path(data_dir) / DRAFTS_FILE

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".drafts-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, indent=1)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def save(self, key: str, values: dict) -> None:
        data = self._read()
        data[key] = {"saved_at": iso_utc(utcnow()), "values": values}
        self._write(data)

    def load(self, key: str) -> dict | None:
        entry = self._read().get(key)
        if not isinstance(entry, dict) or not isinstance(entry.get("values"), dict):
            return None
        return entry["values"]

    def discard_matching(self, matches) -> int:
        """Discard every draft whose values, as text, `matches(text)`; return how many."""
        data = self._read()
        kept = {key: entry for key, entry in data.items()
                if not matches(json.dumps(entry.get("values") if isinstance(entry, dict)
                                          else entry, ensure_ascii=False))}
        if len(kept) != len(data):
            self._write(kept)
        return len(data) - len(kept)

    def discard(self, key: str) -> None:
        data = self._read()
        if data.pop(key, None) is not None:
            self._write(data)
