"""设置 › 投诉分类, 分类建议关键词, 影响评估规则: typed and clicked, checked in the database."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from aftersales_desktop.domain.impact import suggest_priority
from aftersales_desktop.services.categories import active_categories
from aftersales_desktop.services.classification_queue import load_case
from aftersales_desktop.services.classification_rules import impact_rules, list_rules
from aftersales_desktop.services.taxonomy import add_category, list_taxonomy
from aftersales_desktop.services.ticket_queries import get_ticket
from aftersales_desktop.storage.models import AuditEvent, Category
from tests.ui.conftest import make_ticket, show_focused, type_text
from ui.impact_rules_page import ImpactRulesPage
from ui.keyword_rules_page import KeywordRulesPage
from ui.settings_screen import SettingsScreen
from ui.taxonomy_page import TaxonomyPage

LEFT = Qt.MouseButton.LeftButton


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT)


def type_into(qtbot, widget, text: str) -> None:
    click(qtbot, widget)
    widget.selectAll()
    type_text(qtbot, text)


def choose(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))


def offered(parent: str) -> list[tuple[str, str]]:
    return next(o.children for o in active_categories() if o.code == parent)


def tree_row(page, code: str) -> list[str]:
    item = page.tree.findItems(code, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive, 1)[0]
    return [item.text(col) for col in range(4)]


def test_the_settings_screen_has_the_three_pages(qtbot, session):
    screen = SettingsScreen(session)
    qtbot.addWidget(screen)
    tabs = screen.page_titles()
    assert {"投诉分类", "分类建议关键词", "影响评估规则"} <= set(tabs)


def test_a_new_sub_category_is_offered_for_new_tickets(qtbot, session):
    page = show_focused(qtbot, TaxonomyPage(session))
    choose(page.parent_combo, "logistics")
    type_into(qtbot, page.new_code, "cold_chain")
    type_into(qtbot, page.new_name, "冷链温控异常")
    click(qtbot, page.add_button)
    assert ("logistics.cold_chain", "冷链温控异常") in offered("logistics")
    assert tree_row(page, "logistics.cold_chain") == ["冷链温控异常", "logistics.cold_chain",
                                                      "0", "在用"]
    assert page.new_code.text() == "" and "已新增" in page.message.text()
    type_into(qtbot, page.name, "冷链温度超标")
    click(qtbot, page.rename_button)
    assert ("logistics.cold_chain", "冷链温度超标") in offered("logistics")


def test_retiring_a_used_sub_category_keeps_it_on_the_old_ticket(qtbot, session):
    number = make_ticket(category="quality", subcategory="defect")
    page = show_focused(qtbot, TaxonomyPage(session))
    page.select("quality.defect")
    assert tree_row(page, "quality.defect")[2:] == ["1", "在用"]
    click(qtbot, page.retire_button)
    assert "quality.defect" not in [code for code, _ in offered("quality")]
    assert get_ticket(number).subcategory == "quality.defect"
    assert tree_row(page, "quality.defect")[3] == "已停用"
    assert page.retire_button.text() == "恢复"
    click(qtbot, page.retire_button)
    assert "quality.defect" in [code for code, _ in offered("quality")]
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity == "category")]
    assert actions == ["retire", "restore"]


def test_a_used_category_cannot_be_deleted_an_unused_one_can(qtbot, session, monkeypatch):
    make_ticket(category="quality", subcategory="defect")
    page = show_focused(qtbot, TaxonomyPage(session))
    page.select("quality.defect")
    click(qtbot, page.delete_button)
    assert page.edit_error.isVisible()
    assert "不能删除" in page.edit_error.text() and "停用" in page.edit_error.text()
    assert Category.get_or_none(Category.code == "quality.defect") is not None
    code = add_category("typo", "错字", parent_code="other")
    page.refresh()
    page.select(code)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, page.delete_button)
    assert Category.get_or_none(Category.code == code) is None
    assert code not in [e.code for e in list_taxonomy()]


def test_bad_category_input_names_the_field_and_writes_nothing(qtbot, session):
    page = show_focused(qtbot, TaxonomyPage(session))
    before = list_taxonomy()
    type_into(qtbot, page.new_code, "Bad Code")
    type_into(qtbot, page.new_name, "坏代码")
    click(qtbot, page.add_button)
    assert page.add_error.isVisible() and page.add_error.text().startswith("代码：")
    assert (page.new_code.text(), page.new_name.text()) == ("Bad Code", "坏代码")
    page.select("quality")
    page.name.clear()
    click(qtbot, page.rename_button)
    assert page.edit_error.text().startswith("名称：必填")
    assert list_taxonomy() == before and AuditEvent.select().count() == 0


def test_a_new_keyword_rule_changes_the_suggestion(qtbot, session):
    number = make_ticket(description="电池鼓包了，不敢再用")
    assert load_case(number).suggestions == []
    page = show_focused(qtbot, KeywordRulesPage(session))
    type_into(qtbot, page.keyword, "鼓包")
    choose(page.category, "quality")
    choose(page.subcategory, "quality.defect")
    page.weight.setValue(3)
    click(qtbot, page.add_button)
    best = load_case(number).suggestions[0]
    assert (best.subcategory, best.keywords, best.score) == ("quality.defect", ("鼓包",), 3)
    row = page.table.currentRow()
    assert page.table.item(row, 0).text() == "鼓包"
    assert page.table.item(row, 1).text() == "商品质量问题 › 产品本身缺陷"
    type_into(qtbot, page.sample, "电池鼓包")
    assert "“鼓包”" in page.result.text() and "产品本身缺陷" in page.result.text()
    click(qtbot, page.retire_button)
    assert load_case(number).suggestions == []
    assert page.table.item(row, 3).text() == "已停用"


def test_bad_keyword_input_names_the_field_and_writes_nothing(qtbot, session):
    page = show_focused(qtbot, KeywordRulesPage(session))
    before = list_rules("keyword", include_retired=True)
    type_into(qtbot, page.keyword, "   ")
    choose(page.category, "quality")
    click(qtbot, page.add_button)
    assert page.error.isVisible() and page.error.text() == "关键词：必填，最多 40 个字"
    assert page.keyword.text() == "   "
    assert list_rules("keyword", include_retired=True) == before
    assert AuditEvent.select().count() == 0


def test_a_new_impact_rule_goes_before_the_fallback_and_decides(qtbot, session):
    answers = {"loss": "minor", "scope": "single", "urgency": "none", "repair": "compensation"}
    assert suggest_priority(answers, impact_rules()).priority == "normal"
    page = show_focused(qtbot, ImpactRulesPage(session))
    choose(page.answers["repair"], "compensation")
    choose(page.priority, "urgent")
    click(qtbot, page.add_button)
    suggestion = suggest_priority(answers, impact_rules())
    assert suggestion.priority == "urgent" and "需要补偿" in suggestion.reason
    rows = list_rules("impact")
    assert rows[-2].values["repair"] == "compensation"  # the all-任意 row stays last
    assert page.table.item(page.table.currentRow(), 0).text() == str(len(rows) - 1)
    choose(page.priority, "low")
    click(qtbot, page.save_button)
    assert suggest_priority(answers, impact_rules()).priority == "low"
    click(qtbot, page.up_button)
    assert list_rules("impact")[-3].values["repair"] == "compensation"
    click(qtbot, page.retire_button)
    assert suggest_priority(answers, impact_rules()).priority == "normal"
    actions = [e.action for e in AuditEvent.select().where(AuditEvent.entity == "impact_rule")]
    assert actions == ["create", "move", "update", "move", "retire"]
