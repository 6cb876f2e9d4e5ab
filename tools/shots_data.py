"""Screenshots of personal data, backups and shared mode: 设置 › 个人信息 with the retention
period, an anonymised ticket, 设置 › 备份与恢复, 设置 › 数据库连接, the start-up refusal of an
SQLite file on a network share, and a ticket changed at another desk while open here."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication


def shoot_all(scenes) -> None:
    from aftersales_desktop.services import backups, retention, tickets
    from aftersales_desktop.services.anonymise import anonymise_customer
    from aftersales_desktop.services.customer_lookup import find_customers

    window = scenes.window
    window.show_area("settings")
    settings = window.screen("settings")
    page = settings.personal_data
    settings.show_page(page)
    retention.set_retention_years(3, "admin")
    page.retention.refresh()
    page.retention.run(dry_run=True)
    _settle()
    page.search.setText("13912345678")
    page.find()
    scenes.shoot(window, "80_settings_personal_data")

    other = tickets.create_ticket({
        "channel": "hotline", "customer": {"name": "孙悦", "phone": "13611112222",
                                           "region": "上海市浦东新区张江路88号"},
        "order": {"number": "TB20261120088", "product": "空气炸锅"},
        "problem": {"description": "孙悦来电：空气炸锅加热管不热，回电 136 1111 2222"}}).number
    customer = find_customers(other, "admin")[0]
    anonymise_customer(customer.id, "admin")
    window.open_ticket(other)
    scenes.shoot(window, "81_ticket_anonymised")

    backups.daily_backup()
    backups.backup_now("admin")
    window.show_area("settings")
    settings.backup.refresh()
    settings.show_page(settings.backup)
    settings.backup._say(settings.backup.tr("已备份到 %1").replace(
        "%1", str(backups.backups()[0].path)))
    scenes.shoot(window, "82_settings_backup")

    connection = settings.connection
    settings.show_page(connection)
    connection.host.setText("127.0.0.1")
    connection.dbname.setText("test")
    connection.user.setText("postgres")
    connection.test()
    _settle()
    scenes.shoot(window, "83_settings_connection")

    _refusal(scenes)
    _changed_elsewhere(scenes)


def _settle() -> None:
    from ui.background import wait_for_background

    wait_for_background()
    for _ in range(5):
        QApplication.processEvents()


def _refusal(scenes) -> None:
    from aftersales_desktop.storage.network_path import NetworkPlace, refusal_text
    from ui.database_problem_dialog import DatabaseProblemDialog

    text = refusal_text(r"\\fileserver\售后\aftersales.sqlite3",
                        NetworkPlace("unc", r"\\fileserver\售后"))
    dialog = DatabaseProblemDialog(text)
    dialog.show()
    scenes.shoot(dialog, "84_database_on_network_share")
    dialog.close()


def _changed_elsewhere(scenes) -> None:
    from aftersales_desktop.services import tickets

    window = scenes.window
    window.open_ticket(scenes.first)
    editor = window.detail.editor
    editor._set("order.model", "MB-40S")
    window.detail.save_button.setEnabled(True)
    tickets.update_ticket(scenes.first, {"priority": "low"}, actor="admin")
    window.detail.check_for_changes()
    scenes.shoot(window, "85_ticket_changed_elsewhere")
