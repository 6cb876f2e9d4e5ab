"""设置向导 page by page (100–106) and the grouped settings screen (107–109).
Run through tools/screenshots.py."""
from __future__ import annotations


def _wizard_scenes(scenes) -> None:
    from PySide6.QtCore import QTime

    from ui.setup_wizard import SetupWizard

    shoot = scenes.shoot
    wizard = SetupWizard(scenes.window.session, scenes.window)
    wizard.show()
    wizard.company.name.setText("上海示例电器销售有限公司")
    shoot(wizard, "100_setup_company")
    wizard.next()
    departments = wizard.organisation.departments
    departments.edits[1].setText("直播运营部")
    departments.add_row(None, "客服中心")
    wizard.organisation.branches.add_row(None, "")
    shoot(wizard, "101_setup_organisation")
    wizard.next()
    row = wizard.staff.rows[0]
    row["login"].setText("wangfang")
    row["name"].setText("王芳")
    row["role"].setCurrentIndex(row["role"].findData("supervisor"))
    row["department"].setCurrentIndex(row["department"].findText("客服中心"))
    row["password"].setText("abc")
    wizard.staff.validatePage()  # the short password refused under the rows
    shoot(wizard, "102_setup_staff")
    row["password"].setText("Wang-Fang-2026")
    wizard.next()
    wizard.chains.department.setCurrentIndex(3)  # the new 客服中心, with the first chain's levels
    first = wizard.chains.levels[3][0][2]
    first.setCurrentIndex(first.findData("wangfang"))
    shoot(wizard, "103_setup_chains")
    wizard.next()
    wizard.hours.opens.setTime(QTime(8, 30))
    wizard.hours.closes.setTime(QTime(8, 0))
    wizard.hours.validatePage()
    shoot(wizard, "104_setup_hours")
    wizard.hours.closes.setTime(QTime(17, 30))
    wizard.next()
    shoot(wizard, "105_setup_holidays")
    wizard.next()
    shoot(wizard, "106_setup_demo")
    wizard.done(0)  # nothing saved


def _settings_scenes(scenes) -> None:
    window, shoot = scenes.window, scenes.shoot
    window.show_area("settings")
    screen = window.screen("settings")
    page = screen.open("单位信息")
    page.refresh()
    shoot(window, "107_settings_groups_company")
    page = screen.open("营业时间")
    page.fields["sla.business_closes"].setTime(page.fields["sla.business_opens"].time()
                                               .addSecs(-3600))
    page.save()  # refused under the field, nothing saved
    shoot(window, "108_settings_business_hours_refused")
    page.refresh()
    page = screen.open("部门与分公司")
    page.refresh()
    page.departments.list.setCurrentRow(0)
    shoot(window, "109_settings_departments")


def shoot_all(scenes) -> None:
    _wizard_scenes(scenes)
    _settings_scenes(scenes)
