"""回访 (seed 002 二(四), 004 6.2-6, 001): what a call's answers mean, no database.

After a reached call the customer is satisfied when the problem is really solved and both
scores (the resolution, the service attitude; 1–5) reach the company's threshold. Satisfied →
the ticket closes; otherwise it reopens to its handler with the customer's own words.
A call not reached is tried again until the attempt limit; then the callback ends unreached.
"""
from __future__ import annotations

from aftersales_desktop.domain.i18n import QT_TRANSLATE_NOOP

from dataclasses import dataclass

from aftersales_desktop.domain.errors import ValidationError

# How the handler resolved the ticket (DOMAIN.md "Outcomes"); revisits are configured per kind.
RESOLUTION_KINDS = {
    "explanation": QT_TRANSLATE_NOOP("callback_rules", "解释说明/操作指导"),
    "refund": QT_TRANSLATE_NOOP("callback_rules", "退款"),
    "exchange": QT_TRANSLATE_NOOP("callback_rules", "换货"),
    "repair": QT_TRANSLATE_NOOP("callback_rules", "维修"),
    "resend": QT_TRANSLATE_NOOP("callback_rules", "补发"),
    "compensation": QT_TRANSLATE_NOOP("callback_rules", "赔偿"),
    "other": QT_TRANSLATE_NOOP("callback_rules", "其他"),
}
UNREACHED_REASONS = (QT_TRANSLATE_NOOP("callback_rules", "无人接听"), QT_TRANSLATE_NOOP("callback_rules", "关机/停机"), QT_TRANSLATE_NOOP("callback_rules", "占线"), QT_TRANSLATE_NOOP("callback_rules", "拒接"), QT_TRANSLATE_NOOP("callback_rules", "号码错误"), QT_TRANSLATE_NOOP("callback_rules", "其他"))
TASK_KINDS = {"callback": QT_TRANSLATE_NOOP("callback_rules", "回访"), "revisit": QT_TRANSLATE_NOOP("callback_rules", "再次回访")}
OUTCOMES = {"satisfied": QT_TRANSLATE_NOOP("callback_rules", "客户满意"), "reopened": QT_TRANSLATE_NOOP("callback_rules", "不满意，已重开"), "unreached": QT_TRANSLATE_NOOP("callback_rules", "多次未接通"),
            "cancelled": QT_TRANSLATE_NOOP("callback_rules", "已取消")}
SCORE_LABELS = {5: QT_TRANSLATE_NOOP("callback_rules", "非常满意"), 4: QT_TRANSLATE_NOOP("callback_rules", "满意"), 3: QT_TRANSLATE_NOOP("callback_rules", "一般"), 2: QT_TRANSLATE_NOOP("callback_rules", "不满意"), 1: QT_TRANSLATE_NOOP("callback_rules", "非常不满意")}

CLOSE, REOPEN, RETRY, GIVE_UP = "close", "reopen", "retry", "give_up"


@dataclass(frozen=True)
class CallAnswers:
    """What the clerk records for one call (checked: see `check_answers`)."""
    reached: bool
    unreached_reason: str | None = None
    solved: bool | None = None
    resolution_score: int | None = None
    attitude_score: int | None = None
    customer_words: str = ""
    note: str = ""


def _score(value, field: str, what: str) -> int:
    if isinstance(value, bool) or value in (None, "", 0, "0"):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请客户为{what}打分（1–5 分）"), what=what)
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= 5:
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "{what}的分数为 1–5 分，收到“{value}”"), what=what, value=value)
    return number


def _yes_no(value, field: str, question: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("是", "yes", "y", "true", "1", "已解决"):
        return True
    if text in ("否", "no", "n", "false", "0", "未解决"):
        return False
    raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "请选择{question}（是/否）"), question=question)


def check_answers(data: dict) -> CallAnswers:
    """The answers of one call from plain values; ValidationError names the first bad field."""
    reached = _yes_no(data.get("reached"), "reached", QT_TRANSLATE_NOOP("errors", "是否接通"))
    words = (data.get("customer_words") or "").strip()
    note = (data.get("note") or "").strip()
    if not reached:
        reason = (data.get("unreached_reason") or "").strip()
        if reason not in UNREACHED_REASONS:
            raise ValidationError("unreached_reason",
                                  QT_TRANSLATE_NOOP("errors", "请选择未接通的原因（{value1}）"), value1=list(UNREACHED_REASONS))
        return CallAnswers(False, reason, customer_words=words, note=note)
    return CallAnswers(
        True, None, _yes_no(data.get("solved"), "solved", QT_TRANSLATE_NOOP("errors", "问题是否真正解决")),
        _score(data.get("resolution_score"), "resolution_score", QT_TRANSLATE_NOOP("errors", "处理结果")),
        _score(data.get("attitude_score"), "attitude_score", QT_TRANSLATE_NOOP("errors", "服务态度")), words, note)


def is_satisfied(answers: CallAnswers, threshold: int) -> bool:
    return bool(answers.reached and answers.solved
                and answers.resolution_score >= threshold
                and answers.attitude_score >= threshold)


def next_step(answers: CallAnswers, threshold: int, attempt_no: int, max_attempts: int) -> str:
    """CLOSE, REOPEN, RETRY or GIVE_UP after the call numbered `attempt_no` (from 1)."""
    if answers.reached:
        return CLOSE if is_satisfied(answers, threshold) else REOPEN
    return RETRY if attempt_no < max_attempts else GIVE_UP


def require_words(answers: CallAnswers, threshold: int) -> None:
    """A reopened ticket goes back with the customer's own words: they must be there."""
    if answers.reached and not is_satisfied(answers, threshold) and not answers.customer_words:
        raise ValidationError("customer_words", QT_TRANSLATE_NOOP("errors", "客户不满意或问题未解决时，请记录客户原话"))


def task_label(kind: str, revisit_days: int | None = None) -> str:
    """"回访", or "第 7 天再次回访"."""
    return f"第 {revisit_days} 天再次回访" if revisit_days else TASK_KINDS[kind]


def reopen_reason(answers: CallAnswers, label: str) -> str:
    what = "问题未解决" if not answers.solved else "客户不满意"
    return (f"{label}{what}（处理结果 {answers.resolution_score} 分，服务态度 "
            f"{answers.attitude_score} 分），客户原话：{answers.customer_words}")


def parse_days(text: str, field: str) -> tuple[int, ...]:
    """"7, 30" → (7, 30): revisit days after closing, each 1–365, ascending, no repeats."""
    cleaned = (text or "").replace("，", ",").replace("、", ",").replace(" ", ",")
    days = []
    for part in filter(None, cleaned.split(",")):
        if not part.isdigit() or not 1 <= int(part) <= 365:
            raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "回访天数为 1–365 的整数，用逗号分隔，如 7,30；收到“{part}”"), part=part)
        days.append(int(part))
    if len(set(days)) != len(days):
        raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "回访天数不能重复"))
    return tuple(sorted(days))
