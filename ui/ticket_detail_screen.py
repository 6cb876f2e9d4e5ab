"""One ticket: all fields, evidence, timeline in plain words, the actions of its state."""
from __future__ import annotations


from dataclasses import replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel,
    QListView, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from aftersales_desktop.domain import states
from aftersales_desktop.domain.channels import CHANNELS, GENDERS, PRIORITIES
from aftersales_desktop.domain.errors import (
    ConflictError, NotFoundError, PermissionDenied, ValidationError,
)
from aftersales_desktop.domain.field_labels import FIELD_LABELS
from aftersales_desktop.domain.permissions import (
    ASSIGN, EDIT_TICKET, REVEAL_PERSONAL, TRANSITION_PERMISSIONS,
)
from aftersales_desktop.services.assignment import REASSIGNABLE, reassign
from aftersales_desktop.services.attachments import stored_path
from aftersales_desktop.services.resolution import resolve_ticket
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.storage.server_db import ConnectionLost
from aftersales_desktop.services.changes import current_version
from aftersales_desktop.services.staff import list_staff
from aftersales_desktop.services.ticket_fields import SECTION_COLUMNS
from aftersales_desktop.services.personal_data import reveal_contact
from aftersales_desktop.services.ticket_queries import TicketView, view_ticket
from aftersales_desktop.services.ticket_clock import pause_clock, resume_clock, set_promised
from aftersales_desktop.services.tickets import transition, update_ticket
from aftersales_desktop.services.timeline import describe, timeline
from ui.caller_panel import local_time
from ui.deadline_panel import DeadlinePanel
from ui.evidence_panel import THUMB, thumbnail
from ui.labels import QT_TRANSLATE_NOOP, label
from ui.reassign_dialog import ReassignDialog
from ui.resolve_dialog import ResolveDialog
from ui.report_buttons import report_buttons
from ui.ticket_editor import TicketEditor
from ui.messages import message_text, text_of

ACTION_LABELS = {"verified": QT_TRANSLATE_NOOP("TicketDetailScreen", "核实"), "classified": QT_TRANSLATE_NOOP("TicketDetailScreen", "确认分类"), "assigned": QT_TRANSLATE_NOOP("TicketDetailScreen", "分派…"),
                 "in_progress": QT_TRANSLATE_NOOP("TicketDetailScreen", "开始处理"), "resolved": QT_TRANSLATE_NOOP("TicketDetailScreen", "已解决…"), "callback": QT_TRANSLATE_NOOP("TicketDetailScreen", "转入回访"),
                 "closed": QT_TRANSLATE_NOOP("TicketDetailScreen", "关闭工单"), "rejected": QT_TRANSLATE_NOOP("TicketDetailScreen", "驳回…"), "reopened": QT_TRANSLATE_NOOP("TicketDetailScreen", "重开…")}


