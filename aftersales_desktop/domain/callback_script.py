"""The callback script (回访话术): seed 002's polite phrases ("您好", "感谢您的支持") and seed 004
6.2-6 (ask about the satisfaction with the result, apologise sincerely; 004 6.1: "回访的态度要
真诚，修补客户关系"). The company may edit the text; the placeholders are filled per call."""
from __future__ import annotations

import re

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

PLACEHOLDERS = {
    "客户": "customer's name with 先生/女士 when known",
    "受理日期": "the day the complaint was received",
    "问题": "the problem as recorded",
    "处理结果": "what was done",
    "客服": "the clerk who calls",
    "回访天数": "days since the ticket closed (revisits)",
}

CALLBACK_SCRIPT = """\
1. 问候：您好，请问是{客户}吗？这里是客服中心，我是客服{客服}。
2. 说明来意：您在{受理日期}反映的“{问题}”，我们已经为您处理：{处理结果}。今天给您回个电话，耽误您一两分钟可以吗？
3. 真诚致歉：这次的问题给您添麻烦了，我们真诚地向您道歉。
4. 问：请问问题现在是否已经彻底解决了？
5. 问：您对这次的处理结果满意吗？请您打个分，1 到 5 分，5 分是非常满意。
6. 问：您对我们客服人员的服务态度满意吗？同样 1 到 5 分。
7. 问：您还有什么意见或建议吗？（请记录客户原话）
8. 结束：感谢您的支持，祝您生活愉快，再见！
若客户不满意：非常抱歉没能让您满意，我马上把您的意见转给处理人员重新处理，并尽快给您答复。"""

REVISIT_SCRIPT = """\
1. 问候：您好，请问是{客户}吗？这里是客服中心，我是客服{客服}。
2. 说明来意：您在{受理日期}反映的“{问题}”已经处理完毕（{处理结果}），已过去{回访天数}天，今天回访了解一下使用情况。
3. 真诚致歉：之前的问题给您添麻烦了，再次向您表示歉意。
4. 问：现在使用得怎么样？问题有没有再出现？
5. 问：您对当时的处理结果满意吗？1 到 5 分。
6. 问：您对我们的服务态度满意吗？1 到 5 分。
7. 问：您还有什么意见或建议吗？（请记录客户原话）
8. 结束：感谢您的支持，有任何问题随时联系我们，再见！"""

_FIELD = re.compile(r"\{([^{}]*)\}")


def check_template(text: str, field: str) -> str:
    """The template as saved: not empty, only known placeholders."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "话术不能为空"))
    unknown = [name for name in _FIELD.findall(text) if name not in PLACEHOLDERS]
    if unknown:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "未知的占位符 {unknown}；可用：{known}"),
                              unknown="{" + unknown[0] + "}",
                              known=["{" + p + "}" for p in PLACEHOLDERS])
    return text


def render(template: str, values: dict[str, str]) -> str:
    """Fill the known placeholders; a missing value reads as "（无）"."""
    return _FIELD.sub(lambda m: values.get(m.group(1)) or "（无）"
                      if m.group(1) in PLACEHOLDERS else m.group(0), template)


def polite_name(name: str | None, gender: str | None) -> str:
    """"王女士" for 王芳 (female), "李先生", else the full name, else "您"."""
    name = (name or "").strip()
    if not name:
        return "您本人"
    title = {"female": "女士", "女": "女士", "male": "先生", "男": "先生"}.get(gender or "")
    return f"{name[0]}{title}" if title and len(name) <= 4 else name
