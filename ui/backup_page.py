"""设置 › 备份与恢复: the backup folder, the backups in it (automatic ones kept 30 days), 立即备份
and 从备份恢复. A restore is checked first and keeps the current data aside; the program then
closes, so that every screen starts again on the restored data."""
from __future__ import annotations


from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPushButton, QTableWidgetItem, QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import backups, settings
from aftersales_desktop.storage.backup_files import KEEP_DAYS
from ui.background import run_in_background
from ui.labels import QT_TRANSLATE_NOOP
from ui.row_table import row_table
from ui.messages import message_text

HEADERS = (QT_TRANSLATE_NOOP("BackupPage", "备份时间"), QT_TRANSLATE_NOOP("BackupPage", "类型"), QT_TRANSLATE_NOOP("BackupPage", "大小"), QT_TRANSLATE_NOOP("BackupPage", "文件"))


def size_text(size: int) -> str:
    return f"{size / 1048576:.1f} MB" if size >= 1048576 else f"{max(1, size // 1024)} KB"


class BackupPage(QWidget):
    restored = Signal(str)  # the backup's file name; the window closes

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._job = None
        intro = QLabel(self.tr(
            "每天第一次启动程序时自动备份一次（数据库和证据文件），自动备份保留 %1 天；"
            "手动备份一直保留。恢复前先检查备份是否完整，当前数据另存一份。")
            .replace("%1", str(KEEP_DAYS)))
        intro.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("留空：数据目录下的 backups 文件夹"))
        choose = QPushButton(self.tr("选择…"))
        choose.clicked.connect(self.choose_folder)
        self.save_folder_button = QPushButton(self.tr("保存位置"))
        self.save_folder_button.clicked.connect(self.save_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(QLabel(self.tr("备份位置(&F)：")))
        folder_row.itemAt(0).widget().setBuddy(self.folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        folder_row.addWidget(self.save_folder_button)
        self.default_folder_button = QPushButton(self.tr("恢复默认"))
        self.default_folder_button.setToolTip(self.tr("默认：数据目录下的 backups 文件夹"))
        self.default_folder_button.clicked.connect(self.default_folder)
        folder_row.addWidget(self.default_folder_button)
        self.table = row_table([self.tr(h) for h in HEADERS], (160, 80, 90, 0))
        self.backup_button = QPushButton(self.tr("立即备份(&B)"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("从所选备份恢复(&R)…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("从其他文件恢复…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        folder = backups.backup_folder()
        chosen = folder != self.session.location.data_dir / "backups"
        self.folder.setText(str(folder) if chosen else "")
        self.default_folder_button.setEnabled(chosen)
        self.rows = backups.backups()
        self.table.setRowCount(len(self.rows))
        for row, item in enumerate(self.rows):
            cells = (item.taken_at.strftime("%Y-%m-%d %H:%M:%S"),
                     self.tr("自动") if item.automatic else self.tr("手动"),
                     size_text(item.size), item.path.name)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.rows))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        self.message.setText(text)

    def _busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            button.setEnabled(not busy)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("备份位置"),
                                                str(backups.backup_folder()))
        if path:
            self.folder.setText(path)

    def save_folder(self) -> None:
        try:
            folder = backups.set_backup_folder(self.folder.text(), self.session.actor)
        except ValidationError as exc:
            self._say(message_text(exc), error=True)
            self.folder.setFocus()
            return
        self.refresh()
        self._say(self.tr("备份位置：%1").replace("%1", str(folder)))

    def default_folder(self) -> None:
        settings.reset(["backup.folder"], self.session.actor)
        self.refresh()
        self._say(self.tr("已恢复默认：备份到 %1").replace("%1", str(backups.backup_folder())))

    # backing up ----------------------------------------------------------------------------
    def backup_now(self) -> None:
        self._busy(True)
        self._say(self.tr("正在备份…"))
        self._job = run_in_background(self, lambda: backups.backup_now(self.session.actor),
                                      self._backed_up, self._failed)

    def _backed_up(self, result) -> None:
        self._busy(False)
        self.refresh()
        text = self.tr("已备份到 %1（%2，证据文件新复制 %3 个）").replace(
            "%1", str(result.path)).replace("%2", size_text(result.size)).replace(
            "%3", str(result.files_copied))
        if result.files_missing:
            text += self.tr("；%1 个证据文件在数据目录中找不到，未能备份").replace(
                "%1", str(len(result.files_missing)))
        self._say(text, error=bool(result.files_missing))

    def _failed(self, exc) -> None:
        self._busy(False)
        self.refresh()
        self._say(message_text(exc), error=True)

    # restoring -----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.restore(self.rows[row].path)

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), str(backups.backup_folder()),
            self.tr("售后工单台备份 (*.sqlite3 *.pgdump *.bak);;所有文件 (*)"))
        if path:
            self.restore(path)

    def restore(self, path) -> None:
        answer = QMessageBox.warning(
            self, self.tr("从备份恢复"),
            self.tr("用备份 %1 替换当前数据？\n\n恢复前会先检查备份，并把当前数据另存一份。"
                    "备份之后录入的内容将不在恢复后的数据中。恢复后程序会关闭，请重新打开。")
            .replace("%1", str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy(True)
        self._say(self.tr("正在检查并恢复…"))
        self._job = run_in_background(
            self, lambda: backups.restore_backup(path, self.session.actor),
            self._restored, self._failed)

    def _restored(self, result) -> None:
        self._busy(False)
        text = self.tr("已从 %1 恢复。当前数据另存于 %2。程序将关闭，请重新打开。").replace(
            "%1", result.source.name).replace("%2", str(result.kept_aside or "—"))
        if result.files_missing:
            text += self.tr("\n有 %1 个证据文件在备份旁的 attachments 文件夹中找不到。").replace(
                "%1", str(len(result.files_missing)))
        self._say(text)
        QMessageBox.information(self, self.tr("从备份恢复"), text)
        self.restored.emit(result.source.name)

