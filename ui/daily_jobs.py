"""The first start of the day: the automatic backup (services.backups.daily_backup, one desk of
many does it), then the retention job when a period is set (services.retention), off the GUI
thread. What they did goes to the status bar; a failure too, and the next start tries again."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from aftersales_desktop.services import backups, retention
from aftersales_desktop.services.search_index import compact_after_anonymising
from ui.background import run_in_background
from ui.labels import label
from ui.messages import message_text, text_of


@dataclass(frozen=True)
class DailyReport:
    backup: backups.BackupResult | None
    retention: retention.RetentionReport | None
    retention_error: str | None = None


def run_daily() -> DailyReport:
    """The backup first: the retention job deletes for good, so yesterday's data is safe; and
    only by the desk that made today's backup, so once a day by one desk."""
    made = backups.daily_backup()
    if made is None:
        return DailyReport(None, None)
    report = DailyReport(made, None)
    if retention.retention_years():
        try:
            report = DailyReport(made, retention.run_retention(None))
        except Exception as exc:  # the backup stands; the job tries again at the next start
            report = DailyReport(made, None, message_text(exc))
    compact_after_anonymising()
    return report



def report_text(report: DailyReport) -> str:
    parts = []
    if report.backup:
        parts.append(label("DailyJobs", "今日自动备份已完成：%1").replace("%1", report.backup.path.name))
        if report.backup.pruned:
            parts.append(label("DailyJobs", "删除超过 30 天的自动备份 %1 个").replace(
                "%1", str(len(report.backup.pruned))))
    if report.retention and (report.retention.tickets or report.retention.customers):
        parts.append(text_of(report.retention.text()))
    if report.retention_error:
        parts.append(label("DailyJobs", "删除到期个人信息失败：%1").replace("%1", report.retention_error))
    return "；".join(parts)


class DailyJobs(QObject):
    finished = Signal(str)  # what was done ("" when nothing was due)
    failed = Signal(str)

    def start(self) -> None:
        self._job = run_in_background(self, run_daily, self._done, self._failed)

    def _done(self, report: DailyReport) -> None:
        self.finished.emit(report_text(report))

    def _failed(self, exc) -> None:
        self.failed.emit(label("DailyJobs", "自动备份失败：%1（下次启动时再试）").replace(
            "%1", message_text(exc)))
