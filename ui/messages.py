"""Show a message the services built (a refusal, a timeline line) in the chosen language.

The services raise ValidationError / PermissionDenied / AuthenticationError with a template
marked QT_TRANSLATE_NOOP("errors", "…{name}…") and named values (aftersales_desktop.domain.
errors); their `message` is the Chinese. Every screen that shows one calls `message_text(exc)`:
the template is translated, then filled. Values are shown translated when they are labels
(a Term, or a Chinese text found in one of the label contexts); a customer's name stays as is.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aftersales_desktop.domain.i18n import Term, Text

CONTEXT = "errors"
MESSAGE_CONTEXTS = (CONTEXT, "timeline", "audit_words", "statistics")  # where templates are
# where the label tables of aftersales_desktop are translated (searched in this order)
LABEL_CONTEXTS = (*MESSAGE_CONTEXTS, "field_labels", "states", "permissions", "channels", "rewards",
                  "callback_rules", "impact", "escalation_views", "targets", "intake_layout",
                  "SettingsFormPage", "SettingsScreen", "reward_rules", "sla_policy", "sla",
                  "documents", "policy_review", "carriers", "callback_queue", "work_calendar",
                  "audit_log", "deadline_text", "action_status")


def message_text(exc) -> str:
    """The message of `exc` in the chosen language; any other exception as str()."""
    template = getattr(exc, "template", None)
    if template is None:
        return getattr(exc, "message", None) or str(exc)
    return filled(template, getattr(exc, "params", {}), getattr(exc, "message", None))


def text_of(value) -> str:
    """A service-built Text (or a plain str) in the chosen language."""
    if isinstance(value, Text):
        return filled(value.template, value.params, str(value))
    return value_text(value) if isinstance(value, str) else str(value or "")


def filled(template: str, params: dict, chinese: str | None = None) -> str:
    text = template
    for context in MESSAGE_CONTEXTS:
        text = QCoreApplication.translate(context, template)
        if text != template:
            break
    if not params:
        return text
    try:
        return text.format(**{key: _shown(value) for key, value in params.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return chinese if chinese is not None else template


def value_text(value: str) -> str:
    """A label in the chosen language: a Term in its context, else the first label context
    that knows the text; anything else (names, numbers the user typed) unchanged."""
    if isinstance(value, Term):
        return QCoreApplication.translate(value.context, value)
    for context in LABEL_CONTEXTS:
        shown = QCoreApplication.translate(context, value)
        if shown != value:
            return shown
    return value


def _shown(value):
    if isinstance(value, (list, tuple)):
        return QCoreApplication.translate("errors", "、").join(str(_shown(v)) for v in value)
    if isinstance(value, Text):
        return text_of(value)
    if hasattr(value, "template") and hasattr(value, "params"):
        return message_text(value)
    if isinstance(value, str) and value:
        return value_text(value)
    return value
