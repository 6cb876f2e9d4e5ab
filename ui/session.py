"""Who is working, on which database: handed to every screen."""
from __future__ import annotations

from dataclasses import dataclass

from aftersales_desktop.domain.permissions import ROLE_LABELS, permissions_of
from aftersales_desktop.services.drafts import DraftStore
from aftersales_desktop.services.staff import find_staff
from aftersales_desktop.storage.location import Location
from ui.labels import label


@dataclass(frozen=True)
class Session:
    actor: str  # staff login
    actor_name: str
    location: Location
    role: str = "admin"

    @property
    def drafts(self) -> DraftStore:
        return DraftStore(self.location.data_dir)

    @property
    def role_label(self) -> str:
        return label("permissions", ROLE_LABELS.get(self.role, self.role))

    def can(self, permission: str) -> bool:
        """What the screens show; the services check again whatever is done."""
        return permission in permissions_of(self.role)

    @classmethod
    def for_staff(cls, login: str, location: Location) -> "Session":
        """The session of a staff member who has signed in (ui.login_dialog) or of the one
        person of single-user mode."""
        staff = find_staff(login)
        return cls(staff.login, staff.name, location, staff.role)
