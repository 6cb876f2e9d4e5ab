"""设置向导: after the administrator's password on a new database, or again from 设置 ›
重新运行设置向导. Back and next keep what was typed; 取消 asks first; 完成 writes everything in
one transaction (services/setup.apply_setup); demo data, when asked for, is made just before
(the departments renamed in the wizard then carry their demo tickets)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWizard

from aftersales_desktop.services.setup import SetupError, SetupPlan, apply_setup
from ui.setup_holidays_page import HolidaysWizardPage
from ui.setup_pages import (
    CompanyWizardPage, DemoWizardPage, HoursWizardPage, OrganisationWizardPage,
)
from ui.setup_staff_pages import ChainWizardPage, StaffWizardPage
from ui.messages import message_text

DEMO_TICKETS = 300
PAGES = ("company", "organisation", "staff", "chains", "hours", "holidays", "demo")


class SetupWizard(QWizard):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        from aftersales_desktop.services.intake import has_tickets

        self.session = session
        self.demo_made = False
        self.setWindowTitle(self.tr("售后工单台 · 设置向导"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.company = CompanyWizardPage()
        self.organisation = OrganisationWizardPage()
        self.staff = StaffWizardPage(self.organisation)
        self.chains = ChainWizardPage(self.organisation, self.staff)
        self.hours = HoursWizardPage()
        self.holidays = HolidaysWizardPage()
        self.demo = DemoWizardPage(DEMO_TICKETS)
        if has_tickets():
            self.demo.yes.setEnabled(False)
            self.demo.yes.setText(self.tr("数据库中已有工单，不再生成示例数据"))
        self.pages = {}
        for key, page in zip(PAGES, (self.company, self.organisation, self.staff, self.chains,
                                     self.hours, self.holidays, self.demo)):
            self.pages[key] = self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.resize(760, 520)

    def plan(self) -> SetupPlan:
        opens, closes = self.hours.hours()
        return SetupPlan(self.company.name.text(), self.organisation.departments.renames(),
                         self.organisation.branches.renames(), self.staff.staff(),
                         self.chains.chains(), opens, closes)

    def reject(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("取消设置向导"),
            self.tr("不保存向导中填写的内容并关闭？以后可以在 设置 › 重新运行设置向导 中再次运行。"))
        if answer == QMessageBox.StandardButton.Yes:
            super().reject()

    def accept(self) -> None:
        if self.demo.wants_demo() and not self.demo_made:
            self._make_demo()  # first, so that renamed departments carry their demo tickets
        try:
            apply_setup(self.plan(), self.session.actor)
        except SetupError as exc:
            QMessageBox.warning(self, self.tr("设置向导"), self.tr("没有保存：%1").replace(
                "%1", message_text(exc)))
            while self.currentId() != self.pages[exc.page]:
                self.back()
            return
        super().accept()

    def _make_demo(self) -> None:
        from aftersales_desktop.services.demo import generate_demo

        try:
            generate_demo(tickets=DEMO_TICKETS, seed=20261122, actor=self.session.actor)
            self.demo_made = True
        except Exception as exc:  # the setup is saved; the program works without demo data
            QMessageBox.warning(self, self.tr("示例数据"), str(exc))
