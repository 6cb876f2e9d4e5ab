"""Evidence photos and videos for a new ticket: add by button or drag and drop, thumbnails."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QListView, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from aftersales_desktop.domain.errors import ValidationError
from ui.messages import message_text

THUMB = 88


def thumbnail(path: str, mime: str, size: int = THUMB) -> QIcon:
    pixmap = QPixmap(path) if mime.startswith("image/") else QPixmap()
    if pixmap.isNull():
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.lightGray)
    return QIcon(pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation))


class EvidencePanel(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 24, THUMB + 28))
        self.list.setMinimumHeight(THUMB + 40)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setToolTip(self.tr("把照片或视频拖到这里；Delete 删除选中的文件"))
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_selected)
        self.add_button = QPushButton(self.tr("添加照片/视频…"))
        self.add_button.clicked.connect(self.choose_files)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(self.tr("支持 JPEG、PNG、HEIC、MP4 等；照片不超过 20 MB，视频不超过 200 MB"))
        hint.setStyleSheet("color: #666;")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.message)

    def paths(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def add_paths(self, paths: list[str]) -> None:
        from aftersales_desktop.services.attachments import check_file  # on first use: fast start

        rejected = []
        for path in paths:
            if path in self.paths():
                continue
            try:
                checked = check_file(path)
            except ValidationError as exc:
                rejected.append(self._reason(path, message_text(exc)))
                continue
            item = QListWidgetItem(thumbnail(path, checked.mime), checked.filename)
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(f"{checked.filename} · {checked.size / 1048576:.1f} MB")
            self.list.addItem(item)
        self.message.setText(self.tr("未添加：") + "；".join(rejected) if rejected else "")
        self.message.setVisible(bool(rejected))
        self.changed.emit()

    def _reason(self, path: str, message: str) -> str:
        name = Path(path).name
        if "not a photo or video" in message:
            return self.tr("%1 不是照片或视频").replace("%1", name)
        if "MiB" in message:
            return self.tr("%1 太大（照片最多 20 MB，视频最多 200 MB）").replace("%1", name)
        return self.tr("%1 无法读取").replace("%1", name)

    def clear(self) -> None:
        self.list.clear()
        self.message.hide()
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.changed.emit()

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("选择证据文件"), "",
            self.tr("照片和视频 (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.heic *.mp4 *.mov "
                    "*.webm *.avi *.mkv *.3gp);;所有文件 (*)"))
        if paths:
            self.add_paths(paths)

    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()
