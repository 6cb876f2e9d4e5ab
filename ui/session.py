"""Who is working, on which database: handed to every screen."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.services.drafts import DraftStore
from aftersales_desktop.services.staff import find_staff
from aftersales_desktop.storage.location import Location


@dataclass(frozen=True)
class Session:
    actor: str  # staff login
    actor_name: str
    location: Location

    @property
    def drafts(self) -> DraftStore:
        return DraftStore(self.location.data_dir)

    @classmethod
    def for_staff(cls, login: str, location: Location) -> "Session":
        staff = find_staff(login)
        return cls(staff.login, staff.name, location)