class TicketDetailScreen(QWidget):
    back = Signal()
    changed = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.view: TicketView | None = None
        self.action_buttons: dict[str, QPushButton] = {}
        self.editor = TicketEditor(active_categories())
        self.editor.setEnabled(session.can(EDIT_TICKET))  # read-only for analysts and audit
        self._build()

    def _build(self) -> None:
        back = QPushButton(self.tr("← 返回列表"))
        back.clicked.connect(self.back)
        self.title = QLabel()
        big = QFont(self.font())
        big.setPointSize(18)
        big.setBold(True)
        self.title.setFont(big)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        head = QHBoxLayout()
        head.addWidget(back)
        head.addWidget(self.title)
        head.addWidget(self.subtitle, 1)
        self.actions_row = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("保存修改"))
        self.save_button.clicked.connect(self.save_edits)
        self.save_button.setEnabled(False)
        self.editor.changed.connect(lambda: self.save_button.setEnabled(True))

        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop)
        info_box = QGroupBox(self.tr("工单信息"))
        QVBoxLayout(info_box).addWidget(self.info)
        self.deadlines = DeadlinePanel()
        self.deadlines.pause_requested.connect(lambda reason: self._clock(pause_clock, reason))
        self.deadlines.resume_requested.connect(lambda: self._clock(resume_clock))
        self.deadlines.promise_requested.connect(lambda when: self._clock(set_promised, when))
        info_column = QVBoxLayout()
        info_column.addWidget(info_box)
        info_column.addWidget(self.deadlines)
        self.evidence = QListWidget()
        self.evidence.setViewMode(QListView.ViewMode.IconMode)
        self.evidence.setIconSize(QSize(THUMB, THUMB))
        self.evidence.setGridSize(QSize(THUMB + 24, THUMB + 28))
        self.evidence.setFixedHeight(THUMB + 44)
        self.evidence.itemClicked.connect(self._enlarge)
        evidence_box = QGroupBox(self.tr("证据（点击放大）"))
        QVBoxLayout(evidence_box).addWidget(self.evidence)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        timeline_box = QGroupBox(self.tr("处理记录"))
        QVBoxLayout(timeline_box).addWidget(self.timeline)

        edit_column = QVBoxLayout()
        edit_column.addWidget(self.editor)
        edit_column.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        edit_column.addStretch(1)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addLayout(info_column, 0, 0)
        grid.addLayout(edit_column, 0, 1)
        grid.addWidget(evidence_box, 1, 0, 1, 2)
        grid.addWidget(timeline_box, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    # showing ------------------------------------------------------------------------------
    def load(self, number: str, keep_edits: bool = False) -> bool:
        try:
            view = view_ticket(number, self.session.actor)
        except NotFoundError:
            self._say(self.tr("找不到工单 %1").replace("%1", number), error=True)
            return False
        except PermissionDenied as exc:
            self._say(message_text(exc), error=True)
            return False
        old, self.view = self.view, view
        state = label("states", states.STATE_LABELS[view.state])
        self.title.setText(view.number)
        self.subtitle.setText(f"  {state} · {label('channels', PRIORITIES.get(view.priority, view.priority))} · "
                              f"{label('channels', CHANNELS.get(view.channel, view.channel))} · "
                              + self.tr("受理于 %1").replace("%1", local_time(view.received_at)))
        self.info.setText(self._info_html(view))
        self.deadlines.set_view(view)
        self._fill_actions(view)
        self._fill_evidence(view)
        self.timeline.clear()
        for line in timeline(view.events):
            self.timeline.addItem(f"{text_of(line.text)}, {line.when}")
        if keep_edits and old is not None and old.number == view.number:
            self.editor.rebase(old, view)
        else:
            self.editor.set_view(view)
            self.save_button.setEnabled(False)
            self.message.hide()
        return True

    def _info_html(self, view: TicketView) -> str:
        c = view.customer
        rows = [(self.tr("客户"), c.name or ""), (self.tr("电话"), c.phone or ""),
                (self.tr("性别"), label("channels", GENDERS.get(c.gender or "", ""))),
                (self.tr("地区"), c.region or ""), (self.tr("电子邮箱"), c.email or ""),
                (self.tr("客户标记"), " ".join(
                    ([self.tr("VIP")] if c.vip else []) + ([self.tr("回头客")] if c.repeat else [])))]
        for section, mapping in SECTION_COLUMNS.items():
            for key, column in mapping.items():
                value = view.sections[section].get(key)
                if value not in (None, ""):
                    rows.append((label("field_labels", FIELD_LABELS.get(column, column)), str(value)))
        if view.assignee:
            names = {s.login: s.name for s in list_staff()}
            rows.append((self.tr("处理人"), names.get(view.assignee, view.assignee)))
        if view.state_reason:
            rows.append((self.tr("原因"), view.state_reason))
        cells = "".join(f"<tr><td style='color:#555;padding-right:12px'>{k}</td>"
                        f"<td>{_escape(v)}</td></tr>" for k, v in rows if v)
        return f"<table>{cells}</table>"

    def _fill_actions(self, view: TicketView) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.actions_row.addWidget(QLabel(self.tr("可执行的操作：")))
        targets = states.TRANSITIONS[view.state]
        self.action_buttons = {}
        for target in (t for t in targets if self.session.can(TRANSITION_PERMISSIONS[t])):
            button = QPushButton(self.tr(ACTION_LABELS[target]))
            button.setObjectName(f"action_{target}")
            button.clicked.connect(lambda _=False, t=target: self.do_transition(t))
            self.action_buttons[target] = button
            self.actions_row.addWidget(button)
        if view.state in REASSIGNABLE and self.session.can(ASSIGN):
            button = QPushButton(self.tr("改派…"))
            button.setObjectName("action_reassign")
            button.clicked.connect(self.open_reassign)
            self.actions_row.addWidget(button)
        if view.category == "logistics":
            for button in report_buttons(self, view.number, self.session, self._report_saved):
                self.actions_row.addWidget(button)
        if not targets:
            self.actions_row.addWidget(QLabel(self.tr("（最终状态，无后续操作）")))
        self.actions_row.addStretch(1)
        if self.session.can(REVEAL_PERSONAL):
            self.reveal_button = QPushButton(self.tr("显示完整联系方式"))
            self.reveal_button.setObjectName("action_reveal")
            self.reveal_button.setToolTip(self.tr("电话、邮箱和地址默认隐去中间部分；"
                                                  "查看完整信息会记入审计日志"))
            self.reveal_button.clicked.connect(self.reveal)
            self.actions_row.addWidget(self.reveal_button)

    def reveal(self) -> None:
        """The customer's full contact data, until the ticket is shown again (audited)."""
        try:
            customer = reveal_contact(self.view.number, self.session.actor)
        except ValidationError as exc:
            self._say(message_text(exc), error=True)
            return
        self.view = replace(self.view, customer=customer)
        self.info.setText(self._info_html(self.view))
        self.reveal_button.setEnabled(False)
        self._say(self.tr("已显示完整联系方式（已记入审计日志）"))

    def _fill_evidence(self, view: TicketView) -> None:
        self.evidence.clear()
        # the thumbnails' grid, but none for the one-line note (it would be cut to the cell)
        self.evidence.setGridSize(QSize(THUMB + 24, THUMB + 28) if view.attachments else QSize())
        root = self.session.location.attachments_dir
        for file in view.attachments:
            path = str(stored_path(root, file["sha256"]))
            item = QListWidgetItem(thumbnail(path, file["mime"]), file["filename"])
            item.setData(Qt.ItemDataRole.UserRole, (path, file["mime"], file["filename"]))
            self.evidence.addItem(item)
        if not view.attachments:
            self.evidence.addItem(QListWidgetItem(self.tr("（无证据文件）")))

    def _enlarge(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data or not data[1].startswith("image/"):
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(data[2])
        label = QLabel()
        label.setPixmap(thumbnail(data[0], data[1], 900).pixmap(900, 900))
        QVBoxLayout(dialog).addWidget(label)
        dialog.open()

    def _say(self, text: str, error: bool = False) -> None:
        color = "#c62828" if error else "#1b5e20"
        self.message.setStyleSheet(f"color: {color}; padding: 4px;")
        self.message.setText(text)
        self.message.show()

    def check_for_changes(self) -> bool:
        """Someone elsewhere saved this ticket: show the new version, keeping what is typed
        and not saved; True when it changed."""
        if self.view is None or current_version(self.view.number) in (None, self.view.version):
            return False
        seen = {e.id for e in self.view.events}
        editing = self.save_button.isEnabled()
        self.load(self.view.number, keep_edits=True)
        self.save_button.setEnabled(editing)
        news = [text_of(describe(e)) for e in self.view.events if e.id not in seen]
        self._say(self.tr("其他人刚修改了这张工单：") + self.tr("；").join(news)
                  + (self.tr("。您尚未保存的修改仍在表中。") if editing else ""), error=editing)
        return True

    # changing -----------------------------------------------------------------------------
    def _conflict(self, exc: ConflictError) -> None:
        seen = {e.id for e in self.view.events}
        self.load(self.view.number, keep_edits=True)
        news = [text_of(describe(e)) for e in self.view.events if e.id not in seen]
        self._say(self.tr("保存前已有人修改了这张工单：") + self.tr("；").join(news)
                  + self.tr("。您填写的内容仍保留在表中，核对后可再次保存。"), error=True)
        self.save_button.setEnabled(True)

    def save_edits(self) -> None:
        changes = self.editor.changes(self.view)
        self.editor.clear_errors()
        if not changes:
            self.save_button.setEnabled(False)
            return
        try:
            update_ticket(self.view.number, changes, actor=self.session.actor,
                          expect_version=self.view.version)
        except ConflictError as exc:
            self._conflict(exc)
            return
        except ValidationError as exc:
            if not self.editor.show_error(exc):
                self._say(message_text(exc), error=True)
            return
        except ConnectionLost as exc:  # nothing saved; the edits stay for the retry
            self._say(message_text(exc), error=True)
            return
        self.load(self.view.number)
        self._say(self.tr("已保存"))
        self.changed.emit(self.view.number)

    def do_transition(self, target: str) -> None:
        if target == "resolved":
            self.resolve_dialog = ResolveDialog(self.view.number, self._resolve, self)
            self.resolve_dialog.open()
            return
        reason = assignee = None
        if target in states.REASON_REQUIRED:
            reason, ok = QInputDialog.getText(
                self, self.tr(ACTION_LABELS[target]), self.tr("请写明原因："))
            if not ok or not reason.strip():
                return
        if target == "assigned":
            staff = [s for s in list_staff() if s.active]
            names = [f"{s.name}（{s.login}）" for s in staff]
            choice, ok = QInputDialog.getItem(self, self.tr("分派"), self.tr("处理人："),
                                              names, 0, False)
            if not ok:
                return
            assignee = staff[names.index(choice)].login
        try:
            transition(self.view.number, target, actor=self.session.actor, reason=reason,
                       expect_version=self.view.version, assignee=assignee)
        except ConflictError as exc:
            self._conflict(exc)
            return
        except (ValidationError, states.TransitionError) as exc:
            text = message_text(exc) if isinstance(exc, ValidationError) else str(exc)
            if isinstance(exc, ValidationError) and exc.field == "category":
                text = self.tr("请先选择投诉类别并保存，再确认分类")
            QMessageBox.warning(self, self.tr("无法执行"), text)
            return
        self.load(self.view.number, keep_edits=self.save_button.isEnabled())
        self.changed.emit(self.view.number)

    def _resolve(self, how: str, note: str) -> None:
        self._dialog_change(resolve_ticket, how, note)

    def open_reassign(self) -> None:
        self.reassign_dialog = ReassignDialog(self.view.number, self.view.assignee,
                                              self._reassign, self)
        self.reassign_dialog.open()

    def _reassign(self, login: str, reason: str) -> None:
        self._dialog_change(reassign, login, reason=reason)

    def _dialog_change(self, action, *args, **kwargs) -> None:
        """For the dialogs: a conflict reloads the ticket and is raised on to keep the input."""
        try:
            action(self.view.number, *args, actor=self.session.actor,
                   expect_version=self.view.version, **kwargs)
        except ConflictError as exc:
            self._conflict(exc)
            raise
        self.load(self.view.number, keep_edits=self.save_button.isEnabled())
        self.changed.emit(self.view.number)

    def _report_saved(self, number: str) -> None:
        self.load(number, keep_edits=self.save_button.isEnabled())
        self.changed.emit(number)

    def _clock(self, action, *args) -> None:
        """Pause, resume or promise, with the version check like every other change."""
        try:
            action(self.view.number, *args, actor=self.session.actor,
                   expect_version=self.view.version)
        except ConflictError as exc:
            self._conflict(exc)
            return
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("无法执行"), message_text(exc))
            return
        self.load(self.view.number, keep_edits=self.save_button.isEnabled())
        self.changed.emit(self.view.number)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
