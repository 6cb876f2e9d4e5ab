"""The words of the 工作日历 page: kinds, sources, import problems and results in Chinese."""
from __future__ import annotations


from aftersales_desktop.domain.errors import ValidationError
from ui.labels import QT_TRANSLATE_NOOP, label
from ui.messages import message_text

KIND_TEXT = {"holiday": QT_TRANSLATE_NOOP("CalendarTexts", "放假"), "workday": QT_TRANSLATE_NOOP("CalendarTexts", "上班")}
MAKEUP_TEXT = QT_TRANSLATE_NOOP("CalendarTexts", "上班（调休）")  # a weekend day worked
SOURCE_TEXT = {"official": QT_TRANSLATE_NOOP("CalendarTexts", "官方安排"), "rule": QT_TRANSLATE_NOOP("CalendarTexts", "按规则推算"), "override": QT_TRANSLATE_NOOP("CalendarTexts", "已录入")}
WEEKDAYS = (QT_TRANSLATE_NOOP("CalendarTexts", "周一"), QT_TRANSLATE_NOOP("CalendarTexts", "周二"), QT_TRANSLATE_NOOP("CalendarTexts", "周三"), QT_TRANSLATE_NOOP("CalendarTexts", "周四"), QT_TRANSLATE_NOOP("CalendarTexts", "周五"), QT_TRANSLATE_NOOP("CalendarTexts", "周六"), QT_TRANSLATE_NOOP("CalendarTexts", "周日"))
FIELD_TEXT = {"line": QT_TRANSLATE_NOOP("CalendarTexts", "整行"), "day": QT_TRANSLATE_NOOP("CalendarTexts", "日期"), "kind": QT_TRANSLATE_NOOP("CalendarTexts", "类型"), "name": QT_TRANSLATE_NOOP("CalendarTexts", "名称"), "file": QT_TRANSLATE_NOOP("CalendarTexts", "文件")}
PROBLEM_TEXT = {
    "fields": QT_TRANSLATE_NOOP("CalendarTexts", "应为“日期,类型,名称”三项（名称可省略）"),
    "date": QT_TRANSLATE_NOOP("CalendarTexts", "不是有效日期，格式为 YYYY-MM-DD，如 2027-02-06"),
    "year": QT_TRANSLATE_NOOP("CalendarTexts", "年份超出 2000–2199"),
    "range": QT_TRANSLATE_NOOP("CalendarTexts", "日期范围无效（结束不能早于开始，最长 31 天）"),
    "kind": QT_TRANSLATE_NOOP("CalendarTexts", "类型应为 放假 或 上班"),
    "name": QT_TRANSLATE_NOOP("CalendarTexts", "名称最多 40 个字"),
    "conflict": QT_TRANSLATE_NOOP("CalendarTexts", "同一天在前面的行里已有相反的安排"),
    "empty": QT_TRANSLATE_NOOP("CalendarTexts", "文件中没有放假安排"),
    "encoding": QT_TRANSLATE_NOOP("CalendarTexts", "文件不是 UTF-8 或 GB18030 编码的文本"),
}
MAX_SHOWN = 8


def problem_text(widget, error: ValidationError) -> str:
    """The import problems, one per line, each naming its line and field."""
    problems = getattr(error, "problems", None)
    if not problems:
        return label("CalendarTexts", "导入失败：%1").replace("%1", message_text(error))
    lines = [label("CalendarTexts", "导入失败，未写入任何内容。请修改文件后重新导入：")]
    for p in problems[:MAX_SHOWN]:
        where = label("CalendarTexts", "第 %1 行").replace("%1", str(p.line)) if p.line else label("CalendarTexts", "文件")
        lines.append(f"{where}，{label('CalendarTexts', FIELD_TEXT.get(p.field, p.field))}："
                     f"{label('CalendarTexts', PROBLEM_TEXT.get(p.code, p.message))}")
    if len(problems) > MAX_SHOWN:
        lines.append(label("CalendarTexts", "……另有 %1 处问题").replace("%1", str(len(problems) - MAX_SHOWN)))
    return "\n".join(lines)


def import_summary(widget, result) -> str:
    years = "、".join(str(y) for y in result.years)
    return (label("CalendarTexts", "已导入 %1 年放假安排：新增 %2 天，修改 %3 天，%4 天未变。")
            .replace("%1", years).replace("%2", str(result.added))
            .replace("%3", str(result.changed)).replace("%4", str(result.unchanged)))
