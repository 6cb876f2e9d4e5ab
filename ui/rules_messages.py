"""Chinese wording for the rule and taxonomy services' ValidationErrors, naming the field."""
from __future__ import annotations


import re

from PySide6.QtCore import QCoreApplication

from aftersales_desktop.domain.errors import NotFoundError, ValidationError
from ui.labels import QT_TRANSLATE_NOOP
from ui.messages import message_text

# (pattern on the service's message, Chinese text; groups fill %1, %2)
_MESSAGES = (
    (r"required, at most (\d+) characters", QT_TRANSLATE_NOOP("RuleErrors", "必填，最多 %1 个字")),
    (r"2–40 lower-case letters", QT_TRANSLATE_NOOP("RuleErrors", "2–40 个小写英文字母、数字或下划线，以字母开头，如 cold_chain")),
    (r"an active policy for this case exists already", QT_TRANSLATE_NOOP("RuleErrors", "已有适用范围相同的有效规则，请修改那一条")),
    (r"(\S+) exists already", QT_TRANSLATE_NOOP("RuleErrors", "%1 已存在")),
    (r"sub-categories have no sub-categories", QT_TRANSLATE_NOOP("RuleErrors", "细分类别下不能再建细分类别")),
    (r"(\S+) is used by tickets or has sub-categories",
     QT_TRANSLATE_NOOP("RuleErrors", "%1 已有工单使用或含有细分类别，不能删除；请改为停用，历史工单仍保留它")),
    (r"unknown or retired category", QT_TRANSLATE_NOOP("RuleErrors", "类别不存在或已停用")),
    (r"is a sub-category", QT_TRANSLATE_NOOP("RuleErrors", "这是细分类别，请在“类别”中选大类")),
    (r"is not a sub-category of", QT_TRANSLATE_NOOP("RuleErrors", "细分类别不属于所选类别")),
    (r"a whole number from (\d+) to (\d+)", QT_TRANSLATE_NOOP("RuleErrors", "请填 %1 到 %2 的整数")),
    (r"expected a time HH:MM", QT_TRANSLATE_NOOP("RuleErrors", "时间格式为 HH:MM，如 09:00")),
    (r"business hours must close after they open", QT_TRANSLATE_NOOP("RuleErrors", "下班时间须晚于上班时间")),
    (r"only logistics rules name a branch", QT_TRANSLATE_NOOP("RuleErrors", "只有物流类规则可以指定分公司/网点")),
    (r"no department '(.*)'", QT_TRANSLATE_NOOP("RuleErrors", "没有部门“%1”")),
    (r"required", QT_TRANSLATE_NOOP("RuleErrors", "必填")),
    (r"expected one of|unknown '", QT_TRANSLATE_NOOP("RuleErrors", "请从列表中选择")),
)


def rule_error(error: ValidationError, labels: dict[str, str]) -> str:
    """「名称：必填，最多 40 个字」: the field as the form calls it, then what is wrong."""
    text = message_text(error)
    for pattern, chinese in _MESSAGES:
        found = re.search(pattern, error.message)
        if found:
            text = QCoreApplication.translate("RuleErrors", chinese)
            for index, group in enumerate(found.groups(), start=1):
                text = text.replace(f"%{index}", group)
            break
    label = labels.get(error.field, error.field)
    return f"{label}：{text}"


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
