"""Pages of the setup wizard: 单位名称, 部门与分公司, 营业时间, 示例数据. Nothing is written
here; each page checks its input on 下一步 (a message under the field) and hands plain values
to the wizard, which writes them all at the end."""
from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton,
    QTimeEdit, QVBoxLayout, QWizardPage,
)

from aftersales_desktop.domain.errors import ValidationError
from aftersales_desktop.services import organisation, settings
from aftersales_desktop.services.setup import Rename
from ui.field_errors import error_label, with_error
from ui.messages import message_text


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #555;")
    return label


class CompanyWizardPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("单位名称"))
        self.setSubTitle(self.tr("单位名称印在每份打印件的页眉：登记表、通知书、汇报表、服务记录、受理单。"))
        self.name = QLineEdit(settings.get("company.name") or "")
        self.name.setPlaceholderText(self.tr("如 上海示例电器销售有限公司"))
        box, self.error = with_error(self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("单位名称")))
        layout.addWidget(box)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        self.error.hide()
        try:
            settings.checked({"company.name": self.name.text()})
        except ValidationError as exc:
            self.error.setText(message_text(exc))
            self.error.show()
            self.name.setFocus()
            return False
        return True


class NameList(QGroupBox):
    """The names of existing units (editable: renames) plus new ones."""

    def __init__(self, title: str, names: list[str], what: str, parent=None):
        super().__init__(title, parent)
        self.what = what
        self.olds: list[str | None] = []
        self.edits: list[QLineEdit] = []
        self.grid = QVBoxLayout()
        self.error = error_label()
        self.add_button = QPushButton(self.tr("新增%1").replace("%1", what))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row(None, "").setFocus())
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        layout.addWidget(self.add_button)
        layout.addStretch(1)
        for name in names:
            self.add_row(name, name)

    def add_row(self, old: str | None, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setPlaceholderText(self.tr("%1名称").replace("%1", self.what))
        self.olds.append(old)
        self.edits.append(edit)
        self.grid.addWidget(edit)
        edit.show()  # at once, so that it can take the focus (a layout shows it only later)
        return edit

    def renames(self) -> list[Rename]:
        """Existing ones (renamed or not) and the new ones with a name."""
        out = []
        for old, edit in zip(self.olds, self.edits):
            new = " ".join(edit.text().split())
            if old is not None or new:
                out.append(Rename(old, new))
        return out

    def names(self) -> list[str]:
        return [r.new for r in self.renames()]

    def check(self) -> bool:
        self.error.hide()
        seen = set()
        for old, edit in zip(self.olds, self.edits):
            name = " ".join(edit.text().split())
            if old is None and not name:
                continue
            problem = (self.tr("名称不能为空（部门和分公司不能删除，只能改名）") if not name else
                       self.tr("最多 %1 个字").replace("%1", str(organisation.MAX_NAME))
                       if len(name) > organisation.MAX_NAME else
                       self.tr("“%1”重复了").replace("%1", name) if name in seen else None)
            if problem:
                self.error.setText(problem)
                self.error.show()
                edit.setFocus()
                return False
            seen.add(name)
        return True


class OrganisationWizardPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("部门与分公司"))
        self.setSubTitle(self.tr("改名直接修改名称；新增请点“新增…”。工单按部门处理和升级，"
                                 "分公司用于划分人员和工单的可见范围（没有分公司可以不填）。"))
        self.departments = NameList(self.tr("部门"), [u.name for u in organisation.departments()],
                                    self.tr("部门"))
        self.branches = NameList(self.tr("分公司 / 网点"),
                                 [u.name for u in organisation.branches()], self.tr("分公司"))
        row = QHBoxLayout(self)
        row.addWidget(self.departments)
        row.addWidget(self.branches)

    def validatePage(self) -> bool:
        return self.departments.check() and self.branches.check()


class HoursWizardPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("营业时间"))
        self.setSubTitle(self.tr("“工作小时”“工作日”的时限只在工作日的营业时间内计时（北京时间）。"))
        self.opens, self.closes = QTimeEdit(), QTimeEdit()
        for edit, key in ((self.opens, "sla.business_opens"), (self.closes, "sla.business_closes")):
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime.fromString(settings.raw(key), "HH:mm"))
        box, self.error = with_error(self.closes)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("上班时间")), 0, 0)
        grid.addWidget(self.opens, 0, 1)
        grid.addWidget(QLabel(self.tr("下班时间")), 1, 0)
        grid.addWidget(box, 1, 1)
        grid.addWidget(_hint(self.tr("默认 09:00–18:00；以后可在 设置 › 时限与升级 › 营业时间 修改。")),
                       2, 0, 1, 2)
        grid.setRowStretch(3, 1)
        grid.setColumnStretch(1, 1)

    def hours(self) -> tuple[str, str]:
        return self.opens.time().toString("HH:mm"), self.closes.time().toString("HH:mm")

    def validatePage(self) -> bool:
        opens, closes = self.hours()
        self.error.setVisible(not opens < closes)
        self.error.setText(self.tr("下班时间须晚于上班时间"))
        return opens < closes


class DemoWizardPage(QWizardPage):
    def __init__(self, tickets: int, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("示例数据"))
        self.setSubTitle(self.tr("点“完成”后，前面各页填写的内容一次保存。"))
        self.no = QRadioButton(self.tr("不要示例数据，直接开始使用"))
        self.yes = QRadioButton(self.tr("生成 %1 张示例工单（含示例人员），用来熟悉系统")
                                .replace("%1", str(tickets)))
        self.no.setChecked(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.no)
        layout.addWidget(self.yes)
        layout.addWidget(_hint(self.tr("示例工单分布在最近 90 天，正式使用前可以换一个新的数据库。")))
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def wants_demo(self) -> bool:
        return self.yes.isChecked()
