"""The ticket lifecycle: states and the only transitions that exist."""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from aftersales_desktop.domain.errors import ValidationError

STATE_LABELS = {
    "received": QT_TRANSLATE_NOOP("states", "已受理"),
    "verified": QT_TRANSLATE_NOOP("states", "已核实"),
    "classified": QT_TRANSLATE_NOOP("states", "已分类"),
    "assigned": QT_TRANSLATE_NOOP("states", "已分派"),
    "in_progress": QT_TRANSLATE_NOOP("states", "处理中"),
    "resolved": QT_TRANSLATE_NOOP("states", "已解决"),
    "callback": QT_TRANSLATE_NOOP("states", "回访中"),
    "closed": QT_TRANSLATE_NOOP("states", "已关闭"),
    "rejected": QT_TRANSLATE_NOOP("states", "已驳回"),
    "reopened": QT_TRANSLATE_NOOP("states", "已重开"),
}

TRANSITIONS = {
    "received": ("verified", "rejected"),
    "verified": ("classified", "rejected"),
    "classified": ("assigned", "rejected"),
    "assigned": ("in_progress",),
    "in_progress": ("resolved",),
    "resolved": ("callback",),
    "callback": ("closed", "reopened"),
    "closed": ("reopened",),
    "rejected": (),
    "reopened": ("classified", "assigned", "in_progress"),
}

REASON_REQUIRED = {"rejected", "reopened"}
INITIAL_STATE = "received"


class TransitionError(ValueError):
    def __init__(self, current: str, target: str):
        allowed = TRANSITIONS.get(current, ())
        names = ", ".join(f"{s} ({STATE_LABELS[s]})" for s in allowed) or "none (final state)"
        super().__init__(
            f"cannot move from {current} ({STATE_LABELS.get(current, '?')}) to {target}; "
            f"allowed: {names}")
        self.current = current
        self.target = target
        self.allowed = allowed


def parse_state(text: str) -> str:
    """Accept the code (`in_progress`) or the Chinese label (`处理中`)."""
    value = (text or "").strip()
    if value in STATE_LABELS:
        return value
    for code, label in STATE_LABELS.items():
        if label == value:
            return code
    raise ValidationError("state", QT_TRANSLATE_NOOP("errors", "无法识别的状态“{text}”，请填以下之一：{value2}"), text=text, value2=', '.join(STATE_LABELS))


def check_transition(current: str, target: str) -> None:
    if target not in TRANSITIONS.get(current, ()):
        raise TransitionError(current, target)


def path_to(target: str) -> list[str]:
    """The shortest forward path from `received` to `target` (for demo data and tests)."""
    frontier = [[INITIAL_STATE]]
    seen = {INITIAL_STATE}
    while frontier:
        path = frontier.pop(0)
        if path[-1] == target:
            return path
        for nxt in TRANSITIONS[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    raise ValueError(f"state {target} cannot be reached")
