"""The rule and taxonomy services' ValidationErrors under a settings form, naming the field."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from ui.messages import message_text


def rule_error(error: ValidationError, labels: dict[str, str]) -> str:
    """「名称：必填，最多 40 个字」: the field as the form calls it, then what is wrong."""
    label = labels.get(error.field, error.field)
    return QCoreApplication.translate("RuleErrors", "%1：%2").replace("%1", label).replace(
        "%2", message_text(error))


def run_rule_action(page, action, done: str, keep: int | None = None) -> None:
    """Run a page's service call: a refusal shows under the form and keeps what was typed."""
    page.message.clear()
    page.error.hide()
    try:
        keep = action() or keep
    except ValidationError as exc:
        page.error.setText(rule_error(exc, page.labels))
        page.error.show()
        return
    except NotFoundError:
        page.error.setText(QCoreApplication.translate("RuleErrors", "该规则已不存在，列表已刷新。"))
        page.error.show()
        keep = None
    else:
        page.message.setStyleSheet("color: #2e7d32;")
        page.message.setText(done)
    page.refresh(keep=keep)
